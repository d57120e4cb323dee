"""Every user-facing text in Danish (default) and English, so output and errors never mix languages.

Three tables, each with its own lookup and no fall-through between them: :func:`message` for problems
(:mod:`.messages`), :func:`label` for the reports (:mod:`.labels`) and :func:`guide` for the input
template (:mod:`.guide`); :func:`counted` picks the singular or plural form of a counted noun. The
command line's own texts (help, click's messages) are in :mod:`kkrvalg.cli_text`.
"""

from __future__ import annotations

from typing import Literal

from .guide import GUIDE
from .labels import COUNTED, LABELS
from .messages import MESSAGES

Lang = Literal["da", "en"]
LANGS: tuple[Lang, ...] = ("da", "en")

DANISH_TERMS = (
    "formand",
    "formandsvalg",
    "næstformand",
    "valgforbund",
    "listesamarbejde",
    "listesamarbejder",
    "kommunalbestyrelse",
    "lodtrækning",
    "hverdag",
    "hverdage",
    "KKR",
    "KL",
)
"""Danish domain nouns that stay Danish in English output (with the names of municipalities, parties,
lists and KKR from the data): the terms of KL's rules, which an English reader meets in the sources."""


def _lookup(table: dict[str, dict[str, str]], kind: str, key: str, lang: Lang, params: dict[str, object]) -> str:
    try:
        entry = table[key]
    except KeyError:
        raise KeyError(f"no {kind} {key!r} in the catalogue") from None
    return entry[lang].format(**params)


def message(key: str, lang: Lang, /, **params: object) -> str:
    """A problem's message (see :mod:`.messages`)."""
    return _lookup(MESSAGES, "message", key, lang, params)


def label(key: str, lang: Lang, /, **params: object) -> str:
    """A label or sentence of a report (see :mod:`.labels`)."""
    return _lookup(LABELS, "label", key, lang, params)


def guide(key: str, lang: Lang, /, **params: object) -> str:
    """A text of the input template's guide (see :mod:`.guide`)."""
    return _lookup(GUIDE, "guide text", key, lang, params)


def number(n: int, lang: Lang) -> str:
    """A whole number the way the reader's language writes it: 12.345 in Danish, 12,345 in English."""
    shown = f"{n:,}"
    return shown.replace(",", ".") if lang == "da" else shown


def counted(key: str, n: int, lang: Lang, /, **params: object) -> str:
    """A counted noun in its singular or plural form, e.g. ``1 borgmester`` and ``2 borgmestre``."""
    try:
        one, other = COUNTED[key][lang]
    except KeyError:
        raise KeyError(f"no counted noun {key!r} in the catalogue") from None
    return (one if n == 1 else other).format(n=number(n, lang), **params)
