"""Anchoring relative claims to the publication date, and to the date the story last mentioned."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.sentences import split_sentences
from factcheck.extract.timex import find_timexes
from factcheck.model import Article, Claim, DateRange, Interval, Span, Timex
from factcheck.resolve import resolve

PUBLISHED = date(2020, 12, 29)  # a Tuesday


def resolved(text: str, published: date | None = PUBLISHED) -> list[Claim]:
    return resolve(Article("t", text, published), find_timexes(text, split_sentences(text), "t"))


def by_text(text: str, published: date | None = PUBLISHED) -> dict[str, Claim]:
    return {c.text: c for c in resolved(text, published)}


def test_bare_weekday_in_a_past_clause_is_the_last_one_on_or_before_publication():
    assert by_text("They met on Friday.")["Friday"].timex.value == "2020-12-25"
    assert by_text("They met on Tuesday.")["Tuesday"].timex.value == "2020-12-29"


def test_bare_weekday_in_a_future_clause_is_the_next_one_on_or_after_publication():
    assert by_text("They will meet on Friday.")["Friday"].timex.value == "2021-01-01"
    assert by_text("They will meet on Tuesday.")["Tuesday"].timex.value == "2020-12-29"


def test_the_clause_not_the_sentence_decides():
    claims = by_text("Lavrov said the ministers will meet on Friday.")
    assert claims["Friday"].timex.value == "2021-01-01"


def test_stated_weekday_is_kept_for_the_weekday_rule():
    claim = by_text("The talks ended on Friday, March 4, 2022.")["Friday, March 4, 2022"]
    assert claim.timex.value == "2022-03-04"
    assert claim.attrs["weekday"] == "Friday"  # 2022-03-04 was a Friday; a rule compares them


def test_calendar_days_of_a_period_with_a_position():
    claim = by_text("Fighting began in late September.")["late September"]
    assert claim.dates == DateRange(date(2020, 9, 21), date(2020, 9, 30))
    assert by_text("It rose in early 2021.")["early 2021"].dates.start == date(2021, 1, 1)
    assert by_text("It rose last month.")["last month"].dates == DateRange(date(2020, 11, 1), date(2020, 11, 30))


def test_weeks_are_iso_weeks():
    claim = by_text("Prices fell last week.")["last week"]
    assert claim.timex.value == "2020-W52"
    assert claim.dates == DateRange(date(2020, 12, 21), date(2020, 12, 27))


def test_this_week_ahead_said_on_a_sunday_is_the_week_starting():
    sunday = date(2005, 11, 13)
    assert by_text("The law is set to be tested in court this week.", sunday)["this week"].timex.value == "2005-W46"
    assert by_text("Earlier this week, rebels attacked.", sunday)["Earlier this week"].timex.value == "2005-W45"
    assert by_text("Talks will resume this week.", date(2005, 11, 12))["this week"].timex.value == "2005-W45"
    told_of_sunday = by_text("On Sunday, November 13, officials met. That week, they will vote.", sunday)
    assert told_of_sunday["That week"].timex.value == "2005-W45"  # the story's week, not publication's next


def test_without_a_publication_date_nothing_is_guessed():
    claims = by_text("They met on Friday, last month and two years ago.", published=None)
    assert claims["Friday"].timex.value == "XXXX-WXX-5" and claims["Friday"].dates is None
    assert claims["last month"].timex.value == "XXXX-XX"
    assert claims["two years ago"].timex.value == "XXXX"


def test_non_temporal_claims_pass_through_unchanged():
    count = Claim("t", Span(0, 5), "2,000", "count", "quantities", value=2000.0, interval=Interval.exact(2000))
    [same] = resolve(Article("t", "2,000", PUBLISHED), [count])
    assert same is count


def test_time_without_a_date_takes_the_day_last_mentioned():
    claims = by_text("The blasts came on Aug. 7. The first one went off at 10:35 a.m. near the embassy.")
    assert claims["10:35 a.m."].timex.value == "2020-08-07T10:35"


def test_claims_keep_their_order_and_absolute_claims_their_value():
    text = "In 1994 the war ended; last month a deal was signed."
    claims = resolved(text)
    assert [c.text for c in claims] == ["1994", "last month"]
    assert claims[0].timex == Timex("DATE", "1994")


def test_quarter_in_discussion_frames_year_ago_phrases():
    text = ("Net income in the third quarter rose 5%. Revenue rose too. In the year-earlier quarter, the "
            "company lost money. The latest quarter included a gain.")
    claims = by_text(text, published=date(1989, 10, 26))
    assert claims["the third quarter"].timex.value == "1989-Q3"
    assert claims["the year-earlier quarter"].timex.value == "1988-Q3"
    assert claims["The latest quarter"].timex.value == "1989-Q3"


def test_nearest_month_leans_to_the_clause_tense():
    claims = by_text("The deadline is Feb. 1. Protests began in October.")
    assert claims["Feb. 1"].timex.value == "2021-02-01"
    assert claims["October"].timex.value == "2020-10"


@pytest.mark.parametrize("text, published, expression, value", [
    # after "back in/on" a month or date is one gone by, unless "back" is a return
    pytest.param("The company sold its magazines back in April.", date(2009, 1, 10), "April", "2008-04", id="back in"),
    pytest.param("They signed back on March 25.", date(2009, 1, 10), "March 25", "2008-03-25", id="back on"),
    pytest.param("He will be back in April.", date(2009, 1, 10), "April", "2009-04", id="be back, a return"),
    # so it is after "in"/"on" in a past-perfect clause, unless a plan's "for" stands between
    pytest.param("Jatayu had already ceased operations in August.", date(2007, 6, 28), "August", "2006-08",
                 id="past perfect"),
    pytest.param("The Trust had already booked the park for July 2.", date(2007, 6, 28), "July 2", "2007-07-02",
                 id="past perfect, a plan's day"),
    pytest.param("He had talks in August.", date(2007, 6, 28), "August", "2007-08", id="had alone, no perfect"),
])
def test_a_month_or_date_told_as_gone_by(text, published, expression, value):
    assert by_text(text, published)[expression].timex.value == value


def test_the_nearest_month_is_measured_between_middles():
    # six months away on both sides: the middle of the month said decides
    text = "They are calling for elections in September."
    assert by_text(text, published=date(2005, 3, 30))["September"].timex.value == "2005-09"
    assert by_text(text, published=date(2005, 3, 5))["September"].timex.value == "2004-09"


def test_a_stated_weekday_picks_the_year_of_a_date_given_without_one():
    claim = by_text("The vote was held on Friday, Oct. 23.", published=date(1999, 5, 6))["Friday, Oct. 23"]
    assert claim.timex.value == "1998-10-23"  # Oct. 23 was a Friday in 1998, not in 1999


def test_last_month_name_said_the_month_after_is_the_month_just_ended():
    assert by_text("China's exports surged last December.", published=date(2010, 1, 10))[
        "last December"].timex.value == "2009-12"
    assert by_text("The plant closed last June.", published=date(1989, 10, 27))["last June"].timex.value == "1989-06"


def test_a_bare_season_is_the_nearest_one():
    assert by_text("Orders fell from the low levels of the early summer.", published=date(1989, 10, 26))[
        "the early summer"].timex.value == "1989-SU"


def test_an_infinitive_after_an_adjective_tells_no_tense():
    text = ("Problems made it extremely difficult for Sun to meet demand for its newest computers well into "
            "the summer.")
    assert by_text(text, date(1989, 10, 26))["the summer"].timex.value == "1989-SU"
    # The verb before the adjective still decides: a future one, and a plain "to meet" after a verb.
    assert by_text("It will be difficult for them to meet on Friday.")["Friday"].timex.value == "2021-01-01"
    assert by_text("Ministers agreed to meet on Friday.")["Friday"].timex.value == "2021-01-01"
    # A future word between the adjective and its infinitive still counts.
    text = "He named the ministers necessary for scheduled elections to take place in May."
    assert by_text(text)["May"].timex.value == "2021-05"


def test_due_to_before_a_noun_gives_a_cause_not_a_plan():
    assert by_text("Two lifts fell due to a brake failure on Monday.")["Monday"].timex.value == "2020-12-28"
    assert by_text("Six died due to the landslide on Saturday.")["Saturday"].timex.value == "2020-12-26"
    # before a verb it is still a plan
    assert by_text("The ship is due to leave on Friday.")["Friday"].timex.value == "2021-01-01"
    assert by_text("Talks are due to resume on Monday.")["Monday"].timex.value == "2021-01-04"


def test_should_points_ahead_and_should_have_back():
    assert by_text("The decision should be settled by Friday.")["Friday"].timex.value == "2021-01-01"
    assert by_text("He should have called on Friday.")["Friday"].timex.value == "2020-12-25"


def test_a_closed_aside_before_the_date_does_not_cut_the_clause():
    text = "Stores opened at 8pm (local time) on Monday evening. This should be checked."
    assert by_text(text)["Monday evening"].timex.value == "2020-12-28TEV"
    # an aside still open at the date is its own clause
    assert by_text("Talks (which will resume on Friday) stalled.")["Friday"].timex.value == "2021-01-01"


def test_a_present_prediction_looks_ahead():
    landfall = by_text("Meteorologists predict landfall Saturday morning.")["Saturday morning"]
    assert landfall.timex.value == "2021-01-02TMO"
    assert by_text("Forecasters expect rain on Friday.")["Friday"].timex.value == "2021-01-01"


def test_a_scheduled_present_looks_ahead():
    assert by_text("The trial begins Monday.")["Monday"].timex.value == "2021-01-04"
    assert by_text("The current round of emergency powers expires on Friday.")["Friday"].timex.value == "2021-01-01"
    assert by_text("Police say the man died Monday.")["Monday"].timex.value == "2020-12-28"  # a past verb nearer


def test_a_past_participle_after_a_noun_or_a_perfect_tells_the_past():
    assert by_text("They doubt it, in spite of approval of the bill given by the House on Wednesday, and will "
                   "vote.")["Wednesday"].timex.value == "2020-12-23"
    assert by_text("Soldiers might have taken part in a rape in March.",
                   published=date(2020, 9, 1))["March"].timex.value == "2020-03"
    assert by_text("The award will be given on Wednesday.")["Wednesday"].timex.value == "2020-12-30"


def test_a_participle_after_a_preposition_or_determiner_is_an_adjective_not_a_past():
    # "enclosed" qualifies "places": the clause is told by "will be banned"
    text = "The government said smoking will be banned in enclosed public places on Friday."
    assert by_text(text)["Friday"].timex.value == "2021-01-01"
    assert by_text("Police met with armed men on Friday.")["Friday"].timex.value == "2020-12-25"  # "met"


def test_short_regular_past_forms_tell_the_past():
    assert by_text("The mathematician died on Saturday.")["Saturday"].timex.value == "2020-12-26"
    assert by_text("Rosa Parks, who died on Monday, will lie in honor.")["Monday"].timex.value == "2020-12-28"
    assert by_text("They sued on Friday.")["Friday"].timex.value == "2020-12-25"


def test_a_weekday_named_again_is_the_same_day_in_a_sentence_told_in_the_past():
    text = ("On Tuesday, Democrats held primaries in Arizona. In Ohio, which was planning to hold its primary "
            "on Tuesday, the governor postponed it.")
    claims = resolved(text, date(2020, 3, 20))  # a Friday
    assert [c.timex.value for c in claims] == ["2020-03-17", "2020-03-17"]
    forecast = by_text("Humberto neared Bermuda on Wednesday. The NHC predicted that it would pass Bermuda "
                       "Wednesday night.", published=date(2019, 9, 19))
    assert forecast["Wednesday night"].timex.value == "2019-09-18TNI"


def test_a_weekday_named_again_in_a_sentence_with_no_past_is_read_afresh():
    text = "On Sunday morning alone 250 people signed. More protests are planned for Saturday and Sunday."
    claims = resolved(text, date(2007, 7, 2))  # a Monday
    assert [c.timex.value for c in claims] == ["2007-07-01TMO", "2007-07-07", "2007-07-08"]


def test_an_event_named_by_its_day_is_on_the_day_the_story_placed_it():
    text = "The summit began on Wednesday. Today the leaders will pick up on the themes of Wednesday's dinner."
    claims = resolved(text, date(2008, 4, 3))  # a Thursday
    assert [c.timex.value for c in claims] == ["2008-04-02", "2008-04-03", "2008-04-02"]


def test_a_weekday_first_read_as_coming_is_not_carried_over():
    text = "The strike will close schools on Thursday. Teachers said they walked out on Thursday."
    claims = resolved(text, date(2008, 4, 22))  # a Tuesday
    assert [c.timex.value for c in claims] == ["2008-04-24", "2008-04-17"]


def test_a_coming_weekday_named_again_without_a_past_verb_is_the_same_day():
    text = ("Georgia will hold an election on Saturday. Officials say Saturday's vote will be fair. Polls show "
            "the opposition could win in Saturday's election. Voters queued on Saturday.")
    claims = resolved(text, date(2008, 1, 4))  # a Friday
    assert [c.timex.value for c in claims] == ["2008-01-05", "2008-01-05", "2008-01-05", "2007-12-29"]


def test_the_same_period_is_a_quarter_only_in_a_story_about_one():
    results = by_text("Sales rose 5% in the third quarter, against 3% in the same period a year ago.",
                      published=date(2008, 11, 10))
    assert results["the same period a year ago"].timex.value == "2007-Q3"
    survey = by_text("Police seized 126 skins from 2013 to 2019 and 370 horns in the same period.",
                     published=date(2020, 6, 11))
    assert survey["the same period"].timex.value == "XXXX"  # the span named before; no quarter is guessed
    assert survey["the same period"].dates is None


def test_a_quarter_named_in_passing_does_not_take_over():
    text = ("Net rose 20% in the third quarter. After a flat second quarter, sales recovered. Costs were "
            "lower than in the year-earlier period.")
    claims = by_text(text, published=date(1989, 11, 1))
    assert claims["the year-earlier period"].timex.value == "1988-Q3"


def test_a_quarter_of_a_past_year_is_history_not_the_quarter_reported():
    text = ("The utility stopped paying a dividend in the third quarter of 1984. It reported third-quarter "
            "net of $68 million, up from $66 million a year ago.")
    claims = by_text(text, published=date(1989, 10, 27))
    assert claims["the third quarter of 1984"].timex.value == "1984-Q3"
    assert claims["a year ago"].timex.value == "1988-Q3"


def test_a_quarter_without_a_year_is_the_nearest_one_by_its_last_day():
    january = date(1998, 1, 26)
    assert by_text("Profit fell in the fourth quarter.", january)["the fourth quarter"].timex.value == "1997-Q4"
    assert by_text("Sales rose in the second half.", january)["the second half"].timex.value == "1997-H2"
    october = date(1989, 10, 30)
    assert by_text("Profit fell in the third quarter.", october)["the third quarter"].timex.value == "1989-Q3"
    assert by_text("Profit will rise in the fourth quarter.", october)["the fourth quarter"].timex.value == "1989-Q4"
    assert by_text("Sales rose in the first half.", october)["the first half"].timex.value == "1989-H1"


def test_a_fiscal_or_explicitly_placed_quarter_keeps_its_year():
    january = date(1998, 1, 26)
    assert by_text("Profit fell in the fiscal fourth quarter.", january)["the fiscal fourth quarter"].timex.value == "1998-Q4"
    assert by_text("Sales rose in this year's fourth quarter.", january)["this year's fourth quarter"].timex.value == "1998-Q4"
    assert by_text("Sales rose in last year's fourth quarter.", january)["last year's fourth quarter"].timex.value == "1997-Q4"


def test_a_plan_in_the_past_perfect_is_past():
    # "had been due to" is a plan that was overtaken: the Friday before, not the next one.
    assert by_text("The offer had been due to expire Friday.")["Friday"].timex.value == "2020-12-25"
    assert by_text("The offer is due to expire Friday.")["Friday"].timex.value == "2021-01-01"


def test_a_story_told_years_back_goes_on_in_its_year():
    text = ("The bomb was dropped on August 6, 1945. Japan surrendered on 15 August, and signed the surrender "
            "on 2 September. Thousands died during the following year.")
    claims = by_text(text, date(2005, 8, 7))
    assert claims["15 August"].timex.value == "1945-08-15"
    assert claims["2 September"].timex.value == "1945-09-02"
    assert claims["the following year"].timex.value == "1946"


@pytest.mark.parametrize("text, published, expression, value", [
    # months before the day told: background, then the story near publication
    ("She was kidnapped on February 23, 2002. When Chavez met Sarkozy on November 20, he had no proof.",
     date(2007, 11, 23), "November 20", "2007-11-20"),
    # a period near publication named in between moves the story there
    ("The tsunami struck on 26 December 2004. This month the camps emptied, and on March 9 the last one closed.",
     date(2006, 3, 20), "March 9", "2006-03-09"),
    # a weekday stated with the date picks its own year
    ("The towers fell on September 11, 2001. The trial closed on Friday June 8.",
     date(2007, 6, 9), "Friday June 8", "2007-06-08"),
])
def test_a_date_the_story_years_back_does_not_reach_is_read_from_publication(text, published, expression, value):
    assert by_text(text, published)[expression].timex.value == value


def test_a_future_clause_after_a_past_perfect_one_looks_ahead():
    text = "Since Koizumi had dissolved the House, an election will be held on September 11."
    assert by_text(text, date(2005, 8, 12))["September 11"].timex.value == "2005-09-11"
    assert by_text("He had quit his job on September 11.", date(2005, 8, 12))["September 11"].timex.value == "2004-09-11"


def test_a_capitalised_past_form_is_a_name_not_a_verb():
    text = "The issue would be raised in the UPA-Left Coordination Committee meeting on Wednesday."
    assert by_text(text)["Wednesday"].timex.value == "2020-12-30"


def test_participles_joined_by_and_share_the_word_before_them():
    claims = by_text("The ban is to be signed and ratified by each country during December 2-3.", date(2008, 5, 30))
    assert claims["December 2"].timex.value == "2008-12-02"
    assert by_text("He was arrested and charged on Monday.")["Monday"].timex.value == "2020-12-28"


def test_a_plan_told_in_the_past_is_the_nearest_day_either_side():
    # Said on Tuesday, December 29: the plan's day may have come or not yet.
    assert by_text("The team planned to leave Nairobi on Thursday.")["Thursday"].timex.value == "2020-12-31"
    assert by_text("The storm was expected to pass the island late Monday night.")[
        "late Monday night"].timex.value == "2020-12-28TNI"
    assert by_text("The Senate was set to meet on Wednesday.")["Wednesday"].timex.value == "2020-12-30"
    assert by_text("The vote was expected on Sunday.")["Sunday"].timex.value == "2020-12-27"


def test_a_date_before_a_plan_told_in_the_past_dates_the_planning():
    assert by_text("On Thursday, the government planned to pay the first claims.")[
        "Thursday"].timex.value == "2020-12-24"


def test_a_plan_in_the_past_perfect_was_overtaken():
    assert by_text("The team had planned to leave on Thursday.")["Thursday"].timex.value == "2020-12-24"


def test_plan_after_a_determiner_is_a_noun_and_tells_no_tense():
    assert by_text("The governor unveiled a new budget plan on Friday.")["Friday"].timex.value == "2020-12-25"
    assert by_text("The boards approved the plan on Sunday.")["Sunday"].timex.value == "2020-12-27"
    assert by_text("Iranians plan a march on Friday.")["Friday"].timex.value == "2021-01-01"  # the verb
    assert by_text("They announced their plans to meet on Friday.")["Friday"].timex.value == "2021-01-01"


def test_the_latest_quarter_is_the_one_the_story_reports():
    november = date(1989, 11, 2)
    text = "Ralston reported a decline in fourth-quarter earnings. Sales in the latest period rose 13%."
    assert by_text(text, november)["the latest period"].timex.value == "1989-Q4"
    text = "Ralston reported a decline in fourth-quarter earnings. Sales rose in the last quarter."
    assert by_text(text, november)["the last quarter"].timex.value == "1989-Q3"  # completed before publication


def test_a_year_earlier_does_not_count_back_from_another_point_of_comparison():
    text = "Production fell 8% from a year ago. Borrowing costs rose compared with a year earlier."
    assert by_text(text)["a year earlier"].timex.value == "2019"
    text = "He joined the firm in 1995. A year earlier he had left the army. Three days ago he retired."
    assert by_text(text)["A year earlier"].timex.value == "1994"  # a stated year is a reference


def test_irregular_past_forms_point_back():
    # "bought" was missing from the irregular list: the clause fell to the present and next June won
    assert by_text("Since KKR bought RJR in June, it has sold assets.")["June"].timex.value == "2020-06"
    assert by_text("The board sought a buyer on Friday.")["Friday"].timex.value == "2020-12-25"


def test_a_perfect_before_the_date_tells_of_the_past():
    text = "The service has released the first photos Wednesday of the car that will carry him."
    assert by_text(text)["Wednesday"].timex.value == "2020-12-23"
    assert by_text("They've buried 500 bodies since June.")["June"].timex.value == "2020-06"
    # a participle after "is" or "will be" is no perfect
    assert by_text("The vote is scheduled for Wednesday.")["Wednesday"].timex.value == "2020-12-30"
    assert by_text("The bill will be signed on Wednesday.")["Wednesday"].timex.value == "2020-12-30"


def test_would_reports_a_plan_and_would_have_been_a_missed_one():
    text = "Medvedev declared that Russian troops would start their pullout on Monday."
    assert by_text(text)["Monday"].timex.value == "2021-01-04"
    assert by_text("An election would have to be called for Monday.")["Monday"].timex.value == "2021-01-04"
    assert by_text("The vote would have been held on Monday.")["Monday"].timex.value == "2020-12-28"


def test_this_weekend_told_in_the_past_is_the_one_just_gone():
    monday = date(2019, 6, 24)
    assert by_text("A memorial was held this weekend.", monday)["this weekend"].timex.value == "2019-W25-WE"
    assert by_text("A memorial will be held this weekend.", monday)["this weekend"].timex.value == "2019-W26-WE"
    # said on the weekend itself, it is that weekend either way
    sunday = date(2019, 6, 30)
    assert by_text("A memorial was held this weekend.", sunday)["this weekend"].timex.value == "2019-W26-WE"


def test_a_closed_aside_after_the_date_does_not_cut_the_clause():
    text = 'On Tuesday, the World Health Organization (WHO) announced the name: "COVID-19" is to replace it.'
    assert by_text(text)["Tuesday"].timex.value == "2020-12-29"
    text = 'On Wednesday, the World Health Organization (WHO) announced the name: "COVID-19" is to replace it.'
    assert by_text(text)["Wednesday"].timex.value == "2020-12-23"


def test_a_condition_in_the_present_looks_ahead():
    text = "If the law is passed on Sunday, trains would run on Monday."
    assert by_text(text)["Sunday"].timex.value == "2021-01-03"
    text = "Unless a better offer is made by Friday, the union will strike."
    assert by_text(text)["Friday"].timex.value == "2021-01-01"
    # a present without a condition stays with the last one
    assert by_text("The law is in force since Sunday.")["Sunday"].timex.value == "2020-12-27"


def test_a_deadline_in_the_present_looks_ahead():
    # published Saturday 2008-07-12
    text = "The aim is for the transfer to be completed by Monday."
    assert by_text(text, date(2008, 7, 12))["Monday"].timex.value == "2008-07-14"
    text = "City Hall may run out of toilet paper by Friday."
    assert by_text(text, date(2008, 7, 12))["Friday"].timex.value == "2008-07-18"
    # told in the past, or by the verb after a fronted deadline, it is the one gone
    assert by_text("By Friday, 20 people had died.", date(2008, 7, 12))["Friday"].timex.value == "2008-07-11"
    assert by_text("Aid arrived by Friday.", date(2008, 7, 12))["Friday"].timex.value == "2008-07-11"


def test_last_as_an_adjective_tells_no_tense():
    # published Tuesday 2006-03-28: "this Sunday" is the coming one; "last week" still tells of the past
    text = "In the last days before the snap election this Sunday, activists are urging a no-vote."
    assert by_text(text, date(2006, 3, 28))["this Sunday"].timex.value == "2006-04-02"
    assert by_text("Last week the board met on Sunday.", date(2006, 3, 28))["Sunday"].timex.value == "2006-03-26"


def test_the_verb_after_a_fronted_date_may_stand_further_on():
    text = "In March, at the party's final presidential debate in Phoenix, Biden announced: \"I will pick a woman.\""
    assert by_text(text, date(2020, 8, 12))["March"].timex.value == "2020-03"


def test_until_with_a_present_looks_ahead_and_with_a_past_back():
    text = "With 72 hours to go until the Tuesday primary, candidates are campaigning."
    assert by_text(text, date(2020, 12, 30))["Tuesday"].timex.value == "2021-01-05"
    assert by_text("Until Monday, they had not called him a suspect.")["Monday"].timex.value == "2020-12-28"


def test_a_month_or_date_of_this_last_or_next_year_is_one_expression():
    claims = by_text("In January of this year, prices rose; on September 20 of last year they fell.", date(2019, 12, 14))
    assert claims["January of this year"].timex.value == "2019-01"  # alone, January said in December leans ahead
    assert claims["September 20 of last year"].timex.value == "2018-09-20"
    assert by_text("It opens March 24 of next year.", date(2008, 12, 3))["March 24 of next year"].timex.value == "2009-03-24"
    # "last year's" belongs to the noun after it, not to the date
    claims = by_text("On March 3, last year's winner spoke.", date(2019, 10, 8))
    assert claims["March 3"].timex.value == "2019-03-03"


def test_a_clock_time_takes_the_day_told_right_after_it():
    published = date(2020, 1, 10)  # a Friday
    claims = by_text("At about 15:30 local time (1430 UTC) on Tuesday a fire was reported.", published)
    assert claims["about 15:30 local time"].timex.value == "2020-01-07T15:30"
    claims = by_text("The crash happened around 8:30 p.m. BST (1930 UTC) on August 27.", published)
    assert claims["around 8:30 p.m. BST"].timex.value == "2019-08-27T20:30"
    # the day after it is counted once: "10pm the previous night" said of Monday is Sunday night
    claims = by_text("On Monday, a man was arrested. Around 10pm the previous night, he drove off.", published)
    assert claims["Around 10pm"].timex.value == "2020-01-05T22:00"
    assert claims["the previous night"].timex.value == "2020-01-05TNI"
    # a day with its part of the day, and a night named after a clock time
    claims = by_text("At 2:49 a.m. local time (7:49 a.m. UTC) on Saturday morning, the capsule docked.", published)
    assert claims["2:49 a.m. local time"].timex.value == "2020-01-04T02:49"
    assert by_text("At 9pm last night he conceded.", published)["9pm"].timex.value == "2020-01-09T21:00"
    # a day further on is another clause's
    claims = by_text("The fire started at 15:30. Police came on Tuesday.", published)
    assert claims["15:30"].timex.value == "2020-01-10T15:30"


def test_that_month_is_the_one_of_the_year_the_story_is_at():
    published = date(2019, 12, 14)
    claims = by_text("In August 2018, she began a strike. That September, a movement launched.", published)
    assert claims["That September"].timex.value == "2018-09"
    claims = by_text("In August 2018, she began a strike. Earlier that October, he met her.", published)
    assert claims["Earlier that October"].timex.value == "2018-10"
    # "that" joining a clause is no determiner of the month
    claims = by_text("In August 2018, she began a strike. He told reporters that July was hot.", published)
    assert claims["July"].timex.value == "2019-07"
    # "of the same year", "that year" after the month: one expression, in the year the story is at
    claims = by_text("Park was killed on October 26, 1979. Choi was sworn in in December of the same year.", published)
    assert claims["December of the same year"].timex.value == "1979-12"
    claims = by_text("Troops mutinied in 2006, after a decision in March that year.", published)
    assert claims["March that year"].timex.value == "2006-03"


def test_told_in_the_past_the_story_day_is_not_a_coming_one_of_an_earlier_sentence():
    published = date(2019, 3, 17)
    text = ("The shooting was on Friday. He stays in custody until his next appearance on April 5. "
            "The first attack was at about 13:40, and the second on the same day.")
    claims = by_text(text, published)
    assert claims["about 13:40"].timex.value == "2019-03-15T13:40"
    assert claims["the same day"].timex.value == "2019-03-15"
    # within the sentence of the coming day, it stands: "effective Sunday February 15 at midnight"
    text = "He announced that he was resigning effective Sunday, February 15, 2009 at midnight."
    assert by_text(text, date(2009, 2, 11))["midnight"].timex.value == "2009-02-15T24:00"


def test_told_ahead_the_story_day_is_not_a_day_gone_by_of_an_earlier_sentence():
    published = date(2005, 7, 28)
    text = ("Activists will rally today. On July 22 the minister announced new figures. "
            "The rally will begin at 5:30pm.")
    assert by_text(text, published)["5:30pm"].timex.value == "2005-07-28T17:30"
    # a sentence that tells of the past keeps the story's day: the plan was told then
    text = "On July 22 the minister announced new figures. He said the rally would begin at 5:30pm."
    assert by_text(text, published)["5:30pm"].timex.value == "2005-07-22T17:30"


def test_a_weekday_told_in_the_past_falls_in_the_range_of_days_the_story_named():
    published = date(2019, 3, 25)  # a Monday; the last Saturday was March 23
    text = ("From March 15 to 17, Toronto hosted the tenth Furnal Equinox. "
            "The couple held a session on Saturday afternoon.")
    assert by_text(text, published)["Saturday afternoon"].timex.value == "2019-03-16TAF"
    # a weekday the range lacks, a range long gone, or a coming day are read as usual
    assert by_text(text.replace("Saturday", "Tuesday"), published)["Tuesday afternoon"].timex.value == "2019-03-19TAF"
    assert by_text(text, date(2019, 4, 25))["Saturday afternoon"].timex.value == "2019-04-20TAF"
    text = "From March 15 to 17, Toronto hosted the fair. The next one opens on Saturday."
    assert by_text(text, published)["Saturday"].timex.value == "2019-03-30"


def test_a_quoted_yesterday_counts_from_the_day_the_story_is_at():
    published = date(2019, 9, 12)  # a Thursday
    text = ('Trump asked for the resignation on Monday night, and Bolton gave it the next morning. '
            '"I informed John Bolton last night that his services are no longer needed," Trump wrote, '
            '"and I asked John for his resignation, which was given to me this morning."')
    claims = by_text(text, published)
    assert claims["last night"].timex.value == "2019-09-09TNI"
    assert claims["this morning"].timex.value == "2019-09-10TMO"
    # outside the quote, publication as usual
    assert by_text(text + " Today he named no one.", published)["Today"].timex.value == "2019-09-12"
    # a story day long before publication is no day a quote was said on
    text = 'The law passed on March 3. "Today we are free," he said.'
    assert by_text(text, published)["Today"].timex.value == "2019-09-12"


def test_dates_said_in_a_quote_do_not_move_the_story_day():
    published = date(2008, 11, 3)  # a Monday
    text = ('Sunday, a fire destroyed seven businesses. It started at 1:00 AM on November 2, 2008. "I cannot '
            "open - tomorrow's Monday, Tuesday is a holiday,\" the owner said. The next day, investigators "
            'boarded up the windows.')
    assert by_text(text, published)["The next day"].timex.value == "2008-11-03"
    # inside the quote, its own dates still serve what follows them there
    text = ('A senator said: "On 7 November the Senate will vote on whether an inquiry would report the very '
            'next day."')
    assert by_text(text, date(2005, 10, 14))["the very next day"].timex.value == "2005-11-08"


def test_this_weekday_leans_to_the_clause_tense():
    tuesday = date(2019, 8, 6)
    assert by_text("This Sunday, Zapata crossed the Channel.", tuesday)["This Sunday"].timex.value == "2019-08-04"
    assert by_text("They will meet this Monday.", date(2019, 8, 7))["this Monday"].timex.value == "2019-08-12"
    # within the week as it runs, the week's own day
    assert by_text("They met this Monday.", tuesday)["this Monday"].timex.value == "2019-08-05"


def test_early_and_late_in_a_week_take_its_thirds_not_days_of_the_month():
    # the week of 13-19 May: "late" is not days 21 to the month's end, which lie outside it
    claim = by_text("The law takes effect late this week.", date(2019, 5, 15))["late this week"]
    assert claim.timex.value == "2019-W20"
    assert (claim.dates.start, claim.dates.end) == (date(2019, 5, 18), date(2019, 5, 19))
    claim = by_text("It fell early last week.", date(2019, 5, 15))["early last week"]
    assert (claim.dates.start, claim.dates.end) == (date(2019, 5, 6), date(2019, 5, 7))
    # a whole month keeps the news convention by day of month
    claim = by_text("It was hot in late September.", date(2019, 10, 15))["late September"]
    assert (claim.dates.start, claim.dates.end) == (date(2019, 9, 21), date(2019, 9, 30))


def test_the_month_is_the_one_the_story_is_at_and_the_same_month_may_be_in_another_year():
    published = date(2011, 8, 9)
    text = ("Sales rose 7.6 per cent during the month of July. 129,094 units were sold during the month. "
            "Deliveries rose 36 per cent on the same month last year, and 2 per cent on the same month in 2009.")
    claims = by_text(text, published)
    assert claims["the month of July"].timex.value == "2011-07"
    assert claims["the month"].timex.value == "2011-07"
    assert claims["the same month last year"].timex.value == "2010-07"  # a year counted from publication
    assert claims["the same month in 2009"].timex.value == "2009-07"
    # with no month named, the month of publication
    assert by_text("Prices fell during the month.", published)["the month"].timex.value == "2011-08"


def test_a_date_a_change_is_measured_from_does_not_move_the_story():
    published = date(2011, 8, 9)
    text = ("It sold 21,409 cars in July, an increase of 11.7 per cent from July 2010. "
            "In China, 18,858 units were sold in the month.")
    assert by_text(text, published)["the month"].timex.value == "2011-07"
    # the same date named outright does move it
    text = "It sold 21,409 cars in July 2010. In China, 18,858 units were sold in the month."
    assert by_text(text, published)["the month"].timex.value == "2010-07"


def test_a_month_opening_a_past_sentence_is_one_gone_by():
    published = date(2020, 12, 28)
    assert by_text("In March, he debuted as the heel.", published)["March"].timex.value == "2020-03"
    # not fronted, a month leans to the nearer one: stories name coming deadlines in past clauses too
    assert by_text("He said the debut was set for March.", published)["March"].timex.value == "2021-03"
    # fronted but told ahead
    assert by_text("In March, he will debut.", published)["March"].timex.value == "2021-03"


def test_a_numbered_day_of_a_relative_month():
    published = date(2006, 11, 20)
    claims = by_text("A rocket hit the town on the 15 of this month. Talks end on the 3rd of next month. "
                     "The 31st of this month is no day at all.", published)
    assert claims["the 15 of this month"].timex.value == "2006-11-15"
    assert claims["the 3rd of next month"].timex.value == "2006-12-03"
    assert claims["The 31st of this month"].timex.value == "XXXX-XX-XX"  # November has 30 days
