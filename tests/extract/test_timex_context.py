"""Not-time contexts: every example in the lexicon is dropped, and the same word elsewhere is kept."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.sentences import split_sentences
from factcheck.extract.timex import find_timexes
from factcheck.extract.timex.lexicon import lexicon
from factcheck.model import Article
from factcheck.resolve import resolve


def expressions(text: str) -> list[str]:
    claims = resolve(Article("t", text, date(2020, 12, 29)), find_timexes(text, split_sentences(text), "t"))
    return [c.text for c in claims]


@pytest.mark.parametrize("entry", lexicon().raw["not_time_contexts"], ids=lambda e: e["example"])
def test_each_not_time_example_is_dropped(entry):
    found = expressions(entry["example"] + ".")
    assert found == [], found


@pytest.mark.parametrize("text, expression", [
    ("Today's vote was close.", "Today"),
    ("Today the USA votes.", "Today"),
    ("The meeting starts at noon.", "noon"),
    ("The meeting is in March for the first time.", "March"),
    ("Profits are paid annually.", "annually"),
    ("Prices will rise in the future.", "the future"),
    ("The talks will resume soon.", "soon"),
    ("This week the talks resume.", "This week"),
    ("Talks go on for the rest of today.", "the rest of today"),
    ("As of today, 200 cases are confirmed.", "today"),
    ("New Zealand Today the Government announced a plan.", "Today"),  # a dateline opening the article, no title
    ("It flies with Aer Lingus. Today it flies alone.", "Today"),  # a sentence's first word
    ("He will speak Later Today.", "Later Today"),
    ("This Morning, he spoke.", "This Morning"),  # a sentence's first words: the day, capitalised
    ("In May he will speak.", "May"),
    ("Talks went on for a day of intense haggling.", "a day"),  # not a day set aside
    ("The shops open on Sunday to trade.", "Sunday"),
    ("In 1998 Main Street was closed.", "1998"),  # a year after a preposition of time, not a house number
    ("From 1990 Main Street grew.", "1990"),  # "From" opening a sentence starts a span of time
    ("It rained the last day of the week.", "the week"),  # an ordinal day of this week, not any week
    ("He led the 1989 Tiananmen Square protest.", "1989"),
    ("The vote took 24 hours, a day longer than planned.", "24 hours"),
    ("Profit rose in the first half of its financial year.", "the first half"),  # a half-year still
    ("Iron ore output rose in the second half, 15 percent more than a year ago.", "the second half"),  # "as of" a day is no generic "X of today"
    ("He spent Easter Sunday at home.", "Easter Sunday"),  # the holiday's own day, not a name
    ("He attended Good Friday Mass.", "Good Friday"),  # a rite of the day, not a name
    ("Before Christmas, Britain voted.", "Christmas"),
    ("May 5 is the date.", "May 5"),  # not a wish
    ("Talks end by the end of today.", "the end of today"),
    ("The fair opens Sun. Jan. 5.", "Sun. Jan. 5"),  # the weekday abbreviated before its date, one date
    ("He waited 18 years of his life.", "18 years"),
    ("It was warm in May.", "May"),
    ("Since May, ten soldiers died.", "May"),
    ("Last May it rained.", "Last May"),
    ("Daily, he walks to work.", "Daily"),
    ("Occidental resumed work in Libya. Daily output will rise.", "Daily"),  # a sentence's first word
    ("He takes a daily Aspirin.", "daily"),
    ("Sales rose in the first three quarters of the year.", "the first three quarters"),
    ("Nothing changed until the present.", "the present"),
    ("In the forties, war came.", "the forties"),
    ("They met on Tuesday.", "Tuesday"),
    ("The paper said Sunday News Corp would sell.", "Sunday"),  # no masthead ends in "News"
    ("The Mail reported on Sunday that talks failed.", "Sunday"),
    ("The war lasted six days.", "six days"),
    ("The daily flights resume.", "daily"),
    ("He earns $20 per hour.", "per hour"),
    ("He earns $20 per-hour.", "per-hour"),
])
def test_the_same_words_stay_time_elsewhere(text, expression):
    assert expression in expressions(text)


def test_a_house_number_after_from_is_no_year():
    assert expressions("Change does not come from 1600 Pennsylvania Avenue or Capitol Hill.") == []
    assert expressions("Prices rose from 1998 to 2004.") == ["1998", "2004"]


def test_a_month_the_text_uses_as_a_surname_is_the_person_throughout():
    text = ("Green Party leader Elizabeth May was excluded. May responded that talks failed. Critics were opposed "
            "to May's joining. In May the vote came; it ran from March to May, in early May, on 12 May and May 3.")
    assert expressions(text) == ["May", "March", "May", "early May", "12 May", "May 3"]
    # without the person named, a bare May is the month
    assert expressions("May responded that talks failed.") == ["May"]


HOLIDAYS = lexicon().raw["holidays"]
EVENT_DAYS = lexicon().raw["event_days"]


@pytest.mark.parametrize("name", list(HOLIDAYS), ids=list(HOLIDAYS))
def test_each_holiday_example_finds_the_holiday(name):
    # The example beside each holiday in the lexicon is run, so a new entry cannot stand there untested.
    text = HOLIDAYS[name]["example"] + " there."
    assert any(name in found for found in expressions(text)), (name, expressions(text))


@pytest.mark.parametrize("entry", EVENT_DAYS, ids=[entry["example"] for entry in EVENT_DAYS])
def test_each_event_day_example_is_that_day(entry):
    text = "They spoke of " + entry["example"] + "."
    claims = resolve(Article("t", text, date(2020, 12, 29)), find_timexes(text, split_sentences(text), "t"))
    assert [c.timex.value for c in claims] == [entry["date"]], [(c.text, c.timex.value) for c in claims]
