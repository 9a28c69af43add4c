"""One test per pattern family, resolved against a publication date, plus named negative cases."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.sentences import split_sentences
from factcheck.extract.timex import find_timexes
from factcheck.model import Article
from factcheck.resolve import resolve

PUBLISHED = date(2020, 12, 29)  # a Tuesday


def read(text: str, published: date | None = PUBLISHED) -> dict[str, tuple[str, str, str | None]]:
    claims = resolve(Article("t", text, published), find_timexes(text, split_sentences(text), "t"))
    for claim in claims:
        assert claim.text == text[claim.span.start:claim.span.end]
    return {c.text: (c.timex.type, c.timex.value, c.timex.mod) for c in claims}


def case(text: str, expression: str, value: str, type_: str = "DATE", mod: str | None = None):
    return pytest.param(text, expression, (type_, value, mod), id=f"{expression}")


def check(text, expression, expected):
    found = read(text)
    assert expression in found, found
    assert found[expression] == expected


def assert_not_read(text: str, fragment: str) -> None:
    """No expression read in ``text`` contains ``fragment``."""
    found = read(text)
    assert not any(fragment in expression for expression in found), found


@pytest.mark.parametrize("text, expression, expected", [
    case("The deal was signed on March 3, 2022.", "March 3, 2022", "2022-03-03"),
    case("It began on 3 March 2019 in Baku.", "3 March 2019", "2019-03-03"),
    case("Talks resumed on Dec. 29 in Sochi.", "Dec. 29", "2020-12-29"),
    case("The report is dated 2020-12-29.", "2020-12-29", "2020-12-29"),
    case("Elections were held on 3 October.", "3 October", "2020-10-03"),
    case("The deadline is Feb. 1.", "Feb. 1", "2021-02-01"),
    case("Fighting stopped in July 1997.", "July 1997", "1997-07"),
    case("It was Friday, March 3, 2022.", "Friday, March 3, 2022", "2022-03-03"),
    case("It happened on Tues. March 3.", "Tues. March 3", "2020-03-03"),  # the weekday gives the year
    case("The 12/29/2020 filing was late.", "12/29/2020", "2020-12-29"),
    case("A hearing is set for the week of March 6.", "the week of March 6", "2021-W09"),
    case("The vote is due on 6 April next year.", "6 April next year", "2021-04-06"),
    case("A hearing is set for the week of 8 March 2021.", "the week of 8 March 2021", "2021-W10"),  # day first
    case("The summit is on April 24 and 25.", "25", "2021-04-25"),
    case("Women's Day is this coming Monday, March eighth.", "this coming Monday, March eighth", "2021-03-08"),
    case("They met last Friday, Dec. 25.", "last Friday, Dec. 25", "2020-12-25"),
    case("He died in the morning of December 7, in his hotel.", "the morning of December 7", "2020-12-07TMO", "TIME"),
    case("Planes dropped leaflets on the evening of 13 July 2006.", "the evening of 13 July 2006", "2006-07-13TEV",
         "TIME"),
    case("The debate lasted into the early morning hours of December 8.", "the early morning hours of December 8",
         "2020-12-08TMO", "TIME", "START"),
    case("It struck on the morning of Wednesday 8 June.", "the morning of Wednesday 8 June", "2020-06-08TMO", "TIME"),
])
def test_full_and_partial_dates(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text, expression, expected", [
    case("Elections are held on the first Tuesday in November.", "the first Tuesday in November", "2020-11-03"),
    case("The vote is on the second Sunday of May.", "the second Sunday of May", "2021-05-09"),  # ahead in a plan
    case("It was held on the second Sunday of May.", "the second Sunday of May", "2020-05-10"),
    case("Pay day is the last Friday of the month.", "the last Friday of the month", "2020-12-25"),
    case("It falls on the third Monday of October 2021.", "the third Monday of October 2021", "2021-10-18"),
    case("He voted on the first Tuesday of November 2016.", "the first Tuesday of November 2016", "2016-11-01"),
    case("Sentencing is set for the second Tuesday of next month.", "the second Tuesday of next month", "2021-01-12"),
    case("They met on the last Sunday of last month.", "the last Sunday of last month", "2020-11-29"),
])
def test_weekdays_of_a_month(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text, not_time", [
    pytest.param("The council meets the second Monday of each month.", "of each month", id="a repetition"),
    pytest.param("He spoke the last Friday in Berlin.", "Berlin", id="a place, not a month"),
    pytest.param("The fair opens the first Saturday in May 2 days later.", "Saturday in May", id="May 2 is a month-day"),
    pytest.param("They met the sixth Friday of May.", "sixth Friday", id="no month has a sixth Friday"),
    pytest.param("It ended the second Mondays of June.", "Mondays of June", id="a plural weekday"),
])
def test_not_weekdays_of_a_month(text, not_time):
    assert_not_read(text, not_time)


def test_nth_weekday_counts_from_either_end_and_refuses_a_day_the_month_lacks():
    from factcheck.extract.timex.calendar import nth_weekday
    assert nth_weekday(2021, 3, 5, 1) == date(2021, 3, 29)  # March 2021 has five Mondays
    assert nth_weekday(2020, 12, -1, 5) == date(2020, 12, 25)
    assert nth_weekday(2020, 11, 1, 2) == date(2020, 11, 3)
    with pytest.raises(ValueError):
        nth_weekday(2021, 2, 5, 1)  # February 2021 has four


@pytest.mark.parametrize("text, expression, expected", [
    case("The ministers met on Tuesday.", "Tuesday", "2020-12-29"),
    case("The ministers met Monday in Sochi.", "Monday", "2020-12-28"),
    case("The ministers will meet on Friday.", "Friday", "2021-01-01"),
    case("The storm was forecast to reach Florida on Wednesday.", "Wednesday", "2020-12-30"),  # a forecast looks ahead
    case("He arrived last Friday.", "last Friday", "2020-12-25"),
    case("He arrived last Monday.", "last Monday", "2020-12-21"),  # the day just gone would be "yesterday"
    case("This past Monday, he arrived.", "This past Monday", "2020-12-28"),  # only "last" skips the day before
    case("They meet again next Monday.", "next Monday", "2021-01-04"),
    # a weekday with an ordinal day and no month: the day of that number nearby that is that weekday
    case("The board meets on Thursday the 7th.", "Thursday the 7th", "2021-01-07"),
    case("He announced on Friday 11th that he will resign.", "Friday 11th", "2020-12-11"),
    case("Troops left on Sunday night.", "Sunday night", "2020-12-27TNI", "TIME"),
    # a zone after the weekday still belongs to the clock time; a bracket restates it in UTC
    case("The deadline passed at 1:30 p.m. Friday PDT.", "1:30 p.m. Friday PDT", "2020-12-25T13:30", "TIME"),
    case("It struck at 4:42 local time on Saturday (2024 Friday, UTC).", "2024 Friday, UTC", "2020-12-25T20:24",
         "TIME"),
    # the night of the day the story is at, after a preposition that places it
    case("On Monday, police searched through the night.", "the night", "2020-12-28TNI", "TIME"),
    # the small hours, not a length: the first hours of the day named, its morning in TimeML
    case("He was arrested in the early hours of Thursday.", "the early hours of Thursday", "2020-12-24TMO", "TIME"),
    case("He died in the early hours of this morning.", "the early hours of this morning", "2020-12-29TMO", "TIME"),
    case("Rebels attacked in the early hours of 16 December.", "the early hours of 16 December", "2020-12-16TMO",
         "TIME"),
    # a present-tense clause means the nearer such day, on either side
    case("Martin has yet another hurdle with a key vote on Thursday.", "Thursday", "2020-12-31"),
    case("Unions are calling for a national strike on Friday.", "Friday", "2021-01-01"),
    case("Police are investigating a shooting on Monday.", "Monday", "2020-12-28"),
    case("Since Monday, the talks have stalled.", "Monday", "2020-12-28"),  # "since" looks back
    # "AM" after a clock time is no verb of the present
    case("The boat sent a distress signal via a satellite beacon at about 1:35 AM on Sunday.", "Sunday",
         "2020-12-27"),
    # "until" points ahead only when the clause names no tense of its own
    case("Until Thursday, they had not called him a suspect.", "Thursday", "2020-12-24"),
    case("They extended the deadline until Thursday.", "Thursday", "2020-12-31"),
    # a state that held until the day is over; a past form sets a deadline ahead
    case("Managers were not aware of the breach until Thursday.", "Thursday", "2020-12-24"),
    case("The vote was postponed until Thursday.", "Thursday", "2020-12-31"),
    case("Officials said until Thursday the border would stay closed.", "Thursday", "2020-12-31"),  # a verb of saying
    case("The offer runs until Thursday.", "Thursday", "2020-12-31"),
    case("Voting runs through Thursday.", "Thursday", "2020-12-31"),
    case("Voting ran through Thursday.", "Thursday", "2020-12-24"),
    # "following"/"previous" are relative only after "the"; before a possessive they mean "after"
    case("Towns declared a state of calamity following Wednesday's quake.", "Wednesday", "2020-12-23"),
    case("Following Monday night's vote, crowds gathered.", "Monday night", "2020-12-28TNI", "TIME"),
    case("They met again the following Wednesday.", "the following Wednesday", "2020-12-30"),
    case("The Senate voted on Thursday last week.", "Thursday last week", "2020-12-24"),  # one expression
    case("Sentencing is set for Tuesday of next week.", "Tuesday of next week", "2021-01-05"),
    # "early"/"late" place the day's part and belong to it; a preposition before stays out
    case("As of late Tuesday, 20 bodies had been recovered.", "late Tuesday", "2020-12-29", mod="END"),
    case("Rebels attacked early Monday.", "early Monday", "2020-12-28", mod="START"),
    case("The lawsuit was filed late Sunday night.", "late Sunday night", "2020-12-27TNI", "TIME", "END"),
])
def test_weekdays(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text, not_time", [
    pytest.param("Lula opened on Tuesday the 4th Global Forum.", "the 4th",
                 id="an ordinal of a noun after the weekday"),
    pytest.param("It struck on Sunday, the 18th night of riots.", "the 18th", id="an ordinal counting nights"),
    pytest.param("On Tuesday, 25 people died.", "25", id="a count after the weekday"),
])
def test_weekdays_without_a_day_of_the_month(text, not_time):
    assert_not_read(text, not_time)


@pytest.mark.parametrize("text, expression", [
    pytest.param("Earlier Friday, police said the road was closed.", "Friday", id="a relational earlier stays out"),
    pytest.param("The Coast Guard called off its search late on Tuesday.", "Tuesday", id="late before a preposition"),
    pytest.param("Talks will end Tuesday.", "Tuesday", id="the verb end is not a position"),
])
def test_weekdays_read_without_the_word_before(text, expression):
    found = read(text)
    assert list(found) == [expression], found


@pytest.mark.parametrize("text, expression, expected", [
    case("A war there ended in 1994.", "1994", "1994"),
    case("It was built in the 1990s.", "the 1990s", "199"),
    case("Settlers came in the 19th century.", "the 19th century", "18"),
    case("Sales rose in the 2006 financial year.", "the 2006 financial year", "2006"),
    case("Profits rose in the 2019/20 fiscal year.", "the 2019/20 fiscal year", "2020"),  # the year it ends in
    case("Profits rose in the 2004/2005 financial year.", "the 2004/2005 financial year", "2005"),
    case("Prices peaked in the '80s.", "the '80s", "198"),
    case("Dog fights were seen since the 90's.", "the 90's", "199"),  # no apostrophe before the figures
    case("He wrote the code in the early 80s.", "the early 80s", "198", mod="START"),
    case("Bands formed in the 50s and 60s.", "60s", "196"),  # the second of two decades after one "the"
    case("Growth slowed in the early 1980s.", "the early 1980s", "198", mod="START"),
    case("The treaty dates from the nineties.", "the nineties", "199"),
    case("Sales were flat in the last half of the '80s.", "the last half of the '80s", "198", mod="END"),
    case("It was built at the end of the 1990s.", "the end of the 1990s", "199", mod="END"),
    case("It began at the dawn of the 20th century.", "the dawn of the 20th century", "19", mod="START"),
    # the decade or century up to publication is a length; without "the", or as a part of another, the calendar one
    case("Prices tripled over the past decade.", "the past decade", "P10Y", "DURATION"),
    case("It was the deadliest war in the last century.", "the last century", "P100Y", "DURATION"),
    case("It was planned for retirement last decade.", "last decade", "201"),
    case("It began in the first half of the last century.", "the last century", "19"),
])
def test_years_decades_centuries(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text, not_time", [
    pytest.param("He is a tall man, late 40s, with grey hair.", "40s", id="an age: no 'the' before the figures"),
    pytest.param("They scored 60s and 70s.", "60s", id="scores: no 'the' before the figures"),
    pytest.param("Temperatures in the east soared into the mid 90s.", "90s", id="temperatures"),
])
def test_figures_with_s_that_are_no_decades(text, not_time):
    assert_not_read(text, not_time)


def test_the_last_decade_of_another_period_is_no_length_up_to_now():
    assert read("It ended in the last decade of the 20th century.")["the last decade"][0] == "DATE"


@pytest.mark.parametrize("text, expression, expected", [
    case("He starred in the 2012-13 season.", "2012", "2012"),
    case("He starred in the 2012-13 season.", "13", "2013"),
    case("Deaths between 1935-1972 were listed.", "1972", "1972"),
    case("Spending in 2007/2008 rose.", "2008", "2008"),
    case("Visas granted in 1999-00 fell.", "00", "2000"),
    case("It ran in 2011–2012.", "2011", "2011"),
    case("It was a 1990-era design.", "1990", "1990"),  # lower case after the hyphen: still the year
    case("It was the period known as Prohibition (1919–33).", "33", "1933"),
    case("It was the period known as Prohibition (1919–33).", "1919", "1919"),
    case("He was prime minister from 1968-79.", "79", "1979"),  # no month is 79: a range, even after a hyphen
    case("He was prime minister from 1968-79.", "1968", "1968"),
])
def test_ranges_of_years(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text, not_time", [
    pytest.param("The report is dated 2020-12.", "2020", id="a year and month, not a range"),
    pytest.param("Resolution No. 1430/2019 passed.", "2019", id="a number over a year"),
    pytest.param("The 2010-2150 plan.", "2150", id="an end too far away"),
    pytest.param("The 1987-13 file.", "13", id="two figures past the century, too far after a hyphen"),
    pytest.param("Call 2020-1234 now.", "2020", id="a phone number"),
])
def test_figures_that_are_not_ranges_of_years(text, not_time):
    assert_not_read(text, not_time)



@pytest.mark.parametrize("text, expression, expected", [
    case("Fighting began in late September.", "late September", "2020-09", mod="END"),
    case("Sales should recover in early 2021.", "early 2021", "2021", mod="START"),
    case("The vote is due in mid-March.", "mid-March", "2021-03", mod="MID"),
    case("Unrest grew last fall.", "last fall", "2020-FA"),  # said in December: the fall just ended
    case("Unrest grew last spring.", "last spring", "2020-SP"),
    case("Tourism collapsed this summer.", "this summer", "2020-SU"),
    case("It opened in the winter of 1994.", "the winter of 1994", "1994-WI"),
    case("It closes at the end of 1990.", "the end of 1990", "1990", mod="END"),
    case("Power passes to Iraq by end-2006.", "end-2006", "2006", mod="END"),
    case("Inflation reaches 3 per cent by end 2006.", "end 2006", "2006", mod="END"),
    case("Contracts are scheduled to end this month.", "this month", "2020-12"),  # "end" is the verb
    case("The recession will probably end this year.", "this year", "2020"),
    case("An election is due in late-2007.", "late-2007", "2007", mod="END"),
])
def test_seasons_and_parts(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text, expression, expected", [
    case("Armenia accepted last month's deal.", "last month", "2020-11"),
    case("Sanctions were imposed earlier this month.", "earlier this month", "2020-12"),
    case("This year they met three times.", "This year", "2020"),
    case("The war ended two years ago.", "two years ago", "2018"),
    case("I was there in '96 and again in ’82.", "'96", "1996"),  # a year cut by an apostrophe
    case("I was there in '96 and again in ’82.", "’82", "1982"),
    case("Prices soared in the ’80s.", "the ’80s", "198"),  # a typographic apostrophe as a straight one
    case("Prices soared in the 1970’s.", "the 1970’s", "197"),
    case("By year’s end it rose.", "year’s end", "2020", mod="END"),  # the claim keeps the article's apostrophe
    case("They warned of a bomb in the 'early summer'.", "early summer", "2020-SU", mod="START"),  # after a quote mark
    case("The dam was built a half-century ago.", "a half-century ago", "1970"),
    case("The dam was built a quarter of a century ago.", "a quarter of a century ago", "1995"),
    case("It was the first in a quarter-century.", "a quarter-century", "P25Y", "DURATION"),
    case("It took three quarters of a year.", "three quarters of a year", "P9M", "DURATION"),
    case("Talks resume next week.", "next week", "2021-W01"),  # published in ISO week 2020-W53
    case("Talks resumed yesterday.", "yesterday", "2020-12-28"),
    case("Talks resume tomorrow.", "tomorrow", "2020-12-30"),
    case("Prices were published today.", "today", "2020-12-29"),
    case("Ten days ago prices fell.", "Ten days ago", "2020-12-19"),
    case("The attack came on Dec. 10. The previous day, police had warned of it.", "The previous day", "2020-12-09"),
    case("The attack came on Dec. 10. The next day, police arrested two men.", "The next day", "2020-12-11"),
    case("The vote is on Dec. 10, to report the very next day.", "the very next day", "2020-12-11"),
    case("Sales rose during the month of July.", "the month of July", "2020-07"),
    case("Sales rose in July, up 5% on the same month last year.", "the same month last year", "2019-07"),
    case("Sales rose in July, against the same month in 2010.", "the same month in 2010", "2010-07"),
    case("Output fell last year.", "last year", "2019"),
    case("Sales rose 5% in the latest fiscal year.", "the latest fiscal year", "2019"),  # the last completed
    case("Debt has increased over this financial year.", "this financial year", "2020"),
    case("Profits rose in the last financial year.", "the last financial year", "2019"),
    case("The deadline is Oct. 31, 2019, and Johnson said Britain must leave by that date.", "that date", "2019-10-31"),
    case("The summit moved to March 5. The vote takes place on that date.", "that date", "2021-03-05"),
    case("Exchange is free until March 1, 2007. After that date a fee applies.", "that date", "2007-03-01"),
    case("Claims fell in the most recent week.", "the most recent week", "2020-W52"),
    case("It's the second day of the strike.", "the second day", "2020-12-29"),  # said today
    case("Work starts early next year.", "early next year", "2021", mod="START"),
    case("The economy is weak now.", "now", "PRESENT_REF"),
    case("Until now the plan was secret.", "now", "PRESENT_REF"),  # "until" is a signal, "now" the time
    case("Prices rose recently.", "recently", "PAST_REF"),
    case("Prices will rise in the future.", "the future", "FUTURE_REF"),
    case("They forecast the future of WiMAX.", "the future", "FUTURE_REF"),  # the "of" phrase stays out
    case("Some day they will return.", "Some day", "FUTURE_REF"),
    case("Islam will one day be the largest faith there.", "one day", "FUTURE_REF"),  # someday, no length
    case("The talks should resume at an early date.", "an early date", "FUTURE_REF"),
    case("Its current chairman will retire.", "current", "PRESENT_REF"),
    case("They may buy at the then current price.", "then current", "PAST_REF"),  # current back then
    case("It is presently unable to operate.", "presently", "PRESENT_REF"),
    case("Is the vessel fully engulfed right now?", "right now", "PRESENT_REF"),
    # "today" as the present age, not the day
    case("Easter Island is today a relatively barren place.", "today", "PRESENT_REF"),
    case("They recovered faster than New Orleans is today.", "today", "PRESENT_REF"),
    case("The women of today are no less than men.", "today", "PRESENT_REF"),
    case("It was worth $10.06 in today's dollars.", "today", "PRESENT_REF"),
    case("As of today, 300 people have signed.", "today", "2020-12-29"),
    case("The vote is today.", "today", "2020-12-29"),
    case("He was today granted bail.", "today", "2020-12-29"),
    case("Occupancy is 55%, against 65% this time last year.", "this time last year", "2019-12"),
    case("In July, 161,000 were jobless, against 179,000 at the same time last year.", "the same time last year",
         "2019-07"),  # the month the story is at, a year back
])
def test_relative_expressions(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text", [
    pytest.param("Fasting ends with the month of Ramadan.", id="a month the calendar does not name"),
    pytest.param("Sales fell in the month before the vote.", id="a month counted from an event"),
    pytest.param("It was the month's biggest story.", id="a possessive"),
])
def test_the_month_that_is_no_month_in_discussion(text):
    assert_not_read(text, "month")


def test_a_day_named_by_its_event_only_before_the_event_noun():
    assert read("The September 11 deadline passed.")["September 11"][1] != "2001-09-11"
    assert read("Police questioned 9-11 witnesses.") == {}


@pytest.mark.parametrize("text", ["The 9/11 Commission reported.", "the years since 9/11", "after 9/11, they left"])
def test_nine_eleven_with_a_slash_is_the_attacks_day(text):
    assert read(text)["9/11"][1] == "2001-09-11"


@pytest.mark.parametrize("text", ["It was filed on 9/11/2001.", "It was filed on 12/9/11."])
def test_nine_eleven_inside_a_longer_date_is_that_date(text):
    assert "9/11" not in read(text)


@pytest.mark.parametrize("text, expression", [
    ("There are no shipments at the moment.", "the moment"),
    ("At the moment, eight companies are listed.", "the moment"),
    ("He would not travel at this crucial moment if talks had failed.", "this crucial moment"),
    ("They need coordination at such a delicate moment in the talks.", "such a delicate moment"),
])
def test_the_moment_that_is_the_present(text, expression):
    assert read(text)[expression] == ("DATE", "PRESENT_REF", None)


@pytest.mark.parametrize("text", [
    pytest.param("It has helped from the moment the attacks occurred.", id="a moment an event fixes"),
    pytest.param("The blast came at the moment of impact.", id="a moment of something"),
    pytest.param("He is ready at a moment's notice.", id="a moment's notice"),
    pytest.param("For the moment, the sources said, he waits.", id="for the moment, untagged in TimeML"),
    pytest.param("It was a historic moment for Poland.", id="a moment, not this one"),
])
def test_moments_that_are_not_the_present(text):
    assert_not_read(text, "moment")


def test_the_political_right_is_not_right_now():
    found = read("In parliament the far right now holds a third of the seats.")
    assert "right now" not in found and found["now"] == ("DATE", "PRESENT_REF", None)


@pytest.mark.parametrize("text, expression, expected", [
    case("The EU sanctioned Iran earlier in the month.", "earlier in the month", "2020-12"),
    case("Talks began on Oct. 6. Later in the week, both sides walked out.", "Later in the week", "2020-W41"),
    case("Founded in 1998, it said earlier in the year that it would cut jobs.", "earlier in the year", "2020"),
    case("Sales picked up late in the year.", "late in the year", "2020", mod="END"),
    case("The trial took place in the first week of April.", "the first week of April", "2020-04", mod="START"),
    case("Protests grew in the final days of October.", "the final days of October", "2020-10", mod="END"),
    case("Shops closed in the second week of March 2020.", "the second week of March 2020", "2020-03", mod="MID"),
    case("On Dec. 3, the death shook the second half of the month.", "the second half of the month", "2020-12", mod="END"),
    case("It closed on the penultimate day of September.", "the penultimate day of September", "2020-09-29"),
    case("It closed on the last day of February 2020.", "the last day of February 2020", "2020-02-29"),
    case("Rates rise in the last week of the year.", "the last week of the year", "2020", mod="END"),
    case("He died on the last day of the year.", "the last day of the year", "2020-12-31"),
    case("Bills fall due on the first day of next month.", "the first day of next month", "2021-01-01"),
    case("Schools should reopen at summer's end.", "summer's end", "2021-SU", mod="END"),
    case("Sales will be flat for the rest of the year.", "the rest of the year", "2020"),  # no mod names it
    case("They are short of cash for the remainder of the month.", "the remainder of the month", "2020-12"),
    case("Blair wants a decision by the summer.", "the summer", "2021-SU"),
    case("That winter, he died.", "That winter", "2020-WI"),
    case("In 2005 he left. That summer, he died.", "That summer", "2005-SU"),
    case("Elections will follow in the fall.", "the fall", "2021-FA"),  # said in December 2020
    case("Prices rose in the fall, he said.", "the fall", "2020-FA"),
    case("Payrolls shrank going into the fall.", "the fall", "2020-FA"),
    case("In the winter they left.", "the winter", "2020-WI"),  # a pronoun after it opens a clause
    case("They left in the summer, he said.", "the summer", "2020-SU"),
    case("It rose in the first half of 2013.", "the first half of 2013", "2013-H1"),  # a calendar half, unchanged
])
def test_parts_of_periods(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text, not_time", [
    pytest.param("Later in the day, police arrested two men.", "the day", id="later in the day is left untagged"),
    pytest.param("He passed the first week of training.", "the first week", id="a week of an event, not of a month"),
    pytest.param("He was in the summer camp.", "summer", id="a season as an attribute of a noun"),
    pytest.param("Water came from the spring.", "spring", id="a water spring"),
    pytest.param("The fall of the wall came.", "fall", id="a fall"),
    pytest.param("He left after the fall of Baghdad.", "the fall", id="the fall of a city"),
    pytest.param("He sold during the fall in prices.", "the fall", id="a fall in prices"),
    pytest.param("It was taken from minutes of the meeting.", "minutes", id="the minutes of a meeting"),
    pytest.param("The empire slid into the fall of Rome.", "the fall", id="into the fall of a city"),
    pytest.param("Water came in the spring water bottles.", "the spring", id="a spring before a noun"),
    pytest.param("He said that summer tourism fell.", "summer", id="that as a conjunction before a season"),
    pytest.param("It was the first day of May Day celebrations.", "the first day", id="May Day is a holiday"),
    pytest.param("It was the last day of school.", "the last day", id="a day of an event"),
    pytest.param("Sales were flat in the second half of the decade.", "the second half", id="half of a decade"),
    pytest.param("He was later in the news.", "later", id="later without a period"),
])
def test_parts_that_are_not_periods(text, not_time):
    assert_not_read(text, not_time)


@pytest.mark.parametrize("text, expression, expected", [
    case("In 44 days of fighting, many died.", "44 days", "P44D", "DURATION"),
    case("Man was created in the past 10,000 years.", "the past 10,000 years", "P10000Y", "DURATION"),
    case("He spent 5,600 years' worth of savings.", "5,600 years", "P5600Y", "DURATION"),  # the whole figure
    case("Peacekeepers stay for at least five years.", "at least five years", "P5Y", "DURATION", "EQUAL_OR_MORE"),
    case("It lasted a decade.", "a decade", "P10Y", "DURATION"),
    case("He had been in the job one day.", "one day", "P1D", "DURATION"),
    case("The strike lasted six weeks.", "six weeks", "P6W", "DURATION"),
    case("Flights stopped for 24 hours.", "24 hours", "PT24H", "DURATION"),
    case("A 10-year plan was adopted.", "10-year", "P10Y", "DURATION"),
    case("It was their third day-long meeting.", "day-long", "P1D", "DURATION"),
    case("It ordered a year-long inquiry.", "year-long", "P1Y", "DURATION"),  # the article is the inquiry's
    case("It took 2 1/2 years.", "2 1/2 years", "P2Y6M", "DURATION"),
    case("It took several years.", "several years", "PXY", "DURATION"),
    case("Over the years, many more patients died.", "the years", "PXY", "DURATION"),
    case("In the first hours of the war, 500 were taken.", "the first hours", "PTXH", "DURATION"),
    case("He died within weeks or months of his capture.", "weeks or months", "PXW", "DURATION", "EQUAL_OR_LESS"),
    case("Over the past three months, stocks fell.", "the past three months", "P3M", "DURATION"),
    case("Net rose in the first nine months.", "the first nine months", "P9M", "DURATION"),
    case("Net for the year-earlier nine months was lower.", "the year-earlier nine months", "P9M", "DURATION"),
    case("Jobs will go over the next two quarters.", "the next two quarters", "P6M", "DURATION"),  # no ISO quarter
    case("It was the worst drop in a single month since 1996.", "a single month", "P1M", "DURATION"),
    case("The economy shrank for several quarters.", "several quarters", "PXQ", "DURATION"),
    case("He waited twenty-four hours.", "twenty-four hours", "PT24H", "DURATION"),
    case("It lasted a minute and a half.", "a minute and a half", "PT1M30S", "DURATION"),
    case("We will have to live without it for a while.", "a while", "PXX", "DURATION"),  # no unit said
    case("The talks resumed after quite a while.", "quite a while", "PXX", "DURATION"),
    case("People gathered during the three-hour long demonstration.", "three-hour long", "PT3H", "DURATION"),
    case("He spoke in a 48 minute long speech.", "48 minute long", "PT48M", "DURATION"),
    case("The meeting was three hours long.", "three hours", "PT3H", "DURATION"),  # told of, not a compound
    case("Edison grew over a three-year period.", "a three-year period", "P3Y", "DURATION"),  # as the corpus
    case("It lasted more than a three-year period.", "more than a three-year period", "P3Y", "DURATION", "MORE_THAN"),
    case("Losses over the two day period were large.", "the two day period", "P2D", "DURATION"),
    case("The two day rally ended.", "two day", "P2D", "DURATION"),  # no period: the noun keeps "the"
    case("The 30-second ad was rejected.", "30-second", "PT30S", "DURATION"),
    case("The 30 second ad can be viewed.", "30 second", "PT30S", "DURATION"),
    case("The 44 second-long video was posted.", "44 second-long", "PT44S", "DURATION"),
    case("The 44 minute-long video was posted.", "44 minute-long", "PT44M", "DURATION"),
    case("Inflation hit a 7-year-high in January.", "7-year", "P7Y", "DURATION"),
    case("It struggled with three-decade-high inflation.", "three-decade", "P30Y", "DURATION"),
])
def test_durations(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text", ["A second attack followed.", "It was the second time.", "He came 2nd second.",
                                  "A 10-year-old boy", "She won a five-year-term."])
def test_ordinals_and_ages_are_no_lengths(text):
    assert not [e for e in read(text) if "second" in e or "year" in e], read(text)


def test_an_article_before_a_plural_length_is_no_count_of_one():
    assert "a months" not in read("They had 48 hours to comply with a months long order.")
    assert read("The players held a minutes silence.")["a minutes"][1] == "PT1M"  # a minute's, unmarked


@pytest.mark.parametrize("text, expression, expected", [
    case("He had converted a year-and-a-half ago.", "a year-and-a-half ago", "2019-06"),  # 18 months back
    case("It was two and a half years ago.", "two and a half years ago", "2018-06"),
    case("He was jailed for a year-and-a-half.", "a year-and-a-half", "P1Y6M", "DURATION"),
    case("He was jailed for a year and a half.", "a year and a half", "P1Y6M", "DURATION"),
    case("This comes after weeks of protests.", "weeks", "PXW", "DURATION"),
    case("It ends decades of conflict.", "decades", "PXY", "DURATION"),
    case("They went home within hours of the allegation.", "hours", "PTXH", "DURATION", "EQUAL_OR_LESS"),
    case("He fell ill within just days after traveling.", "days", "PXD", "DURATION"),
    case("The session ended mere minutes into the speech.", "minutes", "PTXM", "DURATION"),
    case("It will be felt for years to come.", "years to come", "PXY", "DURATION"),
    case("On Dec. 2, minutes before the committee voted, he left.", "minutes", "PTXM", "DURATION"),
    case("I got involved not too long ago.", "not too long ago", "PAST_REF"),
    case("It started quite a while ago.", "quite a while ago", "PAST_REF"),
    case("A few days back, his mother died.", "A few days back", "PAST_REF"),
    case("Two years back, the plant closed.", "Two years back", "2018"),
    case("The capsule landed in the Pacific Ocean hours later.", "hours", "PTXH", "DURATION"),
    case("Years later, he wrote a book about it.", "Years", "PXY", "DURATION"),
    case("The concert was planned months before as the final show.", "months", "PXM", "DURATION"),
    case("Minutes later, a second bomb exploded.", "Minutes", "PTXM", "DURATION"),
    # "N units earlier" is a length like "N units later"; only the results idiom "a year earlier" is a date
    case("Boseman was diagnosed with colon cancer four years earlier.", "four years", "P4Y", "DURATION"),
    case("The Senate voted hours earlier on the bill.", "hours", "PTXH", "DURATION"),
    case("Profit rose 5% from a year earlier.", "a year earlier", "2019"),
    case("Four-and-a-half years later, we still do not know.", "Four-and-a-half years", "P4Y6M", "DURATION"),
    case("Shipments resume within two to three weeks.", "two to three weeks", "PXW", "DURATION", "EQUAL_OR_LESS"),
    case("The fuse gives a delay of 4–5 seconds.", "4–5 seconds", "PTXS", "DURATION"),
    case("They played forty or fifty minute sessions.", "forty or fifty minute", "PTXM", "DURATION"),
    case("He served eight years of a thirty-five year sentence.", "thirty-five year", "P35Y", "DURATION"),  # one number
    case("It was bought 7 or 8 years ago.", "8 years ago", "2012"),  # the far end dates it
    case("Unless acted on in 14 legislative days after it is introduced, it passes.", "14 legislative days", "P14D",
         "DURATION"),
])
def test_lengths_and_points_without_a_count(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text, not_time", [
    pytest.param("He read the minutes of the meeting.", "minutes", id="minutes as a record"),
    pytest.param("In the days of the Soviet Union, bread was cheap.", "days", id="days as an era"),
    pytest.param("The days of cheap oil are over.", "days", id="days without a word introducing a length"),
    pytest.param("He is not too long in the tooth.", "long", id="long without ago"),
    pytest.param("He came back in two days.", "back", id="back before a preposition"),
    pytest.param("It set them two years back to square one.", "back", id="back to"),
    pytest.param("Come back in a while.", "a while ago", id="a while without ago stays a length rule"),
    pytest.param("The plans are years later than promised.", "years", id="later than compares"),
    pytest.param("They hope to return to their glory days after a poor season.", "days", id="glory days"),
    pytest.param("In the days after the attack, he hid.", "days", id="the days after an event: a time, not a length"),
])
def test_plurals_that_are_not_lengths(text, not_time):
    assert_not_read(text, not_time)


@pytest.mark.parametrize("text, expression, expected", [
    case("May their families find comfort in the hard days ahead.", "the hard days ahead", "PXD", "DURATION"),
    case("Funds will sell in the weeks ahead.", "the weeks ahead", "PXW", "DURATION"),
    case("We face the long, difficult months ahead.", "the long, difficult months ahead", "PXM", "DURATION"),
    case("Going forth in these days ahead, I pledge to work.", "these days ahead", "PXD", "DURATION"),
    case("Protests went on the whole weekend.", "the whole weekend", "P2D", "DURATION"),
    case("He stayed there the entire day.", "the entire day", "P1D", "DURATION"),
    case("It rained the entire week.", "the entire week", "P1W", "DURATION"),
    case("It must be settled in a matter of weeks, not months.", "a matter of weeks", "PXW", "DURATION"),
    case("It must be settled in a matter of weeks, not months.", "months", "PXM", "DURATION"),
    case("He will be out in a matter of months, if not weeks.", "weeks", "PXW", "DURATION"),
    case("Shares fell 70% in a matter of hours.", "a matter of hours", "PTXH", "DURATION"),
    case("It will be known within days rather than weeks.", "weeks", "PXW", "DURATION"),
    case("He said he will be dead in \"months, not years.\"", "months", "PXM", "DURATION"),
    case("The government lied throughout the last year-and-a-half.", "the last year-and-a-half", "P1Y6M",
         "DURATION"),  # the TimeML corpus writes "2 1/2 years" P2Y6M
    case("Sales rose in the past year and a half.", "the past year and a half", "P1Y6M", "DURATION"),
    case("People lived there for a few hundred years.", "a few hundred years", "PXY", "DURATION"),
    case("It is the longest peace in several hundred years.", "several hundred years", "PXY", "DURATION"),
    case("They followed the minutes-long ride.", "minutes-long", "PTXM", "DURATION"),
    case("It ended a centuries-long feud.", "centuries-long", "PXC", "DURATION"),
])
def test_vague_and_whole_lengths(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text, not_length", [
    pytest.param("They talked all weekend.", "weekend", id="all weekend: TimeML leaves all day and all week"),
    pytest.param("They ruled for hundreds of years.", "years", id="hundreds of years: TimeML leaves it"),
    pytest.param("It was a few hundred years ago.", "a few hundred", id="a vague count of hundreds before ago"),
    pytest.param("It is a matter of time.", "matter", id="a matter of time"),
    pytest.param("Polls rose in the days ahead of the vote.", "ahead", id="ahead of: a time before the vote"),
    pytest.param("It was several thousand years old.", "years", id="an age"),
])
def test_what_is_not_a_vague_or_whole_length(text, not_length):
    assert not any(not_length in e and v[0] == "DURATION" for e, v in read(text).items()), read(text)


@pytest.mark.parametrize("text, expression, expected", [
    case("She won, completing the race in 2:14:04.", "2:14:04", "PT2H14M4S", "DURATION"),
    case("The record of 2:17:01 is held by Keitany.", "2:17:01", "PT2H17M1S", "DURATION"),
    case("They finished with times of 2:20:51 and 2:20:55.", "2:20:55", "PT2H20M55S", "DURATION"),
    case("Cherono posted a time of 2:05:45.", "2:05:45", "PT2H5M45S", "DURATION"),
    case("He was followed by Dejene Debela, 2:05:46, and Asefa Mengstu, 2:05:48.", "2:05:46", "PT2H5M46S",
         "DURATION"),
    case("He clocked 1:59:40.2 in Vienna.", "1:59:40.2", "PT1H59M40.2S", "DURATION"),
])
def test_race_times(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text", [
    pytest.param("The blast came at 10:15:30 a.m. on Friday.", id="a clock time after at"),
    pytest.param("It ended in 2:14:04 p.m. traffic.", id="a clock time before p.m."),
    pytest.param("It struck at 01:35:27 (UTC), or 10:35:27 North Korea time.", id="a zone in brackets"),
    pytest.param("Rates as of July 3, 2005, 12:47:43 UTC.", id="after a date, before a zone"),
    pytest.param("On Sunday, 10:15:30 was the time.", id="after a weekday and a comma"),
    pytest.param("The clock read 10:15:30 in Paris.", id="without a word that introduces a race time"),
])
def test_clock_times_with_seconds_are_no_race_times(text):
    assert not any(v[0] == "DURATION" for v in read(text).values()), read(text)


@pytest.mark.parametrize("text, expression, expected", [
    case("The operation took 2 hours and 30 minutes.", "2 hours and 30 minutes", "PT2H30M", "DURATION"),
    case("He served three years and six months.", "three years and six months", "P3Y6M", "DURATION"),
    case("The flight lasted 1 hour 15 minutes.", "1 hour 15 minutes", "PT1H15M", "DURATION"),
    case("It took an hour and a minute.", "an hour and a minute", "PT1H1M", "DURATION"),
    case("They stayed a week and a day.", "a week and a day", "P8D", "DURATION"),  # no "P1W1D" in ISO 8601
    case("It took 1 day and 12 hours.", "1 day and 12 hours", "P1DT12H", "DURATION"),
    case("It lasted more than two years and three months.", "more than two years and three months", "P2Y3M",
         "DURATION", "MORE_THAN"),
    case("She served 15 years, 8 months in prison.", "15 years, 8 months", "P15Y8M", "DURATION"),
    case("He ran it in 1 hour 59 minutes 40.2 seconds.", "1 hour 59 minutes 40.2 seconds", "PT1H59M40.2S",
         "DURATION"),
    case("He got 3 years, 2 months and 5 days.", "3 years, 2 months and 5 days", "P3Y2M5D", "DURATION"),
])
def test_lengths_in_two_or_three_units(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text, apart", [
    pytest.param("He left two years and 30 people died.", ["two years"], id="a count of people after and"),
    pytest.param("It took 2 hours, 30.5 minutes.", ["2 hours", "30.5 minutes"], id="a fraction only in seconds"),
    pytest.param("It took 3 years, 2 hours.", ["3 years", "2 hours"], id="units too far apart"),
    pytest.param("They marched three days and nights.", ["three days"], id="a second unit without a count"),
    pytest.param("It was three days and two nights in Paris.", ["three days", "two nights"],
                 id="nights beside days are a second length"),
    pytest.param("They waited two hours and three days.", ["two hours", "three days"], id="a larger second unit"),
    pytest.param("He worked two days a week.", ["two days"], id="a rate is no second unit"),
    pytest.param("It happened two years and six months ago.", ["two years", "six months ago"],
                 id="ago stays with its own rule"),
    pytest.param("He spent several years and six months there.", ["several years", "six months"],
                 id="a vague first count"),
    pytest.param("For 10 days, 3 hours were lost each day.", ["10 days", "3 hours"], id="a comma between clauses"),
])
def test_lengths_that_do_not_combine(text, apart):
    found = read(text)
    assert all(expression in found for expression in apart), found



@pytest.mark.parametrize("text", [
    pytest.param("He waited while she slept.", id="while as a conjunction"),
    pytest.param("Stay a while and rest.", id="a while without a preposition of duration"),
    pytest.param("For a while ago we met.", id="a while ago"),
    pytest.param("They worked for some time.", id="some time is not listed"),
])
def test_indefinite_length_only_after_a_preposition_of_duration(text):
    # "a while ago" is a point in the past (PAST_REF), not a length.
    assert not any(("while" in e or "time" in e) and v[0] == "DURATION" for e, v in read(text).items()), read(text)


def test_indefinite_length_found_after_its_anchor_earns_a_sub_grammar():
    # The scanner compiles a sub-grammar for an anchor word after a few hundred uses; "while" must
    # keep the rule that can contain it.
    text = " ".join(["He read while she slept."] * 400) + " They stayed for a while."
    assert [c.text for c in find_timexes(text, split_sentences(text), "t")] == ["a while"]


def test_duration_lengths_for_rules():
    claims = find_timexes("It lasted six months.", split_sentences("It lasted six months."), "t")
    attrs = claims[0].attrs
    assert (attrs["days_min"], attrs["days_max"]) == (6 * 28, 6 * 31)


@pytest.mark.parametrize("text, days", [
    ("It took two to three decades.", (2 * 3652, 3 * 3653)),  # not 200 to 300 years
    ("It took two or three fortnights.", (2 * 14, 3 * 14)),
    ("Shipments resume within two to three weeks.", (14, 21)),
])
def test_a_range_of_lengths_gives_the_rules_its_bounds_in_days(text, days):
    [claim] = find_timexes(text, split_sentences(text), "t")
    assert (claim.attrs["days_min"], claim.attrs["days_max"]) == days


def test_hedge_left_outside_the_span_is_kept():
    text = "The talks lasted about two weeks."
    [claim] = find_timexes(text, split_sentences(text), "t")
    assert claim.text == "two weeks" and claim.hedge == "about" and claim.timex.mod == "APPROX"


@pytest.mark.parametrize("text, expression, expected", [
    case("The blast came at 10:35 a.m. Friday.", "10:35 a.m. Friday", "2020-12-25T10:35", "TIME"),
    case("The offer expires at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "2020-11-06T17:00", "TIME"),
    case('It hit at about 7:45 p.m. "No one was hurt."', "about 7:45 p.m.", "2020-12-29T19:45", "TIME",
         "APPROX"),
    case("Futures were at $84 at 6:39 a.m.. Stocks fell.", "6:39 a.m.", "2020-12-29T06:39", "TIME"),  # the dot is
    case("The guards came at 2:21 p.m.", "2:21 p.m.", "2020-12-29T14:21", "TIME"),  # the abbreviation's
    case("The deal, signed 2020-03-03T10:00Z, ended.", "2020-03-03T10:00Z", "2020-03-03T10:00", "TIME"),  # ISO 8601
    case("He died at 5:03 AM, February 10, 2019 in Manila.", "5:03 AM, February 10, 2019", "2019-02-10T05:03",
         "TIME"),  # the year belongs to the time's date, not a date of its own
    case("They met at noon Thursday.", "noon Thursday", "2020-12-24T12:00", "TIME"),
    # seconds are kept, and the hour is not the tail of a longer figure (was "15:30 a.m.", T15:30)
    case("The blast came at 10:15:30 a.m. Friday.", "10:15:30 a.m. Friday", "2020-12-25T10:15:30", "TIME"),
    case("It was filed at 3:24:55 UTC.", "3:24:55 UTC", "2020-12-29T03:24:55", "TIME"),
    case("He died at 10:00 a.m. Tongan time.", "10:00 a.m. Tongan time", "2020-12-29T10:00", "TIME"),  # a place's time
    case("It ended at 5 p.m. Thursday.", "5 p.m. Thursday", "2020-12-24T17:00", "TIME"),  # no "Thursday time"
    case("It rained this morning.", "this morning", "2020-12-29TMO", "TIME"),
    case("Shots were heard last night.", "last night", "2020-12-28TNI", "TIME"),
    # a night runs into the next day: "overnight" is the night of the story's day, the night just gone
    # when no day is named yet; "the middle of the night" the small hours of the story's day
    case("After his arrest on Friday, he stayed in custody overnight.", "overnight", "2020-12-25TNI", "TIME"),
    case("Seventeen people were arrested overnight in Sydney.", "overnight", "2020-12-28TNI", "TIME"),
    case("On Monday the boat burned in the middle of the night.", "the middle of the night", "2020-12-27TNI",
         "TIME", "MID"),
    # a part of the day counted from the story's day is a time of that day
    case("He resigned on Monday and left the next morning.", "the next morning", "2020-12-29TMO", "TIME"),
    case("On Sunday he sang, and he died that night.", "that night", "2020-12-27TNI", "TIME"),
])
def test_times_of_day(text, expression, expected):
    check(text, expression, expected)


def test_a_night_does_not_move_the_story_to_its_first_day():
    found = read("On Monday the boat burned in the middle of the night. I mean, it's 3:30 in the morning.")
    assert found["3:30 in the morning"] == ("TIME", "2020-12-28T03:30", None)
    found = read("Seventeen people were arrested overnight. One was shot at about 9am.")
    assert found["about 9am"] == ("TIME", "2020-12-29T09:00", "APPROX")


@pytest.mark.parametrize("text", [
    pytest.param("An overnight curfew was imposed.", id="an adjective after a determiner"),
    pytest.param("Overnight shelling hit the town.", id="an adjective before a noun"),
    pytest.param("Our differences will not be resolved overnight.", id="suddenly, negated"),
    pytest.param("Cultural change doesn't happen overnight.", id="suddenly, happen"),
    pytest.param("Many protesters vowed to stay overnight.", id="a night only planned"),
])
def test_overnight_that_is_no_night(text):
    assert not any("overnight" in expression.lower() for expression in read(text)), read(text)


@pytest.mark.parametrize("text, expression, expected", [
    case("He is sworn in on Dec. 30 at 5 p.m. local time (2100 UTC).", "5 p.m. local time", "2020-12-30T17:00", "TIME"),
    case("An advisory issued at 11:00 a.m. local time today said so.", "11:00 a.m. local time today",
         "2020-12-29T11:00", "TIME"),
    case("The rally started around 18:00 local time.", "around 18:00 local time", "2020-12-29T18:00", "TIME", "APPROX"),
    case("The advisory came at 8:00 p.m. AST Wednesday.", "8:00 p.m. AST Wednesday", "2020-12-23T20:00", "TIME"),
    case("It struck at 4:42 local time on Saturday.", "4:42 local time", "2020-12-26T04:42", "TIME"),  # on that day
    case("It struck at 4:42 local time on Saturday.", "Saturday", "2020-12-26"),  # an expression of its own
    case("It was recorded at 4:53 a.m. Monday morning.", "4:53 a.m. Monday morning", "2020-12-28T04:53", "TIME"),
    case("He resigned shortly before midnight Monday night.", "midnight Monday night", "2020-12-28T24:00", "TIME"),
    case("She arrived at about 20:00.", "about 20:00", "2020-12-29T20:00", "TIME", "APPROX"),
    case("Power was restored by 20:21.", "20:21", "2020-12-29T20:21", "TIME"),
    case("Polls opened at 0430 UTC.", "0430 UTC", "2020-12-29T04:30", "TIME"),
    case("He died at 0635 local time (0435 UTC).", "0635 local time", "2020-12-29T06:35", "TIME"),
    case("It began at 11:00 Eastern Time.", "11:00 Eastern Time", "2020-12-29T11:00", "TIME"),
    case("It took place at 8.30 a.m. on the quay.", "8.30 a.m.", "2020-12-29T08:30", "TIME"),
    case("Activity ends as of 16.00 BST today.", "16.00 BST today", "2020-12-29T16:00", "TIME"),
    case("Shops open from 8:00 to 20:00 on Sunday.", "20:00", "2020-12-27T20:00", "TIME"),
    case("The bell rang at a quarter before 11 a.m. yesterday.", "a quarter before 11 a.m. yesterday",
         "2020-12-28T10:45", "TIME"),
    case("He left at half past 10 p.m. on the dot.", "half past 10 p.m.", "2020-12-29T22:30", "TIME"),
    case("On Monday it burned. I mean, it's 3:30 in the morning.", "3:30 in the morning", "2020-12-28T03:30", "TIME"),
    case("The call came at 10 o'clock at night.", "10 o'clock at night", "2020-12-29T22:00", "TIME"),
    case("It happened at 6:30 last night.", "6:30", "2020-12-28T18:30", "TIME"),  # the night's half
    case("He called at 9:15 yesterday evening.", "9:15 yesterday", "2020-12-28T21:15", "TIME"),
    case("The pipe burst at 2:10 last night.", "2:10", "2020-12-28T02:10", "TIME"),  # a night hour before 6
    case("They met at 8 in the evening.", "8 in the evening", "2020-12-29T20:00", "TIME"),
    case("It closed at 3:30 in the afternoon.", "3:30 in the afternoon", "2020-12-29T15:30", "TIME"),
    case("Doors shut at 11:15 at night.", "11:15 at night", "2020-12-29T23:15", "TIME"),
    # an hour in words
    case("They would wake at three am to hunt.", "three am", "2020-12-29T03:00", "TIME"),
    case("Pubs may serve after eleven o'clock.", "eleven o'clock", "2020-12-29T11:00", "TIME"),
    case("He got up at five o'clock in the morning.", "five o'clock in the morning", "2020-12-29T05:00", "TIME"),
    case("Children get up at five in the morning.", "five in the morning", "2020-12-29T05:00", "TIME"),
    case("The call came at ten o'clock at night.", "ten o'clock at night", "2020-12-29T22:00", "TIME"),
    case("Police left at half past four.", "half past four", "2020-12-29T04:30", "TIME"),
    case("Police left at a quarter to five.", "a quarter to five", "2020-12-29T04:45", "TIME"),
    case("Police left at half past 10.", "half past 10", "2020-12-29T10:30", "TIME"),
    # four figures and a zone, with no preposition of time before them
    case("He was caught on the 1105 BST (UTC+1) Paddington service.", "1105 BST", "2020-12-29T11:05", "TIME"),
    case("At approximately 1230 UTC/0730 EST, a bomb went off.", "0730 EST", "2020-12-29T07:30", "TIME"),
])
def test_clock_times_with_zones_and_days(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text, not_time", [
    pytest.param("The plane flew 2300 miles.", "2300", id="a distance"),
    pytest.param("She boarded flight 1344 to Oslo.", "1344", id="a flight number"),
    pytest.param("It falls under Section 1201 of the act.", "1201", id="a section"),
    pytest.param("It rose over 1400 feet.", "1400", id="a height"),
    pytest.param("The team won 21:17 at home.", "21:17", id="a score without a preposition of time"),
    pytest.param("It sold 1500 UTC licences.", "1500", id="four figures before a zone and a noun need a preposition of time"),
    pytest.param("In 1945 GMT was founded.", "1945", id="four figures before a zone after a word that leads to a year"),
    pytest.param("He ran the 1500 m at noon.", "1500", id="four figures without a zone"),
    pytest.param("The rate was 2.30 and rose 3.5 per cent.", "2.30", id="a decimal figure without a.m. or a zone"),
    pytest.param("A quarter of voters left at 5 p.m.", "quarter", id="a quarter as a fraction of people"),
    pytest.param("He scored 10 at night games.", "10 at night", id="a bare figure before at night is a count"),
    pytest.param("The H1N1 flu spread in 2009.", "H1", id="a virus"),
    pytest.param("Two missiles flew, one in the morning and one at noon.", "one in the morning",
                 id="a count before in the morning without a preposition of time"),
    pytest.param("It was a year and a half to two years.", "half to two", id="half to a count is no clock"),
    pytest.param("One PM said so.", "One PM", id="an upper-case PM after a word is a prime minister"),
    pytest.param("He watched the Ten O'Clock News.", "Ten O'Clock", id="a capitalised O'Clock names a programme"),
])
def test_figures_that_are_not_clock_times(text, not_time):
    assert_not_read(text, not_time)


@pytest.mark.parametrize("text, expression, expected", [
    pytest.param("He left at 4 in the morning (4 a.m. EDT Thursday).", "4 a.m. EDT Thursday",
                 ("TIME", "2020-12-24T04:00", None), id="a bracket naming its own day is kept"),
    pytest.param("He spoke at 10 a.m. (and again at 3 p.m.).", "3 p.m.", ("TIME", "2020-12-29T15:00", None),
                 id="a bracket not opening on the time is kept"),
    pytest.param("Polls close on Friday (20:00 UTC).", "20:00 UTC", ("TIME", "2021-01-01T20:00", None),
                 id="a bracketed time after a date is no restatement"),  # a timetable's present: the coming Friday
])
def test_bracketed_times_that_are_not_restatements(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text, expression, expected", [
    case("He will speak at 5 p.m. local time (2100 UTC).", "2100 UTC", "2020-12-29T21:00", "TIME"),
    case("It began at 10:35 a.m. (0735 GMT) Friday.", "0735 GMT", "2020-12-25T07:35", "TIME"),
    case("The speech started at 13:00 local time (07:00 UTC).", "07:00 UTC", "2020-12-29T07:00", "TIME"),
    case("Fighting stopped as of 16.00 BST (15.00 UTC) today.", "15.00 UTC", "2020-12-29T15:00", "TIME"),
    case("It docked at 2:49 a.m. local time (7:49 a.m. UTC) on Saturday.", "7:49 a.m. UTC", "2020-12-26T07:49",
         "TIME"),
    # across midnight only when no real zone offset joins the two on one day
    case("It began at 11 p.m. EDT (0300 UTC) on Monday.", "0300 UTC", "2020-12-29T03:00", "TIME"),
    case("It began at about 13:40 local time (0040 UTC) on Monday.", "0040 UTC", "2020-12-28T00:40", "TIME"),
])
def test_a_bracketed_restatement_is_the_same_moment_in_another_zone(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text, expression, expected", [
    case("The festival is held every year.", "every year", "P1Y", "SET"),
    case("The magazine appears weekly.", "weekly", "P1W", "SET"),
    case("Flights run daily.", "daily", "P1D", "SET"),
    case("They meet each Thursday.", "each Thursday", "XXXX-WXX-4", "SET"),
    case("They earn $1 billion a year.", "a year", "P1Y", "SET"),
    case("The board meets twice a year.", "twice a year", "P1Y", "SET"),
    case("Qantas runs four flights a week to Bombay.", "a week", "P1W", "SET"),  # a rate of a counted thing
    case("It adds nearly 700 seats a week.", "a week", "P1W", "SET"),
    case("Police did hundreds of interviews a day.", "a day", "P1D", "SET"),
    case("5.7 million barrels of per-day production were lost.", "per-day", "P1D", "SET"),
    case("Staff are paid per-hour.", "per-hour", "PT1H", "SET"),
    case("It is a $2.6 billion-per-year tax.", "per-year", "P1Y", "SET"),
    case("It sells 70 billion cubic meters of natural gas a year.", "a year", "P1Y", "SET"),  # words between
    case("Give up meat for one day a week.", "a week", "P1W", "SET"),
    case("Prices rose 5% per annum.", "per annum", "P1Y", "SET"),
])
def test_sets(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text, expression, type_", [
    pytest.param("He spends a week in Paris.", "a week", "DURATION", id="a week without a count"),
    pytest.param("The rebels freed two hostages a week earlier.", "a week", "DURATION", id="a week earlier"),
    pytest.param("Three soldiers a week after the raid were freed.", "a week", "DURATION", id="a week after"),
    pytest.param("He killed 30 people in a week.", "a week", "DURATION", id="a preposition before the unit"),
    pytest.param("He will be back in 2 days or a week.", "a week", "DURATION", id="an alternative length"),
    pytest.param("The date 2005 is not only a day to remember.", "a day", "DURATION", id="a clause between"),
])
def test_a_unit_after_a_count_that_is_not_a_rate(text, expression, type_):
    found = read(text)
    assert found[expression][0] == type_, found


@pytest.mark.parametrize("text, expression, expected", [
    case("Profit rose in the third quarter.", "the third quarter", "2020-Q3"),
    case("It had a third-quarter loss.", "third-quarter", "2020-Q3"),
    case("Sales fell in the fourth quarter of 1990.", "the fourth quarter of 1990", "1990-Q4"),
    case("Results for fiscal 1989 were flat.", "fiscal 1989", "1989"),
    case("Earnings will be lower for the fiscal year.", "the fiscal year", "2020"),
    case("In the fiscal year ended Jan. 31, sales rose.", "the fiscal year", "P1Y", "DURATION"),
    case("In the fiscal year ended Jan. 31, sales rose.", "Jan. 31", "2020-01-31"),  # a period already over
    # a period that runs from then up to now: the nearest month would be the coming February
    case("He had been weighing a bid since February.", "February", "2020-02"),
    case("The dispute has gone on since February 28.", "February 28", "2020-02-28"),
    case("Profit will rise in the year ending Jan. 31.", "Jan. 31", "2021-01-31"),  # "ending" may lie ahead
    case("The talks end Jan. 31.", "Jan. 31", "2021-01-31"),
    case("On Thanksgiving Day, stores opened.", "Thanksgiving Day", "2020-11-26"),
    case("Shops were busy in Christmas week.", "Christmas week", "2020-W52"),  # the week of the holiday
    case("She lost a friend in the September 11 attacks.", "September 11", "2001-09-11"),  # a day named by its event
    case("The act was passed after the 9/11 terrorist attacks.", "9/11", "2001-09-11"),
    case("He was in office before the Sept. 11 attack.", "Sept. 11", "2001-09-11"),
    case("She is the daughter of a September 11 victim.", "September 11", "2001-09-11"),
    case("They met on September 11 in Oslo.", "September 11", "2020-09-11"),  # alone, a date like any other
    case("Three of the July 7 bombers were named.", "July 7", "2005-07-07"),
    case("It came after the 7 July London bombings.", "7 July", "2005-07-07"),  # "the" is the noun's article
    case("He will resign on the third of March.", "the third of March", "2021-03-03"),
    case("The 5 May election was close.", "5 May", "2020-05-05"),
    case("Sales rose in Q1 2013.", "Q1 2013", "2013-Q1"),
    case("Margins fell in H2 2019.", "H2 2019", "2019-H2"),
    case("Profit fell in Q3'19.", "Q3'19", "2019-Q3"),
    # without its year, a quarter code after a preposition of time or before what a quarter reports
    case("Earnings in Q3 rose.", "Q3", "2020-Q3"),  # the last such quarter ended
    case("Q4 earnings rose to 55 cents.", "Q4", "2020-Q4"),
    case("It delayed its 2Q financial report.", "2Q", "2020-Q2"),
    case("Revenue in FY2019 rose.", "FY2019", "2019"),
    case("Revenue in FY 2021 will rise.", "FY 2021", "2021"),
    case("The FY19 results were weak.", "FY19", "2019"),
    case("Losses in FY'98 were large.", "FY'98", "1998"),
    case("Guidance for FY 2019/20 was cut.", "FY 2019", "2019"),
    case("Guidance for FY 2019/20 was cut.", "20", "2020"),  # the range's second end, as in "the 2019/20 fiscal year"
    case("The budget for fiscal year 2021 is set.", "fiscal year 2021", "2021"),
])
def test_fiscal_and_holidays(text, expression, expected):
    check(text, expression, expected)


@pytest.mark.parametrize("text, not_time", [
    pytest.param("FYI, the vote is today.", "FYI", id="FYI is no fiscal year"),
    pytest.param("The Audi Q5 sold well.", "Q5", id="a car"),
    pytest.param("He drives a Q2 Nokia and an Audi Q3.", "Q2", id="a model name"),
    pytest.param("The Q2 Stadium opened.", "Q2", id="a name before a capitalised word"),
    pytest.param("Parts coded FY12345 were recalled.", "FY12345", id="a part number"),
    pytest.param("The FY 19 people met.", "FY 19", id="two figures apart from the code"),
    pytest.param("Use the tag fy2019 online.", "fy2019", id="a lower-case tag"),
    pytest.param("It cost FY2019.5 million.", "FY2019", id="a decimal figure"),
])
def test_not_fiscal_year_codes(text, not_time):
    assert_not_read(text, not_time)


def test_a_holiday_opening_a_name_is_no_day():
    assert_not_read("Both governments must implement the Good Friday Agreement.", "Good Friday")


def test_a_year_ago_in_a_results_story_is_the_same_quarter():
    text = "Net income in the third quarter rose to $5 million from $3 million a year ago."
    found = read(text)
    assert found["a year ago"][1] == "2019-Q3"


@pytest.mark.parametrize("text, not_time", [
    ("Turkey bought Russian S-400 missile defenses.", "400"),
    ("Russia deployed nearly 2,000 peacekeepers.", "2,000"),
    ("The law is Title 9 of the code.", "9"),
    ("A Boeing 747 landed.", "747"),
    ("A Boeing 1990 flew.", "1990"),
    ("Winds reached 111 miles per-hour.", "per-hour"),
    ("The 2000 mile long border has 75 miles of fence.", "2000"),  # a length, the unit in the singular
    ("He was charged under the Terrorism Act 2006.", "2006"),  # a law's name
    ("The Wildlife Protection Act, 1972 lists jackals.", "1972"),  # a law's name, as India writes it
    ("The Reform Bill 2019 passed.", "2019"),  # a speed, as "miles per hour"
    ("He organises dinners for € 2000 each.", "2000"),  # an amount, with a space after the currency sign
    ("The WHO named the coronavirus 2019-nCoV.", "2019"),  # a code name, capitals after the hyphen
    ("Call 555-1234 or (202) 456-1414 for details.", "1414"),
    ("She won by 1,994 votes.", "1,994"),
    ("He won 1994 votes.", "1994"),
    ("Flight 1549 landed on the river.", "1549"),
    ("the 100th anniversary of relations", "100th"),
    ("He was 37 years old when he was kidnapped.", "37 years"),
    ("a 44-year-old protester", "44-year"),
    ("about three-quarters of voters", "three-quarters"),
    ("He ran for a second time.", "a second"),
    ("Sales were flat in the second half of the decade.", "the second half"),  # not a calendar half-year
    ("Sales were flat in the first half of the 1980s.", "the first half"),
    ("Shares rose in the first half hour of trading.", "the first half"),  # a length, not the year's half
    ("It was the first quarter century of the club.", "the first quarter"),
    ("A quarter of the population left.", "A quarter"),
    ("They may march in the fall of prices.", "may"),
    ("Prices fall in winter markets.", "fall"),
    ("Leaves fall as soon as it rains.", "soon"),
    ("It paid a dividend shortly before the merger.", "shortly"),  # counts from the merger, not from now
    ("He was freed soon after the war.", "soon"),
    ("Shortly thereafter, he left.", "Shortly"),
    ("He will leave shortly.", "shortly"),  # neither TimeML nor the Wikinews gold tags it
    ("Do it as soon as possible.", "soon"),
    ("Three quarters of the states agreed.", "Three quarters"),  # a fraction of the states, not nine months
    ("The present study shows it.", "The present"),  # an adjective
    ("Now, the question is who pays.", "Now"),
    ("On May 2 and 30 soldiers died.", "30"),
    ("Romney won seven states in the early hours of vote counting.", "the early hours"),  # of an event, no day
    ("Police clashed with protesters during the night riots.", "the night"),  # a modifier of a noun
    ("The 2008 Sunday Times Rich List came out.", "2008 Sunday"),  # four figures before a weekday outside a bracket
    ("The stores opened with '24 hour' service.", "'24"),  # an apostrophe figure only after a word that takes a year
    ("We know they won’t switch to soy chicken overnight.", "overnight"),  # "won’t" is "won't"
    ("Wikinews Today infobox Russian President Vladimir Putin spoke.", "Today"),  # a wiki template's name
    ("Bernanke said on CBS's 60 Minutes that rates would stay low.", "60 Minutes"),  # a broadcast
    ("He spent the night in a cell.", "the night"),  # a length of stay, no preposition placing it
    ("It was the third day of talks.", "the third day"),  # a day of the story, not knowable from the date
    ("In May second-quarter sales rose.", "May second"),  # an ordinal day ends at the word
    ("Marches caused violence for the past three summers.", "the past"),  # a span, not the vague past
    ("The current account deficit widened.", "current"),
    ("He was swept away by the current.", "current"),
    ("The latest yearly report is out.", "latest"),  # an adjective of frequency, not a year
    ("It is the latest news of the week.", "latest"),
])
def test_not_time(text, not_time):
    assert_not_read(text, not_time)


def test_without_publication_date_relative_values_keep_their_xs():
    found = read("The ministers met on Tuesday and last month.", published=None)
    assert found["Tuesday"][1] == "XXXX-WXX-2"
    assert found["last month"][1] == "XXXX-XX"


# --- a year (or month) written once for two coordinated dates --------------------------------------

RANGE_PUBLISHED = date(2021, 6, 1)


def read_ranges(text: str) -> dict[str, tuple[str, str, str | None]]:
    return read(text, RANGE_PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    pytest.param("They bought the firms in August and September of 2004.",
                 {"August": "2004-08", "September of 2004": "2004-09"}, id="month and month of year"),
    pytest.param("Sales rose between March and May 2005.", {"March": "2005-03", "May 2005": "2005-05"},
                 id="between month and month year"),
    pytest.param("The survey ran from January to March 2020.", {"January": "2020-01", "March 2020": "2020-03"},
                 id="from month to month year"),
    pytest.param("The survey ran from January through March 2020.", {"January": "2020-01"}, id="through"),
    pytest.param("The survey ran from January until March 2020.", {"January": "2020-01"}, id="until"),
    pytest.param("Weapons were put beyond use in August-September 2020.",
                 {"August": "2020-08", "September 2020": "2020-09"}, id="a hyphen between months"),
    pytest.param("It will be held in May or June 2022.", {"May": "2022-05"}, id="or"),
    pytest.param("The festival runs from June 5 to 9, 2019.", {"June 5": "2019-06-05", "9, 2019": "2019-06-09"},
                 id="month day to day, year"),
    pytest.param("The festival runs June 5–9, 2019.", {"June 5": "2019-06-05", "9, 2019": "2019-06-09"},
                 id="en dash between days"),
    pytest.param("Talks were held on March 3 and 4, 2018.", {"March 3": "2018-03-03", "4, 2018": "2018-03-04"},
                 id="month day and day, year"),
    pytest.param("It happened between 5 and 9 March 2017.", {"5": "2017-03-05", "9 March 2017": "2017-03-09"},
                 id="between day and day month year"),
    pytest.param("It happened 5-9 March 2017.", {"5": "2017-03-05", "9 March 2017": "2017-03-09"},
                 id="hyphen between days before the month"),
    pytest.param("The summit was held from the 8th to the 9th of March 2017.", {"the 8th": "2017-03-08"},
                 id="ordinal days of month"),
    pytest.param("The summit runs from May 10 to the 11th, 2017.", {"the 11th, 2017": "2017-05-11"},
                 id="an ordinal second day after the month"),
    pytest.param("The strike lasted from Dec. 29, 2019 to Jan. 3.", {"Jan. 3": "2020-01-03"},
                 id="a range end follows its start into the next year"),
    pytest.param("It ran from December 2019 to February.", {"February": "2020-02"}, id="month year to month"),
    pytest.param("It ran from December to February 2020.", {"December": "2019-12", "February 2020": "2020-02"},
                 id="a range start later in the calendar is in the year before"),
    pytest.param("Prices fell in January, February and March 2020.",
                 {"January": "2020-01", "February": "2020-02"}, id="a list with commas ending in and"),
    pytest.param("The committee met on June 3 - 4.", {"June 3": "2021-06-03", "4": "2021-06-04"},
                 id="days without a year share the month only"),
])
def test_dates_share_a_year_written_once(text, expected):
    found = read_ranges(text)
    assert {expression: found.get(expression, (None, None))[1] for expression in expected} == expected, found


@pytest.mark.parametrize("text, expected", [
    pytest.param("Between 5 and 9 people died in March 2017.", {"March 2017": "2017-03"}, id="a count before people"),
    pytest.param("He met June 5 to 9 others.", {"June 5": "2021-06-05"}, id="a count after a date"),
    pytest.param("Scores of 5 to 9 were recorded in March 2017.", {"March 2017": "2017-03"}, id="scores"),
    pytest.param("The 2019 and 2020 seasons were cancelled.", {"2019": "2019", "2020": "2020"}, id="two years"),
    pytest.param("March and its aftermath were hard in 2017.", {"March": "2021-03", "2017": "2017"},
                 id="a month not joined to a dated partner"),
    pytest.param("It started in March. The rest came in May 2019.", {"March": "2021-03", "May 2019": "2019-05"},
                 id="two dates in different sentences"),
    pytest.param("The 2019-20 season was cancelled.", {"2019": "2019", "20": "2020"}, id="a year range"),
    pytest.param("It closed in March 2005 and June brought a new owner.", {"March 2005": "2005-03", "June": "2021-06"},
                 id="a list does not carry a year forward"),
    pytest.param("Unlike in March, June 2019 sales fell.", {"March": "2021-03", "June 2019": "2019-06"},
                 id="a comma alone does not pass a year"),
])
def test_dates_that_do_not_share_a_year(text, expected):
    found = read_ranges(text)
    assert {expression: found.get(expression, (None, None))[1] for expression in expected} == expected, found
    assert len(found) == len(expected), found  # no bare number was tagged


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Growth was 3.1% in the previous quarter (July to September).", date(2021, 2, 1),
                 {"July": "2020-07", "September": "2020-09"}, id="a start read on its own past the end moves back"),
    pytest.param("They will meet Monday and Tuesday, March 1-2.", RANGE_PUBLISHED,
                 {"Tuesday, March 1": "2022-03-01", "2": "2022-03-02"},
                 id="an end follows a start whose weekday gives the year"),
    pytest.param("Sisi announced three days of mourning, Wednesday through Friday.", date(2020, 2, 27),
                 {"Wednesday": "2020-02-26", "Friday": "2020-02-28"}, id="a weekday range runs forward"),
    pytest.param("It ran last Monday to Wednesday.", date(2020, 2, 27),
                 {"last Monday": "2020-02-24", "Wednesday": "2020-02-26"}, id="from a weekday placed by last"),
    pytest.param("He met them Wednesday and Friday.", date(2020, 2, 27),
                 {"Wednesday": "2020-02-26", "Friday": "2020-02-21"}, id="a list of weekdays is no range"),
])
def test_the_ends_of_a_range_without_year_stay_in_calendar_order(text, published, expected):
    found = read(text, published)
    assert {expression: found[expression][1] for expression in expected} == expected, found


@pytest.mark.parametrize("text, expected", [
    pytest.param("He served from March 20 to March 3.", {"March 20": "2021-03-20", "March 3": "2021-03-03"},
                 id="without a year"),
    pytest.param("He served from March 20 to 3, 2019.", {"March 20": "2019-03-20", "3, 2019": "2019-03-03"},
                 id="with the year once"),
])
def test_a_range_backwards_within_one_month_is_left_for_the_rules(text, expected):
    found = read_ranges(text)
    assert {expression: found[expression][1] for expression in expected} == expected, found


def test_a_score_is_not_the_first_of_two_days():
    assert "3" not in read_ranges("The team won 3-2 March 10.")


def test_later_expressions_count_from_the_start_of_a_range():
    # The Republican convention ran September 1-4, 2008; the Democratic one closed four days before it began.
    found = read_ranges("The convention is on September 1-4, 2008, and the other ended the previous day.")
    assert found["the previous day"][1] == "2008-08-31"


def test_a_clock_time_told_with_as_planned_keeps_the_coming_day():
    text = ("England play Andorra at Wembley tomorrow. The FA announced that the game would continue as planned "
            "at 20:15 BST.")
    assert read(text, date(2009, 6, 9))["20:15 BST"][1] == "2009-06-10T20:15"
