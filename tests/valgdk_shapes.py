"""Builders of valg.dk-shaped files (the documented JSON keys and file names) for fixtures and tests."""

from __future__ import annotations

import json
from pathlib import Path

VALGDAG = "18-11-2025"


def district(
    code: int,
    municipality: str,
    number: int,
    lists: list[tuple[str, str, int]],
    *,
    released: str = "19-11-2025 01:30:00",
    result_kind: str = "Fintælling",
    blank: int = 12,
    valid: int | None = None,
    ascii_keys: bool = False,
    election: str = "Kommunalvalg",
    day: str = VALGDAG,
    candidates: dict[str, int] | None = None,
) -> dict:
    """One polling district: ``lists`` are (letter, name, votes); a list's votes split into list votes and the
    personal votes of its candidates (one, or ``candidates[letter]``)."""
    counted = result_kind != "IngenResultater"
    total = sum(v for _, _, v in lists) if counted else 0
    document = {
        "Valgart": election,
        "Valgdag": day,
        "Kommune": municipality,
        "Kommunekode": code,
        "Afstemningsområde": f"{number}. Område {number}",
        "AfstemningsområdeNummer": number,
        "AfstemningsområdeDagiId": code * 1000 + number,
        "AntalStemmeberettigedeVælgere": 2 * total + 100,
        "AfgivneStemmer": total + blank if counted else 0,
        "GyldigeStemmer": (total if valid is None else valid) if counted else 0,
        "UgyldigeStemmerUdoverBlanke": 0,
        "BlankeUgyldigeFremmødteStemmer": blank if counted else 0,
        "BlankeUgyldigeBrevstemmer": 0,
        "Resultatart": result_kind,
        "FrigivelsesTidspunktUTC": released,
        "Kandidatlister": [
            {
                "KandidatlisteId": 100 + i,
                "Bogstavbetegnelse": letter,
                "Navn": name,
                "Stemmer": votes if counted else 0,
                "Listestemmer": votes // 3 if counted else 0,
                "Kandidater": [
                    {
                        "Id": 1000 + 100 * i + j,
                        "Stemmeseddelnavn": f"Kandidat {j + 1} {letter or name}",
                        "Stemmer": _share(votes - votes // 3, j, (candidates or {}).get(letter, 1)) if counted else 0,
                    }
                    for j in range((candidates or {}).get(letter, 1))
                ],
            }
            for i, (letter, name, votes) in enumerate(lists)
        ],
    }
    if ascii_keys:
        document = {
            k.replace("område", "omraade").replace("Område", "Omraade").replace("Vælgere", "Vaelgere"): v
            for k, v in document.items()
        }
    return document


def _share(votes: int, j: int, parts: int) -> int:
    """Candidate ``j``'s part of ``votes`` split as evenly as possible over ``parts`` candidates."""
    return votes // parts + (j < votes % parts)


def seat_allocation(
    code: int,
    municipality: str,
    seats: list[tuple[str, str, int]],
    *,
    released: str = "19-11-2025 03:00:00",
    day: str = VALGDAG,
) -> dict:
    """``seats`` are (letter, name, seats won); each seat is one elected person, numbered 1, 2, …"""
    elected = []
    for letter, name, won in seats:
        for _ in range(won):
            elected.append(
                {
                    "Nummer": len(elected) + 1,
                    "NummerAnførtPåListen": 1,
                    "KandidatId": 5000 + len(elected),
                    "Stemmeseddelnavn": f"Valgt {len(elected) + 1}",
                    "KandidatlisteId": 100,
                    "KandidatlisteNavn": name,
                    "Bogstavbetegnelse": letter,
                }
            )
    return {
        "Valgart": "Kommunalvalg",
        "Valgdag": day,
        "Kommunekode": code,
        "Kommune": municipality,
        "Resultatart": "Fintælling",
        "FrigivelsesTidspunktUTC": released,
        "PersonligeMandater": elected,
        "ListeMandater": [],
        "Kandidatliste": [
            {"KandidatlisteId": 100 + i, "KandidatlisteNavn": name, "Bogstavbetegnelse": letter, "Stedfortrædere": []}
            for i, (letter, name, _) in enumerate(seats)
        ],
    }


def file_stamp(released: str) -> str:
    day, time = released.split(" ")
    return day.replace("-", "") + time.replace(":", "")[:4]


def write(root: Path, document: dict, *, bom: bool = False, hash_file: bool = True) -> Path:
    """Save a document under its valg.dk file name (results or seats), with its sibling ``.hash`` file."""
    released = document["FrigivelsesTidspunktUTC"]
    if "PersonligeMandater" in document:
        path = (
            root / "mandatfordeling" / f"mandatfordeling-Kommunalvalg-{document['Kommune']}-{file_stamp(released)}.json"
        )
    else:
        area = document.get("Afstemningsområde") or document.get("Afstemningsomraade")
        path = (
            root
            / "valgresultater"
            / (f"valgresultater-Kommunalvalg-{document['Kommune']}-{area}-{file_stamp(released)}.json")
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(document, ensure_ascii=False, indent=1)
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    if hash_file:
        path.with_name(path.name + ".hash").write_text("0" * 64, encoding="ascii")
    return path
