"""The bundled reference tables: the KKR geography, the national party letters (R3), their colours and order."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

from ..model import Municipality


def _reference_file(name: str) -> str:
    """The file from the installed package, or from the source tree's ``data/`` in a development install."""
    packaged = resources.files("kkrvalg").joinpath("_reference", name)
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parents[2] / "data" / name).read_text(encoding="utf-8")


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(_reference_file(name).splitlines()))


def bundled_municipalities() -> tuple[Municipality, ...]:
    return tuple(
        Municipality(code=int(r["kommunekode"]), name=r["kommune"], kkr=r["kkr"]) for r in _rows("kommuner.csv")
    )


def bundled_parties() -> dict[str, str]:
    return {r["liste"]: r["navn"] for r in _rows("partier.csv")}


def bundled_uncertain_parties() -> tuple[str, ...]:
    """The letters whose standing as a party (R3) is uncertain (``usikker``): their effect is checked."""
    from .cells import parse_yes

    return tuple(
        r["liste"] for r in _rows("partier.csv") if (r.get("usikker") or "").strip() and parse_yes(r["usikker"])
    )


def bundled_colours() -> dict[str, str]:
    """The national parties' colours (``liste`` to ``#rrggbb``) for the seat diagram and charts."""
    return {r["liste"]: r["farve"] for r in _rows("partifarver.csv")}


def bundled_party_order() -> tuple[str, ...]:
    """The national letters from left to right, the order of the parties in the seat diagrams."""
    return tuple(r["liste"] for r in _rows("partiorden.csv"))
