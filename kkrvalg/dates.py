"""Dates as Danish users write them (26.01.2026, 26/1/2026, 26-01-2026, 2026-01-26) and read them
(``onsdag den 21. januar 2026``, from the Unicode CLDR data in Babel)."""

from __future__ import annotations

import re
from datetime import date, datetime

from .i18n import Lang

_DAY_FIRST = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_LOCALES = {"da": "da_DK", "en": "en_GB"}
_MOMENTS = {"da": "d. MMMM y 'kl.' HH.mm", "en": "d MMMM y, HH:mm"}
_DANISH_TIME = "Europe/Copenhagen"
YEARS = (1900, 2100)
"""The years a meeting date may fall in: the holiday calendar and the arithmetic of dates hold there, and a
constituent meeting outside them is a typing error."""


def parse_date(text: str) -> date | None:
    """The date ``text`` names, day first as in Denmark or ISO; None when it is not a valid date (see
    :func:`in_range` for the years allowed)."""
    text = text.strip()
    try:
        if match := _ISO.fullmatch(text):
            year, month, day = map(int, match.groups())
        elif match := _DAY_FIRST.fullmatch(text):
            day, month, year = map(int, match.groups())
        else:
            return None
        return date(year, month, day)
    except ValueError:
        return None


def in_range(day: date) -> bool:
    """Whether ``day`` falls in :data:`YEARS`."""
    return YEARS[0] <= day.year <= YEARS[1]


def long_date(day: date, lang: Lang) -> str:
    """The date in full, e.g. ``onsdag den 21. januar 2026`` or ``Wednesday, 21 January 2026``."""
    from babel.dates import format_date

    return format_date(day, "full", locale=_LOCALES[lang])


def long_datetime(moment: datetime, lang: Lang) -> str:
    """A moment on a Danish clock, e.g. ``14. januar 2026 kl. 10.32``: the reader's time, not the machine's (UTC)."""
    from zoneinfo import ZoneInfo

    from babel.dates import format_datetime

    return format_datetime(moment, _MOMENTS[lang], tzinfo=ZoneInfo(_DANISH_TIME), locale=_LOCALES[lang])
