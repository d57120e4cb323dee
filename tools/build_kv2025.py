"""Build data/kv2025_kkr.xlsx, the bundled input workbook, from the official record in data/kv2025/.

Run from the repository root: ``uv run python tools/build_kv2025.py [TARGET]``. It unpacks valg.dk's KV2025
download (``valgdk-download.tar.xz``, exactly as mirrored) into a temporary folder, imports it with the
product's own importer (``kkrvalg import valgdk``: the same code, the same workbook), types in the 98 mayors
of ``mayors.csv`` by name and list letter, and adds a sheet ``Om data`` naming the sources. The mayors are
checked against the elected members when the workbook is loaded, like any user's.
"""

from __future__ import annotations

import csv
import sys
import tarfile
import tempfile
from pathlib import Path

from kkrvalg.io.cells import MunicipalityIndex
from kkrvalg.io.import_workbook import build_import_workbook
from kkrvalg.io.reference import bundled_municipalities
from kkrvalg.io.valgdk import read_tree
from kkrvalg.io.write import write_atomically
from openpyxl.styles import Font

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "kv2025"
ARCHIVE = SOURCE / "valgdk-download.tar.xz"
MAYORS = SOURCE / "mayors.csv"
TARGET = ROOT / "data" / "kv2025_kkr.xlsx"
ABOUT = (
    "KV2025 (kommunalvalget 18. november 2025): det officielle resultat fra valg.dk.",
    "Stemmer, mandater, valgte medlemmer og optællingsstatus: valg.dk's JSON-data (SFTP data.valg.dk, mappen",
    "kommunalvalg-134-18-11-2025), som spejlet 27. november 2025 (laurabejder/KV_RV_25, data/raw/kv), importeret",
    "uændret med 'kkrvalg import valgdk' (arket Import viser hver fil, og hvilke der er sprunget over og hvorfor).",
    "Borgmestre 2026–2029: indsamlet fra offentlige kilder (kolonnen kilde) og kontrolleret mod de valgte medlemmer",
    "i arket byraadsmedlemmer; navne som på stemmesedlen.",
    "Listesamarbejder: ingen godkendte listesamarbejder er registreret; lokallister tæller ikke som partier (R3).",
    "Partier (R3): den medfølgende liste; H (Borgernes Parti) og K (Kristendemokraterne) er usikre og afprøves",
    "i følsomhedsanalysen under hvert resultat.",
    "Genopbyg med: uv run python tools/build_kv2025.py",
)


def mayor_rows() -> list[list[object]]:
    """kommunekode, kommune, liste, navn and the source, one row per municipality."""
    with open(MAYORS, encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    return [[int(r["kommunekode"]), r["kommune"], r["party_letter"], r["mayor_2026_2029"], r["source"]] for r in rows]


def unpack(archive: Path, folder: Path) -> None:
    """Unpack a .tar.xz with the safe ``data`` filter where Python has it (3.11.4 and later)."""
    with tarfile.open(archive) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(folder, filter="data")
        else:
            tar.extractall(folder)  # noqa: S202 (our own archive, from the repository)


def build(target: Path) -> None:
    municipalities = bundled_municipalities()
    with tempfile.TemporaryDirectory() as folder:
        unpack(ARCHIVE, Path(folder))
        imported = read_tree(Path(folder), municipalities)
    imported.source = ARCHIVE.relative_to(ROOT).as_posix()
    workbook, _ = build_import_workbook(imported, MunicipalityIndex(municipalities), "da")
    mayors = workbook["borgmestre"]
    mayors.delete_rows(2, mayors.max_row)
    mayors.cell(1, 5, "kilde").font = Font(bold=True)
    for row in mayor_rows():
        mayors.append(row)
    about = workbook.create_sheet("Om data")
    about.append(["Om data"])
    about["A1"].font = Font(bold=True)
    for line in ABOUT:
        about.append([line])
    about.column_dimensions["A"].width = 110
    write_atomically(target, workbook.save)
    print(f"wrote {target}: {len(imported.municipalities)} municipalities, {mayors.max_row - 1} mayors")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
