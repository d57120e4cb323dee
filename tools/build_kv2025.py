"""Build data/kv2025_kkr.xlsx, the bundled input workbook, from the collected KV2025 figures in data/kv2025/.

Run from the repository root: ``uv run python tools/build_kv2025.py``. The workbook follows the input
contract of ``kkrvalg allocate`` and says on its sheet ``Om data`` exactly what it covers.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "kv2025"
TARGET = ROOT / "data" / "kv2025_kkr.xlsx"


def rows(name: str) -> list[dict[str, str]]:
    with open(SOURCE / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def sheet(wb: Workbook, title: str, header: list[str], data: list[list[object]]) -> None:
    ws = wb.create_sheet(title)
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in data:
        ws.append(row)
    ws.freeze_panes = "A2"


def main() -> None:
    coverage = {r["kommunekode"]: r["coverage"] for r in rows("coverage.csv")}
    votes, seats_only = [], defaultdict(list)
    lists = defaultdict(set)
    for r in rows("votes.csv"):
        liste = r["party_letter"] or r["party_name"]
        if r["votes"] == "":
            seats_only[r["kommune"]].append(f"{liste} ({r['seats']} mandater)")
            continue
        lists[r["kommunekode"]].add(liste)
        votes.append(
            [int(r["kommunekode"]), r["kommune"], liste, r["party_name"], int(r["votes"]), int(r["seats"] or 0)]
        )

    mayors, left_out = [], []
    for r in rows("mayors.csv"):
        if r["party_letter"] in lists.get(r["kommunekode"], set()):
            mayors.append([int(r["kommunekode"]), r["kommune"], r["party_letter"], r["mayor_2026_2029"]])
        else:
            left_out.append(r["kommune"])

    status = []
    for code, kind in coverage.items():
        if kind == "partial" and code in lists:
            status.append([int(code), "foreløbig", None, "delvise tal: ikke alle lister eller stemmetal kendes"])

    wb = Workbook()
    wb.remove(wb.active)
    sheet(wb, "stemmer", ["kommunekode", "kommune", "liste", "navn", "stemmer", "mandater"], votes)
    sheet(wb, "borgmestre", ["kommunekode", "kommune", "liste", "navn"], mayors)
    sheet(wb, "listesamarbejder", ["kommune", "liste", "listesamarbejde"], [])
    sheet(wb, "valgforbund", ["kkr", "valgforbund", "parti"], [])
    sheet(wb, "optaelling", ["kommune", "status", "afgivne_stemmer", "note"], status)
    counted = len(lists)
    about = [
        ["KV2025 (kommunalvalget 18. november 2025) — indsamlede tal, IKKE de officielle valg.dk-tal."],
        ["Kilde: offentlige kopier af Wikipedia-artiklerne '2025 <kommune> municipal election' og nyhedsartikler"],
        ["(november–december 2025); se data/kv2025/ og data/README.md i kkrvalg."],
        [
            f"Stemmetal for {counted} af 98 kommuner; {len(status)} af dem kun delvist (markeret foreløbig i 'optaelling')."
        ],
        ["Lister uden mandat mangler for det meste, så stemmesummerne er lavere end de gyldige stemmer."],
        [
            "Rækker med kendte mandater men ukendte stemmetal er udeladt: "
            + "; ".join(f"{k}: {', '.join(v)}" for k, v in sorted(seats_only.items()))
        ],
        ["Borgmestre (2026–2029, foreløbige kilder) er udeladt, hvor kommunens stemmetal eller borgmesterens liste"],
        [f"mangler: {', '.join(sorted(left_out))}."],
        [
            "Ingen kilde viser medlemmer af listesamarbejdet 'Lokallisterne i Danmark': arket er tomt, og lokallister tæller"
        ],
        ["derfor ikke som partier (R3). Intet KKR er komplet: alle resultater er FORELØBIGE."],
    ]
    sheet(wb, "Om data", ["Om data"], about)
    wb["Om data"].column_dimensions["A"].width = 110
    wb.save(TARGET)
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(votes)} list rows, {len(mayors)} mayors, {counted} municipalities")


if __name__ == "__main__":
    main()
