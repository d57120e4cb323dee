"""Every user-facing text in Danish (default) and English, so output and errors never mix languages.

Three tables, each with its own lookup and no fall-through between them: :func:`message` for problems
(:mod:`.messages`), :func:`label` for the reports (:mod:`.labels`) and :func:`guide` for the input
template (:mod:`.template_guide`); :func:`counted` picks the singular or plural form of a counted noun. The
command line's own texts (help, click's messages) are in :mod:`kkrvalg.cli_text`.
"""

from __future__ import annotations

from typing import Literal

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


# The tables load on first use (``kkrvalg --help`` needs only the command line's texts, in .help).


def message(key: str, lang: Lang, /, **params: object) -> str:
    """A problem's message (see :mod:`.messages`)."""
    from .messages import MESSAGES

    return _lookup(MESSAGES, "message", key, lang, params)


def label(key: str, lang: Lang, /, **params: object) -> str:
    """A label or sentence of a report (see :mod:`.labels`)."""
    from .labels import LABELS

    return _lookup(LABELS, "label", key, lang, params)


def guide(key: str, lang: Lang, /, **params: object) -> str:
    """A text of the input template's guide (see :mod:`.template_guide`)."""
    from .template_guide import GUIDE

    return _lookup(GUIDE, "guide text", key, lang, params)


def number(n: int, lang: Lang) -> str:
    """A whole number the way the reader's language writes it: 12.345 in Danish, 12,345 in English."""
    shown = f"{n:,}"
    return shown.replace(",", ".") if lang == "da" else shown


def counted(key: str, n: int, lang: Lang, /, **params: object) -> str:
    """A counted noun in its singular or plural form, e.g. ``1 borgmester`` and ``2 borgmestre``."""
    from .labels import COUNTED

    try:
        one, other = COUNTED[key][lang]
    except KeyError:
        raise KeyError(f"no counted noun {key!r} in the catalogue") from None
    return (one if n == 1 else other).format(n=number(n, lang), **params)
