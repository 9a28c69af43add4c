import math
from datetime import date

import pytest

from factcheck.model import DateRange, Interval, Severity, Span


def test_open_interval_excludes_its_bound():
    more_than = Interval(5600, math.inf, False, False)
    assert not more_than.contains(5600)
    assert more_than.contains(5601)


def test_intervals_touching_at_an_open_end_do_not_intersect():
    assert not Interval(0, 2000, True, False).intersects(Interval.exact(2000))
    assert Interval(0, 2000, True, True).intersects(Interval.exact(2000))
    assert Interval(120, math.inf).intersects(Interval.exact(131))
    assert not Interval(120, math.inf).intersects(Interval.exact(85))


def test_describe_shows_brackets_and_infinity():
    assert Interval(5600, math.inf, False, False).describe() == "(5,600, ∞)"
    assert Interval.exact(7).describe() == "7"


def test_bad_values_are_refused():
    with pytest.raises(ValueError):
        Interval(3, 2)
    with pytest.raises(ValueError):
        Span(5, 2)
    with pytest.raises(ValueError):
        DateRange(date(2020, 2, 1), date(2020, 1, 1))


def test_date_range_counts_both_ends():
    assert DateRange(date(2020, 9, 21), date(2020, 9, 30)).days == 10


def test_severity_parses_names_and_orders():
    assert Severity.parse("Warning") is Severity.WARNING
    assert Severity.ERROR > Severity.WARNING > Severity.INFO
    with pytest.raises(ValueError):
        Severity.parse("fatal")
