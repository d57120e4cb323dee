"""One letter, one party; one name, one KKR: how user-typed names and list letters are matched.

Letters and names arrive typed by hand, from several keyboards and sources: ``a`` for ``A``, ``Å`` as A
plus a combining ring, ``sjaelland`` for ``Sjælland``, ``KKR Nordjylland`` for ``Nordjylland``. Matching
is exact where it can be and forgiving where it is safe; a character that only *looks* like a party
letter (O with a combining stroke for Ø, a Cyrillic А for A) is never taken for it silently.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

_ASCII_SPELLINGS = (("å", "aa"), ("ø", "oe"), ("æ", "ae"))

HOMOGLYPHS = {
    **dict(zip("АВСЕНІКМОРТХ", "ABCEHIKMOPTX")),  # Cyrillic capitals
    **dict(zip("асеорх", "aceopx")),  # Cyrillic small letters
    **dict(zip("ΑΒΕΗΙΚΜΟΤΧο", "ABEHIKMOTXo")),  # Greek
    "∅": "Ø",
    "⌀": "Ø",
    "Ⓐ": "A",
}
"""Characters of other scripts (and symbols) drawn like a Latin party letter. The Unicode confusables
data covers thousands of pairs; these are the ones a Danish ballot letter can be mistaken for."""

_MARK_LOOKS_LIKE = {
    ("O", "\u0335"): "Ø",  # short stroke overlay
    ("O", "\u0336"): "Ø",  # long stroke overlay
    ("O", "\u0337"): "Ø",  # short solidus overlay
    ("O", "\u0338"): "Ø",  # long solidus overlay
    ("O", "\u0308"): "Ø",  # diaeresis: Ö, the Swedish and German Ø
    ("A", "\u0308"): "Æ",  # diaeresis: Ä, the Swedish and German Æ
    ("A", "\u030a"): "Å",  # ring above (composed to Å by NFC; kept for the ring with other marks)
    ("A", "\u0325"): "Å",  # ring below
}
"""Letters that a combining mark makes look like another Danish letter."""


def nfc(value: str) -> str:
    """The canonical composed form, so ``A`` + combining ring and ``Å`` are one and the same text."""
    return unicodedata.normalize("NFC", value).strip()


def _hidden(char: str) -> bool:
    """A character that cannot be seen, or that looks like an ordinary space but is not one (NBSP)."""
    category = unicodedata.category(char)
    return category in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp") or (category == "Zs" and char != " ")


def invisible(value: str) -> str | None:
    """The invisible characters of ``value`` by code point (``U+200B U+00AD``), or None when it has none.

    A byte-order mark, zero-width space or joiner, soft hyphen, word joiner or no-break space inside a letter
    or a name makes it another text than the one on screen: ``A`` and ``A`` + U+200B would be two parties.
    """
    if value.isprintable():  # no character of the categories below (a fast check in C)
        return None
    found = dict.fromkeys(f"U+{ord(c):04X}" for c in value if _hidden(c))
    return " ".join(found) or None


def codepoints(text: str) -> str:
    """Every character of ``text`` by code point, to show what a look-alike really is."""
    return " ".join(f"U+{ord(c):04X}" for c in text)


def identity(value: str) -> str:
    """The one form in which two spellings of a name are the same name: Unicode NFC, case and the spaces
    around and between the words ignored (``Lokallisterne i Danmark`` = ``lokallisterne  i danmark``)."""
    return " ".join(nfc(value).split()).casefold()


KKR_PREFIX = "KKR"


def without_prefix(value: str, prefix: str = KKR_PREFIX) -> str:
    """``KKR Nordjylland`` → ``Nordjylland``: the optional prefix a KKR's name may be written with."""
    text = nfc(value)
    if text.casefold().startswith(prefix.casefold() + " "):
        return text[len(prefix) + 1 :].strip()
    return text


def kkr_key(value: str) -> str:
    """The one form of a KKR's name: without ``KKR``, case, spacing and the ASCII spellings of æ, ø, å ignored
    (``KKR Sjælland``, ``sjaelland`` and ``Sjælland`` are one KKR)."""
    return fold(without_prefix(value))


