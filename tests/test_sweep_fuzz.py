"""Input that cannot mislead, fuzzed: hypothesis writes one name or letter of a valid input another way — an
invisible character, another case, spaces, the decomposed Unicode form, ``KKR`` in front, the ASCII spelling, a
look-alike, a digit, a full-width letter — and the result must be the same as the unmutated input's, or a
refusal naming the file, sheet, row and column. Never a different result.

``KKRVALG_FUZZ_EXAMPLES`` raises the number of examples (as for tests/test_fuzz.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kkrvalg import names
from kkrvalg.documents import allocation_document
from kkrvalg.errors import KkrvalgError
from kkrvalg.io.load import load
from kkrvalg.pipeline import calculate

from helpers import write_csv_folder, write_workbook
from sweep_inputs import both, pooled, three_parties, valgforbund

EXAMPLES = int(os.environ.get("KKRVALG_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=4 * EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
INVISIBLE = ["\ufeff", "\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\u00a0", "\u202f", "\u200e"]
LOOKALIKE = {"A": "А", "C": "С", "V": "Ｖ", "Ø": "O\u0338", "L": "Ｌ", "Å": "A\u0325"}
ASCII = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}


def base() -> dict[str, list[list[object]]]:
    """Two KKR with a listesamarbejde and a valgforbund: every sheet that holds names, with a result to keep."""
    sheets = three_parties()
    both(
        pooled(("Åby", "L", "Lokallisterne i Danmark")),
        valgforbund(("Nord", "Rød blok", "A"), ("Nord", "Rød blok", "Ø")),
    )(sheets)
    return sheets


def _invisible(text: str, draw) -> str:
    at = draw(st.integers(0, len(text)))
    return text[:at] + draw(st.sampled_from(INVISIBLE)) + text[at:]


def _case(text: str, draw) -> str:
    return draw(st.sampled_from([str.upper, str.lower, str.swapcase, str.title]))(text)


def _spaces(text: str, draw) -> str:
    return draw(st.sampled_from([" ", "  ", "\t"])) + text + draw(st.sampled_from(["", " ", "   "]))


def _nfd(text: str, draw) -> str:
    return unicodedata.normalize("NFD", text)


def _prefix(text: str, draw) -> str:
    return draw(st.sampled_from(["KKR ", "kkr ", "Kkr  "])) + text


def _ascii(text: str, draw) -> str:
    return "".join(ASCII.get(c, c) for c in text)


def _lookalike(text: str, draw) -> str:
    return "".join(LOOKALIKE.get(c, c) for c in text)


def _digit(text: str, draw) -> str:
    return text.replace("O", "0").replace("I", "1").replace("l", "1") if set(text) & set("OIl") else text + "0"


def _full_width(text: str, draw) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalpha() else c for c in text)


NAME = [_invisible, _case, _spaces, _nfd, _ascii]
LETTER = [_invisible, _case, _spaces, _nfd, _lookalike, _digit, _full_width]
COLUMNS = {
    ("stemmer", 0): NAME,
    ("stemmer", 1): LETTER,
    ("stemmer", 2): [_invisible],  # a list's name: shown as it is written
    ("borgmestre", 0): NAME,
    ("borgmestre", 1): LETTER,
    ("kommuner", 1): NAME,
    ("kommuner", 2): [*NAME, _prefix],
    ("listesamarbejder", 0): NAME,
    ("listesamarbejder", 1): LETTER,
    ("listesamarbejder", 2): [_invisible, _case, _spaces, _nfd],
    ("valgforbund", 0): [*NAME, _prefix],
    ("valgforbund", 1): [_invisible, _case, _spaces, _nfd],
    ("valgforbund", 2): LETTER,
}


def outcome(path: Path) -> object:
    """The result as a reader compares it (names by :func:`~kkrvalg.names.fold`: a KKR or list spelt another
    way is the same one), or the problems of a refusal."""
    try:
        document = allocation_document(calculate(load(path), sensitivity=False)).model_dump(mode="json")
    except KkrvalgError as error:
        return error.problems
    key = names.fold
    return {
        key(k["kkr"]): (
            k["members"],
            {key(p["party"]): (p["votes"], p["members"], p["mayors"]) for p in k["parties"]},
            key(k["chair"]["formand"] or ""),
            key(k["chair"]["naestformand"] or ""),
        )
        for k in document["kkr"]
    }


@FUZZ
@given(st.data())
def test_a_name_written_another_way_gives_the_same_result_or_a_refusal_that_points_at_it(data):
    folder = Path(tempfile.mkdtemp(prefix="kkrvalg-sweep-"))
    try:
        as_csv = data.draw(st.booleans(), label="csv")
        write = (
            (lambda s: write_csv_folder(folder / "csv", s))
            if as_csv
            else (lambda s: write_workbook(folder / "s.xlsx", s))
        )
        expected = outcome(write(base()))
        assert isinstance(expected, dict)
        shutil.rmtree(folder / "csv", ignore_errors=True)
        sheets = base()
        sheet, column = data.draw(st.sampled_from(sorted(COLUMNS)), label="column")
        row = data.draw(st.integers(1, len(sheets[sheet]) - 1), label="row")
        mutate = data.draw(st.sampled_from(COLUMNS[sheet, column]), label="mutation")
        written = mutate(str(sheets[sheet][row][column]), data.draw)
        sheets[sheet][row][column] = written
        found = outcome(write(sheets))
        if isinstance(found, dict):
            assert found == expected, (sheet, row, column, written)
        else:
            assert found and all(p.file and p.sheet and p.row for p in found), (written, found)
            assert any(p.column for p in found), (written, found)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


DISTRICTS = [
    "valgresultater/valgresultater-Kommunalvalg-Dragør-1. Område 1-191120250240.json",
    "valgresultater/valgresultater-Kommunalvalg-Dragør-2. Område 2-191120250130.json",
    "valgresultater/valgresultater-Kommunalvalg-Læsø-1. Område 1-191120250130.json",
]


def imported(tree: Path) -> object:
    """What an import of ``tree`` gives (votes per municipality and list, names by fold), or its problems."""
    from kkrvalg.io.reference import bundled_municipalities
    from kkrvalg.io.valgdk import read_tree

    try:
        election = read_tree(tree, bundled_municipalities())
    except KkrvalgError as error:
        return error.problems
    return {
        (m.code, names.fold(letter)): votes
        for m in election.municipalities.values()
        for letter, votes in m.votes.items()
    }


@FUZZ
@given(st.data())
def test_a_letter_of_a_valgdk_file_written_another_way_gives_the_same_import_or_a_refusal_naming_file_and_key(data):
    import json

    from helpers import FIXTURES

    folder = Path(tempfile.mkdtemp(prefix="kkrvalg-sweep-"))
    try:
        tree = shutil.copytree(FIXTURES / "valgdk", folder / "valgdk")
        expected = imported(tree)
        assert isinstance(expected, dict)
        file = tree / "kommunalvalg-134-18-11-2025" / data.draw(st.sampled_from(DISTRICTS), label="file")
        document = json.loads(file.read_bytes().decode("utf-8-sig"))
        entry = data.draw(st.sampled_from(document["Kandidatlister"]), label="list")
        key = "Bogstavbetegnelse" if entry.get("Bogstavbetegnelse") else "Navn"
        mutate = data.draw(st.sampled_from([_invisible, _case, _spaces, _nfd, _lookalike, _digit, _full_width]))
        entry[key] = mutate(entry[key], data.draw)
        file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        found = imported(tree)
        if isinstance(found, dict):
            assert found == expected, (key, entry[key])
        else:
            assert all(p.file and p.column for p in found), (entry[key], found)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
