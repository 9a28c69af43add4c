"""Numeral grammar (factcheck.extract.numbers), by family; each family has named negative cases."""
import pytest

from factcheck.extract.numbers import find_numbers, parse_number, parse_ordinal


def numbers(text):
    return [(text[n.start:n.end], n.value, n.form) for n in find_numbers(text)]


@pytest.mark.parametrize("phrase, value", [
    ("5,600", 5600), ("1.5", 1.5), ("1,234,567.89", 1234567.89), ("0.25", 0.25), (".5", 0.5), ("42", 42),
])
def test_digits(phrase, value):
    assert parse_number(phrase) == pytest.approx(value)


@pytest.mark.parametrize("phrase, value", [
    ("-3", -3), ("−2.4", -2.4),
])
def test_negative(phrase, value):
    assert parse_number(phrase) == pytest.approx(value)


@pytest.mark.parametrize("phrase, value", [
    ("seven", 7), ("twenty-four", 24), ("twenty four", 24), ("a hundred", 100), ("one hundred", 100),
    ("two hundred and fifty", 250), ("three thousand five hundred", 3500), ("two dozen", 24),
    ("a dozen", 12), ("half a dozen", 6), ("half a million", 500_000), ("a million", 1_000_000),
    ("one million two hundred thousand", 1_200_000), ("nineteen", 19), ("ninety-nine", 99),
])
def test_words(phrase, value):
    assert parse_number(phrase) == pytest.approx(value)


@pytest.mark.parametrize("phrase, value", [
    ("1.2 million", 1.2e6), ("4.5bn", 4.5e9), ("3m", 3e6), ("7bn", 7e9), ("2.3 mln", 2.3e6),
    ("10k", 1e4), ("$1.2tn", None), ("2 dozen", 24), ("5 thousand", 5000), ("1.5 billion", 1.5e9),
])
def test_scales(phrase, value):
    if value is None:
        assert find_numbers(phrase)[0].value == pytest.approx(1.2e12)
    else:
        assert parse_number(phrase) == pytest.approx(value)


@pytest.mark.parametrize("text, low, high", [
    ("dozens of people", 24, 144), ("hundreds of homes", 200, 1000), ("tens of thousands of refugees", 20000, 100000),
    ("hundreds of thousands", 200000, 1e6), ("several hundred protesters", 300, 1000), ("a few thousand", 2000, 10000),
    ("thousands of people", 2000, 1e6), ("millions of dollars", 2e6, 1e9),
])
def test_vague(text, low, high):
    n = find_numbers(text)[0]
    assert n.vague and (n.low, n.high) == (low, high)


@pytest.mark.parametrize("phrase, value", [
    ("1/2", 0.5), ("2 1/2", 2.5), ("2½", 2.5), ("¾", 0.75),
])
def test_fractions(phrase, value):
    assert parse_number(phrase) == pytest.approx(value)


@pytest.mark.parametrize("text, value", [
    ("half of the voters", 0.5), ("two-thirds of the seats", 2 / 3), ("a quarter of the budget", 0.25),
    ("three quarters of them", 0.75),
])
def test_fraction_words(text, value):
    n = find_numbers(text)[0]
    assert n.form == "fraction" and n.value == pytest.approx(value)


@pytest.mark.parametrize("phrase, value", [
    ("100th", 100), ("21st", 21), ("3rd", 3), ("third", 3), ("twenty-first", 21), ("hundredth", 100),
    ("one hundredth", 100), ("seventy-fifth", 75), ("twenty-fifth", 25), ("one-hundredth", 100),
    ("two-hundredth", 200), ("hundred-and-fiftieth", 150), ("one hundred and fiftieth", 150),
    ("a hundred and first", 101),
])
def test_ordinals(phrase, value):
    n = find_numbers(phrase)
    assert len(n) == 1 and n[0].form == "ordinal" and n[0].value == value


@pytest.mark.parametrize("phrase, value", [
    ("hundred-and-fiftieth", 150), ("seventy-fifth", 75), ("50th", 50), ("fiftieth", 50), ("21st", 21),
    ("Hundredth", 100),
])
def test_parse_ordinal(phrase, value):
    assert parse_ordinal(phrase) == value


