"""Small builders shared by the tests: tallies for the engine, workbooks for the loader, and running the CLI."""

from __future__ import annotations

import re
import shutil
import subprocess
import tarfile
from pathlib import Path

import kkrvalg
import pytest
from kkrvalg.cli import app
from kkrvalg.engine.composition import CompositionRules
from kkrvalg.engine.tally import AreaTally, PartyTally
from kkrvalg.i18n import DANISH_TERMS
from kkrvalg.i18n.help import HELP, TYPER_TEXTS
from kkrvalg.i18n.labels import COUNTED, LABELS
from kkrvalg.i18n.messages import MESSAGES
from kkrvalg.i18n.template_guide import GUIDE
from kkrvalg.io.reference import bundled_municipalities, bundled_parties
from kkrvalg.model import RulesProfile
from kkrvalg.pipeline import composition_rules
from openpyxl import Workbook
from typer.testing import CliRunner, Result

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "data" / "kv2025_kkr.xlsx"
FIXTURES = ROOT / "tests" / "fixtures"


def seeded(run, seed: int):
    """``run(lots)`` with its ties drawn by the published seeded rule in the order they are listed, as the pipeline
    does it (R8): each tie's number is its place in that order."""
    from kkrvalg.engine.lots import settle_in_order

    return settle_in_order(run, lambda outcome: outcome.ties, (), seed)[0]


def supplied(key: str, *winners: str):
    """Lots holding one real drawing's result, for the tie ``key``."""
    from kkrvalg.engine.lots import Drawing, Lots

    return Lots({key: Drawing(tuple(winners))})


def unpack(archive: Path, folder: Path) -> None:
    """Unpack one of the repository's .tar.xz archives (with the safe ``data`` filter where Python has it)."""
    with tarfile.open(archive) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(folder, filter="data")
        else:
            tar.extractall(folder)


def run(*args: object, columns: int = 160, env: dict[str, str] | None = None) -> Result:
    """``kkrvalg`` with these arguments under typer's CliRunner (a wide terminal unless ``columns`` says).

    Under CliRunner a traceback never reaches ``result.output``: check ``result.exception`` (see
    :func:`ended`), never the output, to know that nothing crashed.
    """
    return CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": str(columns), **(env or {})})


def ended(result: Result, code: int) -> str:
    """Assert the run ended with exit ``code`` and no exception other than SystemExit; its output, one line."""
    assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return " ".join(result.output.split())


def party(key: str, votes: int, seats: int = 1, mayors: int = 0, is_party: bool = True) -> PartyTally:
    return PartyTally(
        party=key,
        name=key,
        votes=votes,
        council_seats=seats,
        council_seats_anywhere=seats,
        mayors=tuple(f"{key}-by-{i}" for i in range(mayors)),
        is_party=is_party,
    )


def rules(**settings: object) -> CompositionRules:
    """The engine's R4–R7 settings of a rules profile with ``settings`` changed."""
    return composition_rules(RulesProfile(**settings))


def kkr(parties: list[PartyTally], municipalities: int = 10, extra_votes: int = 0, name: str = "Prøve") -> AreaTally:
    """A complete KKR of ``municipalities`` with the given parties; ``extra_votes`` are cast for non-parties."""
    return AreaTally(
        name=name,
        municipalities=tuple(f"by-{i}" for i in range(municipalities)),
        missing=(),
        preliminary=(),
        without_mayor=(),
        valid_votes=sum(p.votes for p in parties) + extra_votes,
        ballots_cast=None,
        parties=tuple(parties),
    )


def write_csv_folder(folder: Path, sheets: dict[str, list[list[object]]], name=str) -> Path:
    """A folder with one ``;``-separated UTF-8 CSV file per sheet (``name`` turns a sheet into a file stem)."""
    folder.mkdir(exist_ok=True)
    for sheet, rows in sheets.items():
        text = "\n".join(";".join("" if c is None else str(c) for c in row) for row in rows)
        (folder / f"{name(sheet)}.csv").write_text(text, encoding="utf-8")
    return folder


