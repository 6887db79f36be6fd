"""Names of days and months, shared by the patterns that read a time beside a cue."""

from ..text import MONTHS

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: a weekday, as a regex group
WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
#: a month's full name, as a regex group
MONTH = "(?:" + "|".join(MONTHS) + ")"

__all__ = ["MONTH", "MONTHS", "WEEKDAY", "WEEKDAYS"]
