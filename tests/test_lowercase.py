from factcheck.extract.sentences import split_sentences
from factcheck.lowercase import same_length_lower, straight_apostrophes


def test_lowercases_and_keeps_every_offset():
    assert same_length_lower("On Friday, March 3") == "on friday, march 3"
    text = "İstanbul said Friday"
    lowered = same_length_lower(text)
    assert len(lowered) == len(text) and lowered.endswith("said friday") and lowered[0] == "İ"


def test_typographic_apostrophes_become_straight_ones_and_keep_every_offset():
    text = "They didn’t meet at 5 o’clock in the ’80s, Hawaiʼi said."
    plain = straight_apostrophes(text)
    assert plain == "They didn't meet at 5 o'clock in the '80s, Hawai'i said."
    assert len(plain) == len(text)
    assert [s.tense for s in split_sentences(text)] == ["past"]  # "didn’t" tells of the past as "didn't" does
