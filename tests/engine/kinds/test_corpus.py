"""Grouping articles by event without comparing pairs, and the figures each article contributes."""
from __future__ import annotations

from datetime import date

from factcheck.engine.kinds.corpus import TallyFallsLater
from factcheck.engine.kinds.events import event_key
from factcheck.engine.loader import instantiate, load_rules
from factcheck.engine.runner import Engine
from factcheck.model import Article
from factcheck.pipeline import analyse, run

RULES = {r.id: r for r in load_rules()}


def _article(article_id, text, day, title=None, **meta):
    return Article(article_id, text, day, title, meta=meta)


def test_declared_event_wins_over_the_derived_key():
    context = analyse(_article("a", "An earthquake struck near Izmir.", date(2023, 2, 6), event="E1"))
    assert event_key(context, 7) == ("event", "E1")


def test_derived_key_needs_place_event_word_and_date():
    day = date(2023, 2, 6)  # a Monday: weeks start here
    key = event_key(analyse(_article("a", "Flooding in Sindh Province displaced thousands.", day)), 7)
    assert key == ("auto", "sindh province", "flood", (day.toordinal() - 1) // 7)
    assert event_key(analyse(_article("b", "Flooding displaced thousands.", day)), 7) is None
    assert event_key(analyse(_article("c", "Thousands gathered in Sindh.", day)), 7) is None
    assert event_key(analyse(_article("d", "Flooding in Sindh.", None)), 7) is None
    # Weekday and month names after "in"/"on" are not places.
    assert event_key(analyse(_article("e", "The flood struck in March.", day)), 7) is None


def test_the_title_names_the_event_before_the_text():
    day = date(2023, 2, 6)
    context = analyse(_article("a", "Rescuers in Beirut worked through the night.", day, title="Blast in Beirut port"))
    assert event_key(context, 7)[1:3] == ("beirut", "explosion")


def test_window_boundary_splits_groups():
    monday, sunday, next_monday = date(2023, 2, 6), date(2023, 2, 12), date(2023, 2, 13)
    keys = [event_key(analyse(_article(str(d), "A flood in Sindh left 30 dead.", d)), 7)
            for d in (monday, sunday, next_monday)]
    assert keys[0] == keys[1] != keys[2]


def test_headline_figure_is_the_highest_floor_of_each_tally():
    kind = TallyFallsLater(RULES["FC501"])
    context = analyse(_article("a", "The earthquake left 40 dead and 200 injured; 5 dead were children.",
                               date(2023, 2, 6), event="q"))
    facts = {f.key[1]: f.claim.text for f in kind.facts(context)}
    assert facts == {"dead": "40", "injured": "200"}


def test_same_day_reports_never_shrink_each_other():
    articles = [_article("a", "Officials counted 40 dead.", date(2023, 2, 6), event="q"),
                _article("b", "Officials counted 30 dead.", date(2023, 2, 6), event="q")]
    result = run(articles, Engine(instantiate([RULES["FC501"]])))
    assert result.corpus_findings == ()


def test_each_later_report_is_checked_against_the_highest_earlier_floor():
    articles = [_article(str(i), f"Officials counted {n} dead.", date(2023, 2, i + 1), event="q")
                for i, n in enumerate((100, 300, 200, 250, 400))]
    result = run(articles, Engine(instantiate([RULES["FC501"]])))
    assert [(f.article, f.evidence[0].article) for f in result.corpus_findings] == [("2", "1"), ("3", "1")]


def test_outlets_same_outlet_is_not_compared_but_another_is():
    day = date(2020, 8, 5)
    same_outlet = [_article("a", "Officials counted 40 dead.", day, event="b", source="Wire"),
                   _article("b", "The blast left 90 dead.", day, event="b", source="Wire"),
                   _article("d", "The blast left 60 dead.", day, event="b")]  # no outlet: not compared
    engine = Engine(instantiate([RULES["FC502"]]))
    assert run(same_outlet, engine).corpus_findings == ()
    other = same_outlet + [_article("c", "The blast left 60 dead.", day, event="b", source="Desk")]
    # One finding per day: the widest gap, Wire's 90 against Desk's 60.
    assert [(f.article, [c.article for c in f.evidence]) for f in run(other, engine).corpus_findings] == [
        ("c", ["b", "c"])]


def test_a_corpus_rule_that_fails_costs_its_facts_only(monkeypatch):
    def broken(self, context):
        raise RuntimeError("boom")

    monkeypatch.setattr(TallyFallsLater, "facts", broken)
    articles = [_article("a", "Officials counted 40 dead.", date(2023, 2, 6), event="q")]
    result = run(articles, Engine(instantiate([RULES["FC501"], RULES["FC201"]])))
    (failure,) = result.articles[0].findings
    assert failure.rule_id == "FC990" and "FC501" in failure.message and "boom" in failure.message
