"""The built-in rule kinds by name; pyproject.toml registers the same names as entry points."""
from .arithmetic import AgeAgainstBirth, AnniversaryAgainstYear, DurationAgainstDates
from .chronology import FinishedEventEndsAfterPublication, StartAfterEnd, YearOutsideEra
from .corpus import OutletsDisagreeSameDay, TallyFallsLater
from .publication import DateAfterPublication, MissingPublicationDate
from .reference import ReferenceMismatch
from .restated import RestatedFigure
from .totals import PartsAgainstTotal, SharesOverWhole
from .weekday import WeekdayMismatch

KINDS = {
    "weekday-mismatch": WeekdayMismatch,
    "date-after-publication": DateAfterPublication,
    "missing-publication-date": MissingPublicationDate,
    "duration-against-dates": DurationAgainstDates,
    "age-against-birth": AgeAgainstBirth,
    "anniversary-against-year": AnniversaryAgainstYear,
    "parts-against-total": PartsAgainstTotal,
    "shares-over-whole": SharesOverWhole,
    "finished-event-ends-after-publication": FinishedEventEndsAfterPublication,
    "start-after-end": StartAfterEnd,
    "year-outside-era": YearOutsideEra,
    "restated-figure": RestatedFigure,
    "tally-falls-later": TallyFallsLater,
    "outlets-disagree-same-day": OutletsDisagreeSameDay,
    "reference-mismatch": ReferenceMismatch,
}