def one_edit_apart(first: str, second: str) -> bool:
    """Whether two different texts differ by one inserted, deleted or replaced character, or two neighbours
    swapped (``Nrod`` for ``Nord``): a typing error."""
    if first == second or abs(len(first) - len(second)) > 1:
        return False
    if len(first) == len(second):
        differ = [i for i, (a, b) in enumerate(zip(first, second)) if a != b]
        swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and first[differ[0]] == second[differ[1]]
        return len(differ) == 1 or (swapped and first[differ[1]] == second[differ[0]])
    short, long_ = sorted((first, second), key=len)
    i = next((i for i, (a, b) in enumerate(zip(short, long_)) if a != b), len(short))
    return short[i:] == long_[i + 1 :]


def fold(value: str) -> str:
    """A name in a form that ignores case, spacing, punctuation and the ASCII spellings of æ, ø and å."""
    s = nfc(value).casefold()
    for danish, ascii_ in _ASCII_SPELLINGS:
        s = s.replace(danish, ascii_)
    return re.sub(r"[^a-z0-9]", "", s)


def match_name(value: str, candidates: Iterable[str], prefix: str | None = None) -> str | None:
    """The candidate ``value`` names: exactly, up to case, or up to :func:`fold` (``sjaelland``).

    With ``prefix`` (e.g. ``KKR``) the value may carry it in front: ``KKR Nordjylland`` names
    ``Nordjylland``. None when nothing, or more than one candidate, matches.
    """
    candidates = list(candidates)
    text = without_prefix(value, prefix) if prefix else nfc(value)
    for same in (lambda c: c == text, lambda c: c.casefold() == text.casefold(), lambda c: fold(c) == fold(text)):
        found = [c for c in candidates if same(c)]
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


def match_party(value: str, parties: Iterable[str]) -> str | None:
    """The party key ``value`` names: a letter in any case (``v``), a listesamarbejde's name in any case."""
    parties = list(parties)
    text = nfc(value)
    if text in parties:
        return text
    return match_name(text, parties)


def lookalike(value: str, letters: Iterable[str]) -> str | None:
    """The party letter that a one-character ``value`` only looks like, or None.

    ``value`` is a look-alike when it is not itself a party letter (in any case) but is drawn like one:
    a letter carrying a combining mark (O with a stroke looks like Ø, A with a mark like A or Å), a
    compatibility form (full-width Ａ), or a letter of another script (Cyrillic А).
    """
    letters = list(letters)
    by_case = {letter.casefold(): letter for letter in letters}
    text = nfc(value)
    if not text or text.casefold() in by_case:
        return None
    decomposed = unicodedata.normalize("NFKD", text)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    marks = [c for c in decomposed if unicodedata.combining(c)]
    if len(base) != 1:
        return None
    base = HOMOGLYPHS.get(base, base).upper()
    for mark in marks:
        if (looks := _MARK_LOOKS_LIKE.get((base, mark))) and looks.casefold() in by_case:
            return by_case[looks.casefold()]
    if base.casefold() in by_case and (marks or base != text.upper()):
        return by_case[base.casefold()]
    return None


def party_letter(value: str, letters: Iterable[str]) -> str:
    """``value`` as written in the data, or the party letter it equals up to case and Unicode form."""
    text = nfc(value)
    if len(text) != 1:
        return text
    return next((letter for letter in letters if letter.casefold() == text.casefold()), text)


def split_parties(value: str) -> tuple[str, ...]:
    """``V+C``, ``V,C`` and ``v, c`` all name the parties V and C (the notation kkrvalg prints)."""
    return tuple(part.strip() for part in value.replace("+", ",").split(",") if part.strip())


def person_name(ballot_name: str) -> str:
    """A name without the town a ballot adds after a comma: ``Trine Egetved, Gilleleje`` → ``Trine Egetved``."""
    return " ".join(nfc(ballot_name).split(",", 1)[0].split())


def person_key(name: str) -> str:
    """A person's name in the form names are matched in: case, spacing and the ``, town`` suffix ignored."""
    return person_name(name).casefold()


def closest_people(name: str, people: Iterable[tuple[str, str]], n: int = 3) -> str:
    """The ``n`` names among ``people`` (ballot name, list letter) closest to ``name``: ``Trine Egetved (C)``."""
    shown = {person_key(ballot): f"{person_name(ballot)} ({letter})" for ballot, letter in people}
    close = difflib.get_close_matches(person_key(name), list(shown), n=n, cutoff=0.5)
    return ", ".join(shown[c] for c in close)
