"""A year opening a sentence gives its year to the yearless dates later in it (extract/timex/framing.py)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.sentences import split_sentences
from factcheck.extract.timex import find_timexes
from factcheck.model import Article
from factcheck.resolve import resolve

PUBLISHED = date(2020, 1, 1)  # the nearest February 6 is the coming one


def values(text: str) -> dict[str, str]:
    claims = resolve(Article("t", text, PUBLISHED), find_timexes(text, split_sentences(text), "t"))
    return {claim.text: claim.timex.value for claim in claims}


@pytest.mark.parametrize("text, expected", [
    pytest.param("In 2019 in the Pacific region, outbreaks were declared first on February 6, Tonga on October 22.",
                 {"February 6": "2019-02-06", "October 22": "2019-10-22"}, id="dates after a fronted year"),
    pytest.param("In 2004, British Gas increased its prices by 5.9% in January and 12.4% in September.",
                 {"January": "2004-01", "September": "2004-09"}, id="months after a fronted year"),
    pytest.param("During March 2008, the rebels attacked on March 3 and March 20.",
                 {"March 3": "2008-03-03", "March 20": "2008-03-20"}, id="a month of a year frames it too"),
    pytest.param("In early 2018, talks began on February 6.", {"February 6": "2018-02-06"}, id="a hedged year"),
])
def test_a_fronted_year_frames_its_sentence(text, expected):
    found = values(text)
    assert {expression: found.get(expression) for expression in expected} == expected, found


@pytest.mark.parametrize("text, expected", [
    pytest.param("In 2019 the fair opened on March 3; this year it opens on March 8.",
                 {"March 3": "2019-03-03", "March 8": "2020-03-08"}, id="the frame ends at a year of its own"),
    pytest.param("In 2019 the fair opened. On February 6 the new one opens.", {"February 6": "2020-02-06"},
                 id="the frame does not cross a sentence"),
    pytest.param("The law passed in 2019 takes effect on February 6.", {"February 6": "2020-02-06"},
                 id="a year inside the sentence frames nothing"),
    pytest.param("Since 2019, the fair has opened on February 6.", {"February 6": "2020-02-06"},
                 id="since opens no frame"),
    pytest.param("In 2019, Tuesday, Feb. 4 was a holiday.", {"Tuesday, Feb. 4": "2020-02-04"},
                 id="a weekday fixes its own year"),
])
def test_what_a_fronted_year_does_not_frame(text, expected):
    found = values(text)
    assert {expression: found.get(expression) for expression in expected} == expected, found


@pytest.mark.parametrize("text, expression, expected", [
    pytest.param("The resolution designates January 27 as an International Day of Commemoration.", "January 27",
                 "XXXX-01-27", id="designates ... as a day"),
    pytest.param("They voted to declare July 11th a Memorial Day.", "July 11th", "XXXX-07-11", id="declare ... a day"),
    pytest.param("In 2001, Chirac decided May 10 would be a day to commemorate abolition.", "May 10", "XXXX-05-10",
                 id="a yearly day is not framed by the year"),
])
def test_a_date_named_a_day_of_every_year_keeps_no_year(text, expression, expected):
    assert values(text)[expression] == expected


def test_a_date_followed_by_a_day_of_something_is_still_a_date():
    assert values("On March 3 a day of mourning began.")["March 3"] == "2020-03-03"


@pytest.mark.parametrize("text, expected", [
    pytest.param("It is the third time since 1947 (the year of the CIA's inception) that it happened.",
                 {"the year": "1947"}, id="in a bracket"),
    pytest.param("Downloads sold little until 2004, the year Apple launched its store.", {"the year": "2004"},
                 id="after a comma"),
    pytest.param("Air Canada returned to profit in 2010. The year brought record earnings.", {"The year": "2010"},
                 id="opening the next sentence"),
    pytest.param("It was the fifth bank failure of the year.", {"the year": "2020"}, id="no year before it"),
    pytest.param("Sales fell in 2010 and rose in the year to March.", {"the year": "2020"},
                 id="a year not set off from it"),
])
def test_the_year_restating_a_stated_year_is_that_year(text, expected):
    found = values(text)
    assert {expression: found.get(expression) for expression in expected} == expected, found
