"""R10: a valgforbund must be notified no later than three hverdage before the constituent meeting."""

from __future__ import annotations

from datetime import date, timedelta

NOTICE_WEEKDAYS = 3


def is_hverdag(day: date, holidays: object) -> bool:
    """Monday–Friday and not a Danish public holiday (helligdag)."""
    return day.weekday() < 5 and day not in holidays  # type: ignore[operator]


def valgforbund_deadline(meeting: date, weekdays: int = NOTICE_WEEKDAYS) -> date:
    """The last day to notify a valgforbund: count ``weekdays`` hverdage back from the meeting day.

    Holidays come from the maintained ``holidays`` package (official Danish helligdage; Grundlovsdag and
    24/31 December are not among them).
    """
    import holidays

    calendar = holidays.country_holidays("DK", years=range(meeting.year - 1, meeting.year + 1))
    day, counted = meeting, 0
    while counted < weekdays:
        day -= timedelta(days=1)
        if is_hverdag(day, calendar):
            counted += 1
    return day
