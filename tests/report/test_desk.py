from dataclasses import replace
from datetime import date, timedelta

from factcheck.model import Claim, Interval, Span, Timex
from factcheck.report.data import ClaimView
from factcheck.report.desk import build_desk
from factcheck.report.formats import render
from factcheck.report.timeline import timeline, unplaced_durations

from .conftest import report_for


def test_timeline_draws_the_conflicting_claim_in_the_findings_severity(deal_article):
    report = report_for(deal_article)
    (desk,), _ = build_desk(report)
    line = desk.timeline
    (bar,) = line.bars
    assert (bar.severity, bar.rule) == ("error", "FC201") and bar.label.startswith("FC201 ")
    assert line.published == "2022-03-10" and line.published_x > bar.x
    assert line.first == "2022-03-03" and line.last == "2022-03-10"
    assert line.ticks[0].anchor == "start" and line.ticks[-1].anchor == "end"
    html = render(report, "html")
    assert "published 2022-03-10" in html and 'fill="#a00000"' in html and "<svg" in html


def test_no_dated_claim_no_timeline(deal_article):
    report = report_for(replace(deal_article, text="Nothing dated.", body=None))
    assert timeline(report.articles[0], {}) is None


def test_durations_without_an_anchor_are_listed_not_placed(deal_article):
    report = report_for(deal_article)
    view = report.articles[0]
    duration = Claim("deal", Span(0, 7), "44 days", "duration", "test", timex=Timex("DURATION", "P44D"),
                     attrs={"days_min": 44, "days_max": 44})
    view = replace(view, claims=view.claims + (ClaimView(duration, view.claims[0].location),))
    assert unplaced_durations(view) == ["“44 days” (P44D, 44 days)"]
    assert len(timeline(view, {}).bars) == 1


def test_claim_details_carry_value_interval_and_the_findings_arithmetic(deal_article):
    report = report_for(deal_article)
    view = report.articles[0]
    figure = Claim("deal", Span(0, 8), "ISTANBUL", "count", "test", value=5600.0,
                   interval=Interval(5600, float("inf"), False, False), hedge="more than", entity="people")
    view = replace(view, claims=view.claims + (ClaimView(figure, view.claims[0].location),))
    (desk,), details = build_desk(replace(report, articles=(view,)))
    facts = dict(details["claims"][desk.claim_id(figure)]["facts"])
    assert facts["normalized value"] == "5,600" and facts["interval"] == "(5,600, ∞)"
    assert facts["hedge"] == "more than" and facts["counts"] == "people"
    (finding,) = details["findings"].values()
    assert "Thursday" in finding["arithmetic"] and finding["severity"] == "error"
    dated = dict(details["claims"][desk.claim_id(view.claims[0].claim)]["facts"])
    assert dated["dates"] == "2022-03-03"
    assert details["claims"][desk.claim_id(view.claims[0].claim)]["findings"] == [report.findings[0].fingerprint]


def test_the_page_data_cannot_close_its_script_element(deal_article):
    hostile = replace(deal_article, text="</script><script>alert(1)</script> on Friday, March 3, 2022.", body=None)
    html = render(report_for(hostile), "html")
    data = html.split('<script type="application/json" id="factcheck-data">')[1].split("</script>")[0]
    assert "<" not in data


def test_tick_labels_never_overlap(deal_article):
    from factcheck.report.timeline import TICK_GAP, TICK_LABEL_WIDTH

    for days_apart in (1, 3, 7, 19, 400, 12000):
        article = replace(deal_article, published=date(2022, 3, 3) + timedelta(days=days_apart))
        line = build_desk(report_for(article))[0][0].timeline
        starts = []
        for tick in line.ticks:
            offset = {"start": 0, "middle": TICK_LABEL_WIDTH / 2, "end": TICK_LABEL_WIDTH}[tick.anchor]
            starts.append(tick.x - offset)
        assert all(b - a >= TICK_LABEL_WIDTH + TICK_GAP for a, b in zip(starts, starts[1:])), (days_apart, line.ticks)
        assert line.ticks[0].label == line.first and line.ticks[-1].label in (line.last, line.first)
