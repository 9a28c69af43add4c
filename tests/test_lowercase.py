from factcheck.lowercase import same_length_lower


def test_lowercases_and_keeps_every_offset():
    assert same_length_lower("On Friday, March 3") == "on friday, march 3"
    text = "İstanbul said Friday"
    lowered = same_length_lower(text)
    assert len(lowered) == len(text) and lowered.endswith("said friday") and lowered[0] == "İ"