@pytest.mark.parametrize("phrase", ["fifty", "two hundred and fifty", "the fiftieth", "fiftieth anniversary", "half"])
def test_parse_ordinal_refuses_what_is_not_one_ordinal(phrase):
    assert parse_ordinal(phrase) is None


def test_and_joins_hundreds_to_what_follows_only():
    assert [v for _, v, _ in numbers("hundred-and-fifty")] == [150]
    assert [v for _, v, _ in numbers("two-and-three")] == [2, 3]


@pytest.mark.parametrize("name, text", [
    ("missile name", "S-400"), ("disease name", "COVID-19"), ("group name", "G20"), ("IP address", "192.168.1.2"),
    ("time of day", "10:30"), ("numeric date", "29/12/2020"), ("ratio", "24/7"), ("word", "someone"),
    ("letters only", "the Boeing"), ("version", "3.5.1"),
])
def test_not_numbers(name, text):
    assert numbers(text) == [], name


def test_words_split_when_not_one_number():
    assert [v for _, v, _ in numbers("two three")] == [2, 3]
    assert [v for _, v, _ in numbers("two and three")] == [2, 3]


def test_offsets_are_exact():
    text = "It cost $4.5bn and killed twenty-four people."
    for n in find_numbers(text):
        assert text[n.start:n.end] in ("4.5bn", "twenty-four")


def test_figure_glued_to_a_currency_code():
    assert numbers("a prize of SEK9 million") == [("9 million", 9e6, "mixed")]


@pytest.mark.parametrize("name, text", [
    ("code name", "the MP3 format"), ("language version", "PHP7 support"), ("disease name", "COVID19 cases"),
])
def test_figure_glued_to_other_letters_is_no_figure(name, text):
    assert numbers(text) == [], name


@pytest.mark.parametrize("text, value", [
    ("1\u202f234\u202f567.89 is a number", 1234567.89), ("10\u00a0000 euros", 10000), ("3\u2009000 people", 3000),
])
def test_thousands_grouped_by_thin_spaces(text, value):
    assert numbers(text)[0][1] == pytest.approx(value)


@pytest.mark.parametrize("name, text, expected", [
    ("plain spaces separate figures", "In 2019 234 people came", [2019, 234]),
    ("a no-break space before a unit", "5\u00a0km away", [5]),
    ("a group of two digits", "10\u202f00 is no figure", [10, 0]),
])
def test_spaces_that_group_no_thousands(name, text, expected):
    assert [v for _, v, _ in numbers(text)] == expected, name


@pytest.mark.parametrize("text, value", [
    ("220 000 people voted", 220000), ("He paid 10 000 euros.", 10000), ("1 457 355 votes", 1457355),
    ("estimates range up to 370 000.", 370000),
])
def test_thousands_grouped_by_plain_spaces_before_a_word(text, value):
    assert numbers(text)[0][1] == value


@pytest.mark.parametrize("name, text, expected", [
    ("a table row", "Republicans 184 232 -2", [184, 232, -2]),
    ("one group that is no zeros", "the 12 096 visas", [12, 96]),
    ("before punctuation", "439 100.", [439, 100]),
    ("a phone number", "+44 800 123 4567", [44, 800, 123, 4567]),
])
def test_plain_spaces_that_group_no_thousands(name, text, expected):
    assert [v for _, v, _ in numbers(text)] == expected, name


@pytest.mark.parametrize("text, figure, value", [
    ("a peak of three-and-a-half million refugees", "three-and-a-half million", 3_500_000),
    ("an additional million-and-a-half viewers", "million-and-a-half", 1_500_000),
    ("two-and-a-half hours", "two-and-a-half", 2.5),
])
def test_and_a_half_hyphenated(text, figure, value):
    assert (figure, value, ) in [(t, v) for t, v, _ in numbers(text)]


@pytest.mark.parametrize("name, text, expected", [
    ("a hyphen that joins no half", "three-and-a-quarterback", [("three", 3)]),
    ("no fraction after the hyphenated and", "a five-and-dime store", [("five", 5)]),
])
def test_and_a_half_near_misses(name, text, expected):
    assert [(t, v) for t, v, _ in numbers(text) if v >= 1] == expected
