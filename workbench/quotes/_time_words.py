"""Names of days and months, shared by the patterns that read a time beside a cue."""

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: a weekday, as a regex group
WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
#: a month's full name, as a regex group
MONTH = "(?:" + "|".join(MONTHS) + ")"
