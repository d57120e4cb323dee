"""Turn cell values into integers, texts and municipality codes, the Danish way."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..model import Municipality
from ..names import codepoints, fold, invisible, lookalike, nfc, party_letter

_DIGITS = re.compile(r"[0-9]+")
_SPACED_DIGITS = re.compile(r"[0-9. \u00a0\u202f]+")
_GROUPED = re.compile(r"[0-9]{1,3}([. \u00a0\u202f][0-9]{3})+")


class CellError(ValueError):
    """A cell value that cannot be used; ``code`` and ``params`` name the message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


MAX_COUNT = 10**9
"""No vote count, seat count or number of ballots comes near a billion: a larger number is a typing error
(or a damaged cell), and refusing it keeps every sum well inside the 64-bit integers of the scenario counts."""


def parse_count(value: Any) -> int:
    """A whole number from 0 to :data:`MAX_COUNT`: accepts 12345, 12.345, 12 345 and 12345.0; rejects 12,5, -3."""
    if isinstance(value, bool):
        raise CellError("not_integer", value=value)
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise CellError("not_integer", value=value)
        number = int(value)
    else:
        raw = str(value).strip()
        negative = raw.startswith(("-", "−"))
        digits = raw.lstrip("-−").strip()
        if len(digits) > 2 * len(str(MAX_COUNT)) and _SPACED_DIGITS.fullmatch(digits):
            raise CellError("too_large", value=raw[:20] + "…")  # too long for a count, and for int() itself
        if _DIGITS.fullmatch(digits):
            number = int(digits)
        elif _GROUPED.fullmatch(digits):
            number = int(re.sub(r"[^0-9]", "", digits))
        elif any(c.isdigit() and not c.isascii() for c in digits):
            raise CellError("not_ascii_digits", value=raw)
        elif invisible(raw):
            raise CellError("invisible_character", value=raw, codepoints=invisible(raw))
        else:
            raise CellError("not_integer", value=raw)
        if negative:
            number = -number
    if number < 0:
        raise CellError("negative", value=number)
    if number > MAX_COUNT:
        raise CellError("too_large", value=number)
    return number


def parse_text(value: Any) -> str:
    """A cell as text; numbers typed as numbers (e.g. a list letter 1) become their digits."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse_name(value: Any) -> str:
    """A text that names something (a list, a municipality, a KKR, a valgforbund) in Unicode NFC form.

    Invisible characters are refused, by code point: a zero-width space or a soft hyphen would make it
    another name than the one on screen, and nothing would match it.
    """
    text = nfc(parse_text(value))
    hidden = invisible(text)
    if hidden:
        raise CellError("invisible_character", value=text, codepoints=hidden)
    special = compatibility_form(text)
    if special:
        raise CellError("compatibility_character", value=text, codepoints=special)
    return text


def compatibility_form(text: str) -> str | None:
    """The characters of ``text`` written in a special form of another (full-width ``Ｓ``, the ligature ``ﬁ``),
    by code point: ``Ｓydamagerlisten`` would be another list than ``Sydamagerlisten``."""
    found = dict.fromkeys(f"U+{ord(c):04X}" for c in text if unicodedata.normalize("NFKC", c) != c)
    return " ".join(found) or None


def parse_letter(value: Any, letters: Iterable[str]) -> str:
    """A list letter (R3): the national party letter it equals up to case and Unicode form (``a`` is A), or
    itself. Refused: invisible characters, digits (``0`` for O) and a character that only looks like a
    party letter (a Cyrillic А), each named by code point."""
    return _letter(parse_text(value), tuple(letters))


@lru_cache(maxsize=4096)
def _letter(value: str, letters: tuple[str, ...]) -> str:
    """:func:`parse_letter` of a text, remembered: an import reads the same few letters tens of thousands of times."""
    text = nfc(value)
    resembles = lookalike(text, letters)
    if resembles is not None and invisible(text) is None:
        raise CellError("letter_lookalike", value=text, codepoints=codepoints(text), letter=resembles)
    text = parse_name(text)
    digits = "".join(dict.fromkeys(c for c in text if c.isdigit()))
    if digits:
        raise CellError("letter_digit", value=text, digits=digits)
    return party_letter(text, letters)


YES = ("ja", "yes", "x", "1", "sand", "true")
NO = ("nej", "no", "0", "falsk", "false")


def parse_yes(value: Any) -> bool:
    """A yes/no cell: ``ja``/``x``/``yes`` or ``nej``/``no`` (an empty cell is no, before it gets here)."""
    text = parse_text(value).casefold()
    if text in YES:
        return True
    if text in NO:
        return False
    raise CellError("not_ja_nej", value=value)


_COLOUR = re.compile(r"#?([0-9a-fA-F]{6})")


def parse_colour(value: Any) -> str:
    """A colour as ``#rrggbb`` (written with or without ``#``, in any case)."""
    match = _COLOUR.fullmatch(parse_text(value))
    if match is None:
        raise CellError("not_colour", value=value)
    return "#" + match.group(1).lower()


def normalise_name(name: str) -> str:
    """A municipality name in a form that ignores case, 'Kommune', hyphens and aa/å spellings."""
    return fold(re.sub(r"\b(regions)?kommune\b", "", nfc(name).casefold()))


class MunicipalityIndex:
    """Finds a municipality by name (with common variants) or by code (with or without leading zeros)."""

    def __init__(self, municipalities: Iterable[Municipality]) -> None:
        self._by_code: dict[int, Municipality] = {}
        self._by_name: dict[str, Municipality] = {}
        self._found: dict[Any, Municipality] = {}
        """Values already found: a workbook names each municipality in thousands of rows."""
        for m in municipalities:
            self._by_code.setdefault(m.code, m)
            self._by_name.setdefault(normalise_name(m.name), m)

    def get(self, value: Any) -> Municipality | None:
        """The municipality ``value`` names, or None (without looking for suggestions)."""
        raw = parse_text(value)
        if raw.isascii() and raw.isdigit() and int(raw) in self._by_code:
            return self._by_code[int(raw)]
        return self._by_name.get(normalise_name(raw))

    def find(self, value: Any) -> Municipality:
        key = (type(value), value)
        if key not in self._found:
            self._found[key] = self._find(value)
        return self._found[key]

    def _find(self, value: Any) -> Municipality:
        raw = parse_text(value)
        found = self.get(raw)
        if found is None:
            names = self._suggest(raw)
            if names:
                raise CellError("unknown_municipality_suggest", value=raw, names=names)
            raise CellError("unknown_municipality", value=raw)
        return found

    def _suggest(self, raw: str) -> str:
        names = {normalise_name(m.name): m.name for m in self._by_code.values()}
        close = difflib.get_close_matches(normalise_name(raw), list(names), n=3, cutoff=0.6)
        return ", ".join(names[c] for c in close)
