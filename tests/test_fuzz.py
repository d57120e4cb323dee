"""No tracebacks, anywhere: hypothesis mutates the bytes and the structure of every kind of input and
every command must end with exit 0, 2 or 3 — never another exception — writing nothing on exit 2. And every
valid election keeps the invariants of the composition, whichever way it is computed.

``KKRVALG_FUZZ_EXAMPLES`` raises the number of examples per input kind (CI runs a few dozen each).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from fractions import Fraction
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import FIXTURES, run, small_sheets, write_workbook

EXAMPLES = int(os.environ.get("KKRVALG_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

cells = st.one_of(
    st.none(),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(max_size=12),
    st.sampled_from(["", " ", "A", "a", "Ø", "O\u0338", "Å", "١٢", "1²", "12.345", "[/b]", "Åby", "x" * 300]),
)


def finished(result, written: Path | None = None) -> None:
    """Exit 0, 2 or 3, no exception but SystemExit; and on exit 2 the report was not written."""
    assert result.exit_code in (0, 2, 3), (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    if result.exit_code == 2 and written is not None:
        assert not written.exists()


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="kkrvalg-fuzz-"))


@FUZZ
@given(st.data())
def test_mutated_workbooks(data):
    sheets = small_sheets()
    for _ in range(data.draw(st.integers(1, 6))):
        name = data.draw(st.sampled_from(sorted(sheets)))
        rows = sheets[name]
        row = data.draw(st.integers(0, len(rows) - 1))
        column = data.draw(st.integers(0, max(len(r) for r in rows) - 1))
        while len(rows[row]) <= column:
            rows[row].append(None)
        rows[row][column] = data.draw(cells)
    if data.draw(st.booleans()):
        sheets[data.draw(st.sampled_from(["Stemmer", "stemmer ", "optælling", "valgforbund", "partier"]))] = [
            [data.draw(cells) for _ in range(3)] for _ in range(data.draw(st.integers(0, 3)))
        ]
    folder = scratch()
    try:
        path = write_workbook(folder / "s.xlsx", {k: [[_cell(c) for c in r] for r in v] for k, v in sheets.items()})
        report = folder / "r.xlsx"
        command = data.draw(st.sampled_from(["allocate", "chair", "validate", "scenarios"]))
        extra = ["--xlsx", str(report)] if command != "validate" else []
        finished(run(command, path, *extra), report if extra else None)
    finally:
        shutil.rmtree(folder)


def _cell(value):
    """openpyxl cannot store every Python value (NaN, control characters); store those as text."""
    if isinstance(value, float) and value != value:
        return "nan"
    if isinstance(value, str):
        return "".join(c for c in value if c.isprintable())
    return value


@FUZZ
@given(st.binary(max_size=64), st.integers(0, 5000), st.booleans())
def test_damaged_workbook_bytes(noise, offset, truncate):
    data = (FIXTURES.parent.parent / "data" / "kv2025_kkr.xlsx").read_bytes()
    damaged = data[:offset] if truncate else data[:offset] + noise + data[offset + len(noise) :]
    folder = scratch()
    try:
        path = folder / "s.xlsx"
        path.write_bytes(damaged)
        finished(run("allocate", path, "--xlsx", folder / "r.xlsx"), folder / "r.xlsx")
    finally:
        shutil.rmtree(folder)


@FUZZ
@given(st.lists(st.tuples(st.integers(0, 400), st.text(alphabet=';,"\n\r\t\x00Å1²a ', max_size=6)), max_size=6))
def test_mutated_csv_folders(edits):
    folder = scratch()
    try:
        for name, rows in small_sheets().items():
            text = "\n".join(";".join(map(str, r)) for r in rows)
            if name == "stemmer":
                for position, insert in edits:
                    text = text[:position] + insert + text[position:]
            (folder / f"{name}.csv").write_text(text, encoding="utf-8")
        finished(run("allocate", folder))
    finally:
        shutil.rmtree(folder)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 10**6)
    | st.text(max_size=8)
    | st.sampled_from(["²", "１２", "01-01-2025"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


def _replace_somewhere(document, value, path: list[int]):
    """``document`` with one node (chosen by ``path``) replaced by ``value``."""
    if not path or not isinstance(document, dict | list) or not document:
        return value
    keys = list(document) if isinstance(document, dict) else list(range(len(document)))
    key = keys[path[0] % len(keys)]
    copy = dict(document) if isinstance(document, dict) else list(document)
    copy[key] = _replace_somewhere(document[key], value, path[1:])
    return copy


@FUZZ
@given(json_values, st.lists(st.integers(0, 50), min_size=1, max_size=4), st.integers(0, 20), st.booleans())
def test_mutated_valgdk_trees(value, path, file_index, truncate):
    folder = scratch()
    try:
        tree = folder / "valgdk"
        shutil.copytree(FIXTURES / "valgdk", tree)
        files = sorted(p for p in tree.rglob("*.json") if "verifikation" not in p.parts)
        victim = files[file_index % len(files)]
        if truncate:
            victim.write_bytes(victim.read_bytes()[: path[0] * 9])
        else:
            document = json.loads(victim.read_text(encoding="utf-8-sig"))
            victim.write_text(json.dumps(_replace_somewhere(document, value, path)), encoding="utf-8")
        target = folder / "stemmer.xlsx"
        finished(run("import", "valgdk", tree, "-o", target), target)
    finally:
        shutil.rmtree(folder)


@FUZZ
@given(st.text(alphabet='abcdefghijklmnopqrstuvwxyz_=" []\n0123456789.,-æ', max_size=60))
def test_random_rules_profiles(text):
    folder = scratch()
    try:
        profile = folder / "profil.toml"
        profile.write_text(text, encoding="utf-8")
        path = write_workbook(folder / "s.xlsx", small_sheets())
        finished(run("allocate", path, "--rules", profile))
    finally:
        shutil.rmtree(folder)


@FUZZ
@given(st.lists(st.text(alphabet="ABVØÆÅabcx+,; ", max_size=6), max_size=3), st.text(max_size=8))
def test_random_lot_and_valgforbund_options(lots, kkr):
    folder = scratch()
    try:
        path = write_workbook(folder / "s.xlsx", small_sheets())
        args = [a for value in lots for a in ("--lot", value)]
        finished(run("chair", path, "--kkr", kkr or "Nord", *args))
        finished(run("chair", path, "--kkr", "Nord", *[a for v in lots for a in ("--valgforbund", v)]))
    finally:
        shutil.rmtree(folder)


# ---- Invariants of every valid election (not only "nothing raised") ----

NORD = ["Aalborg", "Brønderslev", "Frederikshavn", "Hjørring", "Jammerbugt", "Læsø", "Thisted"]
LETTERS = ["A", "B", "C", "F", "O", "V", "Ø"]


@st.composite
def elections(draw) -> dict[str, list[list[object]]]:
    """A KKR of real municipalities with random votes and council seats, each mayor from a list with a seat."""
    municipalities = draw(st.lists(st.sampled_from(NORD), min_size=1, max_size=len(NORD), unique=True))
    stemmer = [["kommune", "liste", "navn", "stemmer", "mandater"]]
    borgmestre = [["kommune", "liste", "navn"]]
    for municipality in municipalities:
        parties = draw(st.lists(st.sampled_from(LETTERS), min_size=1, max_size=len(LETTERS), unique=True))
        seats = {p: draw(st.integers(0, 15)) for p in parties}
        seats[parties[0]] = max(1, seats[parties[0]])
        for party in parties:
            votes = draw(st.integers(1 if seats[party] else 0, 60_000))  # a seat needs a vote
            stemmer.append([municipality, party, "", votes, seats[party]])
        mayor = draw(st.sampled_from([p for p in parties if seats[p]]))
        borgmestre.append([municipality, mayor, f"Borgmester i {municipality}"])
    return {"stemmer": stemmer, "borgmestre": borgmestre}


def check_invariants(document: dict) -> None:
    """What every composition must satisfy, whatever the votes: the counts add up, each municipality gives one
    mayor, the cap holds, only eligible parties get supplementary members, and d'Hondt is consistent — no
    party that won a supplementary seat did so while another eligible party had a higher next quotient."""
    for entry in (e for e in document["kkr"] if e["counted"]):
        parties, seats = entry["parties"], entry["seats"]
        assert entry["members"] == entry["mayors"] + entry["supplementary"] + entry["undecided"]
        assert sum(p["members"] for p in parties) + entry["undecided"] == entry["members"] == len(seats)
        assert entry["mayors"] == entry["counted"] == sum(s["kind"] == "mayor" for s in seats)
        assert entry["cap"] is None or entry["members"] <= entry["cap"]
        assert all(p["members"] == p["mayors"] + p["supplementary"] for p in parties)
        assert all(p["eligible"] or not p["supplementary"] for p in parties)
        eligible = [p for p in parties if p["eligible"]]
        for p in (p for p in parties if p["supplementary"]):
            for q in eligible:  # v_p / m_p >= v_q / (m_q + 1), exactly
                assert p["votes"] * (q["members"] + 1) >= q["votes"] * p["members"], (p["party"], q["party"])
        awarded = [s for s in seats if s["kind"] == "supplementary"]
        assert [s["order"] for s in awarded] == sorted(s["order"] for s in awarded)
        quotients = [Fraction(s["votes"], s["divisor"]) for s in awarded]
        assert quotients == sorted(quotients, reverse=True)  # awarded in d'Hondt order


@FUZZ
@given(elections(), st.sampled_from(["proportional", "fill_cap"]))
def test_every_valid_election_keeps_the_invariants_and_the_api_says_what_the_cli_says(sheets, stopping):
    from kkrvalg import api

    folder = scratch()
    try:
        path = write_workbook(folder / "s.xlsx", sheets)
        rules = folder / "regler.toml"
        rules.write_text(f'stopping_rule = "{stopping}"\n', encoding="utf-8")
        result = run("allocate", path, "--rules", rules, "--seed", "1", "--format", "json")
        assert result.exit_code == 0, result.output
        document = json.loads(result.stdout)
        check_invariants(document)
        through_api = api.compose(api.load(path), rules={"stopping_rule": stopping}, seed=1).model_dump(mode="json")
        for shown in (document, through_api):
            shown.pop("computed_at")
        assert through_api == document
    finally:
        shutil.rmtree(folder)
