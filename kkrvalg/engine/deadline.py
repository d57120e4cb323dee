"""R10: a valgforbund must be notified no later than three hverdage before the constituent meeting.

Holidays come from the maintained ``holidays`` package (official Danish helligdage; Grundlovsdag and
24/31 December are not among them).
"""

from __future__ import annotations

from datetime import date, timedelta

NOTICE_WEEKDAYS = 3


def is_hverdag(day: date) -> bool:
    """Monday–Friday and not a Danish public holiday (helligdag)."""
    import holidays

    return day.weekday() < 5 and day not in holidays.country_holidays("DK", years=day.year)


def valgforbund_deadline(meeting: date, weekdays: int = NOTICE_WEEKDAYS) -> date:
    """The last day to notify a valgforbund: count ``weekdays`` hverdage back from the meeting day."""
    day, counted = meeting, 0
    while counted < weekdays:
        day -= timedelta(days=1)
        if is_hverdag(day):
            counted += 1
    return day
