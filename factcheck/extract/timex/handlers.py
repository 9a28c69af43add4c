"""The interpreter of each grammar rule, by the ``handler`` name patterns.yaml gives it."""
from __future__ import annotations

from typing import Callable

import regex

from .interpret import Reading, date_, event_day, holiday, month, relday, time, weekday, weekday_day
from .lengths import (combined_duration, duration, present_moment, race_time, set_, trailing_period, vague_duration,
                      vague_ref, whole_period)
from .parts import day_of_month, part_of_period, weekday_of_month, weekday_of_week
from .periods import century, decade, era_year, season, year, year_range
from .relative import (ago, day_of_event, in_the_unit, night, quarter, quarter_ref, ref_unit, rel_unit,
                       same_time_another_year)

HANDLERS: dict[str, Callable[[regex.Match], Reading | None]] = {
    "date": date_, "month": month, "weekday": weekday, "weekday_day": weekday_day, "holiday": holiday,
    "event_day": event_day, "relday": relday, "time": time,
    "year": year, "era_year": era_year, "year_range": year_range, "decade": decade, "century": century,
    "season": season,
    "rel_unit": rel_unit, "same_time_another_year": same_time_another_year, "ref_unit": ref_unit,
    "in_the_unit": in_the_unit, "part_of_period": part_of_period,
    "weekday_of_month": weekday_of_month, "weekday_of_week": weekday_of_week, "day_of_month": day_of_month,
    "ago": ago, "combined_duration": combined_duration, "quarter": quarter, "quarter_ref": quarter_ref, "duration": duration,
    "vague_duration": vague_duration, "vague_ref": vague_ref, "present_moment": present_moment, "set": set_,
    "day_of_event": day_of_event,
    "whole_period": whole_period, "race_time": race_time, "night": night, "trailing_period": trailing_period,
}
