"""The built-in rule kinds by name; pyproject.toml registers the same names as entry points."""
from .publication import DateAfterPublication, MissingPublicationDate
from .weekday import WeekdayMismatch

KINDS = {
    "weekday-mismatch": WeekdayMismatch,
    "date-after-publication": DateAfterPublication,
    "missing-publication-date": MissingPublicationDate,
}
