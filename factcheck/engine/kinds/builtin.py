"""The built-in rule kinds by name; pyproject.toml registers the same names as entry points."""
from .corpus import OutletsDisagreeSameDay, TallyFallsLater
from .publication import DateAfterPublication, MissingPublicationDate
from .reference import ReferenceMismatch
from .weekday import WeekdayMismatch

KINDS = {
    "weekday-mismatch": WeekdayMismatch,
    "date-after-publication": DateAfterPublication,
    "missing-publication-date": MissingPublicationDate,
    "tally-falls-later": TallyFallsLater,
    "outlets-disagree-same-day": OutletsDisagreeSameDay,
    "reference-mismatch": ReferenceMismatch,
}