def write_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """An .xlsx file whose sheets hold the given rows (the first row is the header)."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


GEOGRAPHY = [
    ["kommunekode", "kommune", "kkr"],
    [901, "Åby", "Nord"],
    [902, "Østerby", "Nord"],
    [903, "Ærø Sogn", "Syd"],
]


def small_sheets() -> dict[str, list[list[object]]]:
    """Two KKR: Nord (Åby, Østerby) and Syd (Ærø Sogn), hand-checked in test_cli.py."""
    return {
        "kommuner": [row[:] for row in GEOGRAPHY],
        "stemmer": [
            ["kommune", "liste", "navn", "stemmer", "mandater"],
            ["Åby", "A", "Socialdemokratiet", 5000, 10],
            ["Åby", "V", "Venstre", 3000, 6],
            ["Åby", "L", "Lokallisten", 1500, 3],
            ["Østerby", "A", "Socialdemokratiet", 1000, 2],
            ["Østerby", "V", "Venstre", 4000, 8],
            ["Østerby", "Ø", "Enhedslisten", 500, 1],
            ["Ærø Sogn", "C", "Konservative", 2000, 9],
            ["Ærø Sogn", "A", "Socialdemokratiet", 1000, 4],
        ],
        "borgmestre": [
            ["kommune", "liste", "navn"],
            ["Åby", "A", "Anna"],
            ["Østerby", "A", "Asta"],
            ["Ærø Sogn", "C", "Carl"],
        ],
    }


def tie_sheets():
    """Syd: C's mayor on 1 000 votes, A and B with 2 000 each tie for the one seat below the cap of 2."""
    sheets = small_sheets()
    sheets["stemmer"] = sheets["stemmer"][:7] + [
        ["Ærø Sogn", "C", "Konservative", 1000, 3],
        ["Ærø Sogn", "A", "Socialdemokratiet", 2000, 4],
        ["Ærø Sogn", "B", "Radikale", 2000, 4],
    ]
    return sheets


def formand_tie_sheets() -> dict[str, list[list[object]]]:
    """KKR Nord (Åby, Østerby): A and V hold one mayor each on 500 votes: formand is a tie A–V (R8).

    Both quotients ÷ 1 are 500 > both ÷ 2 (250), so whoever loses the drawing for formand is næstformand.
    """
    return {
        "kommuner": [row[:] for row in GEOGRAPHY[:3]],
        "stemmer": [
            ["kommune", "liste", "navn", "stemmer", "mandater"],
            ["Åby", "A", "Socialdemokratiet", 500, 5],
            ["Østerby", "V", "Venstre", 500, 5],
        ],
        "borgmestre": [["kommune", "liste"], ["Åby", "A"], ["Østerby", "V"]],
    }


def three_way_sheets() -> dict[str, list[list[object]]]:
    """KKR Nord (Åby, Østerby; cap 4): C's two mayors on 1 000 votes, and A, B, D on 2 000 each.

    C's last quotient is 500, so proportionality is far away; the cap leaves 2 seats, and A, B and D tie
    at 2 000 ÷ 1 for them: a drawing of 2 winners among 3 (R7, R8).
    """
    return {
        "kommuner": [row[:] for row in GEOGRAPHY[:3]],
        "stemmer": [
            ["kommune", "liste", "navn", "stemmer", "mandater"],
            ["Åby", "C", "Konservative", 500, 4],
            ["Åby", "A", "Socialdemokratiet", 2000, 4],
            ["Østerby", "C", "Konservative", 500, 4],
            ["Østerby", "B", "Radikale", 2000, 4],
            ["Østerby", "Ø", "Enhedslisten", 2000, 4],
        ],
        "borgmestre": [["kommune", "liste"], ["Åby", "C"], ["Østerby", "C"]],
    }


CATALOGUE = {"messages": MESSAGES, "labels": LABELS, "guide": GUIDE, "help": HELP, "typer": TYPER_TEXTS}
"""Every table of texts, Danish and English."""


def danish_only_words() -> set[str]:
    """Words of the Danish texts that no English text uses: their presence in English output is a leak."""

    def words(texts):
        return {w.casefold() for t in texts for w in re.findall(r"[^\W\d_]{3,}", t)}

    danish = [e["da"] for table in CATALOGUE.values() for e in table.values()]
    english = [e["en"] for table in CATALOGUE.values() for e in table.values()]
    danish += [form for e in COUNTED.values() for form in e["da"]]
    english += [form for e in COUNTED.values() for form in e["en"]]
    return words(danish) - words(english) - {t.casefold() for t in DANISH_TERMS}


def data_words() -> set[str]:
    """Names from the data (municipalities, parties, lists, KKR, sheets) that stay as they are written."""
    names = [m.name for m in bundled_municipalities()] + [m.kkr for m in bundled_municipalities()]
    data = kkrvalg.load(BUNDLED)
    names += [r.name for r in data.results] + [m.name for m in data.members]  # the elected members by name
    names += list(bundled_parties().values()) + ["Åby", "Østerby", "Ærø Sogn", "Lokallisten", "Konservative"]
    names += ["Radikale", "Socialdemokratiet", "Venstre", "Enhedslisten", "Slesvigsk Parti", "Læsø", "Dragør"]
    valgk3 = (FIXTURES / "statbank" / "VALGK3.csv").read_text(encoding="utf-8").splitlines()[1:]
    names += [field for line in valgk3 for field in line.split(";")[:2]]  # areas and parties, as Statbank names them
    return {w.casefold() for n in names for w in re.findall(r"[^\W\d_]{3,}", n)}


def pdf_pages(pdf: bytes, tmp_path: Path, name: str) -> list[list[str]]:
    """The text lines of each page of ``pdf`` (kept as ``name``.pdf), read back with poppler's pdftotext."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")[:-1]]
