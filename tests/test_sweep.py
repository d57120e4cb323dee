"""The second sweep of bad input, as a table: every kind of odd or bad input a hostile new user tried.

Each row gives the command line (files built in a fresh folder), the exit code it must end with and what the
output must say. Every row must end in under 30 s with no traceback; a refusal (exit 2) must leave every file
as it was and no temporary file behind. A row that expects a result checks the result, so that a silent wrong
result fails as surely as a crash.
"""

from __future__ import annotations

import json
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from helpers import BUNDLED, FIXTURES, ended, formand_tie_sheets, run, small_sheets, write_workbook
from sweep_inputs import (
    CODES,
    DRAGOER_1,
    DRAGOER_2,
    LAESOE_SEATS,
    a_folder,
    append_list,
    both,
    cell,
    csv_export,
    drop,
    folder,
    many_parties,
    missing,
    pooled,
    profile,
    put,
    rows,
    status,
    text_file,
    three_parties,
    tree,
    tree_raw,
    valgforbund,
    valgk3,
    with_codes,
    xlsx,
)

ZWSP, ZWNJ, ZWJ, SHY, WJ, BOM, NBSP = "\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u00a0"
INVISIBLE = {"ZWSP": ZWSP, "ZWNJ": ZWNJ, "ZWJ": ZWJ, "SHY": SHY, "WJ": WJ, "BOM": BOM, "NBSP": NBSP}


@dataclass(frozen=True)
class Case:
    """One kind of input: the command line (callables build their file in the test's folder), the exit code,
    texts the output must contain and, for a result, a check of what it printed (stdout, folder)."""

    id: str
    args: tuple[Any, ...]
    code: int
    expect: tuple[str, ...] = ()
    check: Callable[[str, Path], None] | None = None
    absent: tuple[str, ...] = field(default=())

    def command(self, tmp: Path) -> list[str]:
        return [str(a(tmp) if callable(a) else a) for a in self.args]


def nord(stdout: str) -> dict[str, dict]:
    """The parties of KKR Nord in ``allocate --format json``."""
    document = json.loads(stdout)
    return {p["party"]: p for p in next(k for k in document["kkr"] if k["kkr"] == "Nord")["parties"]}


def same_as(reference: Callable[[], dict], *extra: str) -> Callable[[str, Path], None]:
    """The JSON result equals that of the unmutated input (``reference`` builds its sheets)."""

    def check(stdout: str, tmp: Path) -> None:
        path = write_workbook(tmp / "reference.xlsx", reference())
        expected = run("allocate", path, "--format", "json", *extra)
        assert _result(stdout) == _result(expected.stdout)

    return check


def _result(stdout: str) -> list:
    """What a calculation gives, per KKR (the composition, the seats, the chair), without where it came from —
    nor the people: whom each party can elect and the mayors' names, which an input with its elected members
    adds."""
    bodies = json.loads(stdout)["kkr"]
    for body in bodies:
        for party in body["parties"]:
            party.pop("eligible_members")
        for seat in body["seats"]:
            seat.pop("name")
    return bodies


def kkr_names(expected: list[str]) -> Callable[[str, Path], None]:
    def check(stdout: str, tmp: Path) -> None:
        assert [k["kkr"] for k in json.loads(stdout)["kkr"]] == expected

    return check


def chair_is(formand: str, naestformand: str) -> Callable[[str, Path], None]:
    def check(stdout: str, tmp: Path) -> None:
        chair = json.loads(stdout)["kkr"][0]
        chair = chair.get("chair", chair)
        assert (chair["formand"], chair["naestformand"]) == (formand, naestformand)

    return check


def workbook_rows(name: str, sheet: str, expected: list[tuple]) -> Callable[[str, Path], None]:
    def check(stdout: str, tmp: Path) -> None:
        found = [r for r in load_workbook(tmp / name)[sheet].iter_rows(min_row=2, values_only=True)]
        assert [r for r in found if r[0] is not None] == expected

    return check


def text_cells(name: str, texts: tuple[str, ...]) -> Callable[[str, Path], None]:
    """Every cell of the workbook holding one of ``texts`` (or ending in one) is a text cell, never a formula."""

    def check(stdout: str, tmp: Path) -> None:
        workbook = load_workbook(tmp / name)
        found = [
            c
            for ws in workbook.worksheets
            for row in ws.iter_rows()
            for c in row
            if isinstance(c.value, str) and c.value.startswith(tuple(t[:2] for t in texts))
        ]
        assert found and all(c.data_type == "s" for c in found), [(c.coordinate, c.data_type) for c in found]

    return check


def nord_votes(party: str, votes: int) -> Callable[[str, Path], None]:
    def check(stdout: str, tmp: Path) -> None:
        assert nord(stdout)[party]["votes"] == votes

    return check


def nothing_written(*names: str) -> Callable[[str, Path], None]:
    def check(stdout: str, tmp: Path) -> None:
        assert not any((tmp / n).exists() for n in names)

    return check


SMALL = xlsx()
NO_VOTES_IN_VEST = rows("kommuner", [904, "Ølby", "Vest"])  # election night: no result yet in KKR Vest
HOSTILE = '=HYPERLINK("http://example.invalid","klik")'

# A. Names that collide: a valgforbund or listesamarbejde named like a party, a national party pooled.
COLLIDE = [
    Case(
        "valgforbund-named-A-of-V-and-Ø",
        ("chair", xlsx(valgforbund(("Nord", "A", "V"), ("Nord", "A", "Ø")), three_parties), "--kkr", "Nord"),
        2,
        ("ark 'valgforbund', række 2", "Valgforbundet 'A' hedder som partiet A"),
    ),
    Case(
        "valgforbund-named-a-lowercase",
        ("chair", xlsx(valgforbund(("Nord", "a", "V"), ("Nord", "a", "Ø")), three_parties)),
        2,
        ("Valgforbundet 'a' hedder som partiet A",),
    ),
    Case(
        "valgforbund-named-C-of-A-and-V",
        ("chair", xlsx(valgforbund(("Nord", "C", "A"), ("Nord", "C", "V")), three_parties)),
        2,
        ("Valgforbundet 'C' hedder som partiet C",),
    ),
    Case(
        "valgforbund-named-cyrillic-A",
        ("chair", xlsx(valgforbund(("Nord", "А", "V"), ("Nord", "А", "Ø")), three_parties)),
        2,
        ("hedder som partiet A",),
    ),
    Case(
        "valgforbund-named-like-a-listesamarbejde",
        (
            "chair",
            xlsx(
                both(
                    pooled(("Åby", "L", "Lokallisterne i Danmark")),
                    valgforbund(("Nord", "lokallisterne i danmark", "V"), ("Nord", "lokallisterne i danmark", "Ø")),
                ),
                three_parties,
            ),
        ),
        2,
        ("hedder som partiet Lokallisterne i Danmark",),
    ),
    Case(
        "valgforbund-named-by-members-is-fine",
        ("chair", xlsx(valgforbund(("Nord", "V+Ø", "V"), ("Nord", "V+Ø", "Ø")), three_parties), "--format", "json"),
        0,
        check=chair_is("V", "A"),
    ),
    Case(
        "valgforbund-name-in-two-cases-is-one",
        (
            "chair",
            xlsx(valgforbund(("Nord", "Rød blok", "A"), ("Nord", "rød  BLOK", "Ø")), three_parties),
            "--format",
            "json",
        ),
        0,
        check=chair_is("A", "V"),
    ),
    Case(
        "valgforbund-kkr-with-prefix-and-case",
        ("chair", xlsx(valgforbund(("kkr nord", "X", "A"), ("KKR Nord", "X", "Ø")), three_parties), "--format", "json"),
        0,
        check=chair_is("A", "V"),
    ),
    Case(
        "valgforbund-unknown-kkr-names-its-row",
        ("chair", xlsx(valgforbund(("Nord", "X", "A"), ("Nordd", "X", "Ø")), three_parties)),
        2,
        ("ark 'valgforbund', række 3", "KKR 'Nordd' findes ikke"),
    ),
    Case(
        "valgforbund-party-in-two-names-its-row",
        (
            "chair",
            xlsx(
                valgforbund(("Nord", "X", "A"), ("Nord", "X", "Ø"), ("Nord", "Y", "a"), ("Nord", "Y", "V")),
                three_parties,
            ),
        ),
        2,
        ("ark 'valgforbund', række 4", "A står både i valgforbundet X (række 2) og Y"),
    ),
    Case(
        "valgforbund-party-twice-names-its-row",
        ("chair", xlsx(valgforbund(("Nord", "X", "A"), ("Nord", "X", "Ø"), ("Nord", "X", "a")), three_parties)),
        2,
        ("ark 'valgforbund', række 4", "A står allerede i valgforbundet X (række 2)"),
    ),
    Case(
        "valgforbund-unrepresented-names-its-row",
        ("chair", xlsx(valgforbund(("Nord", "X", "A"), ("Nord", "X", "C")), three_parties)),
        2,
        ("ark 'valgforbund', række 3", "C er ikke repræsenteret i KKR Nord"),
    ),
    Case(
        "valgforbund-of-one-names-its-row",
        ("chair", xlsx(valgforbund(("Nord", "X", "A")), three_parties)),
        2,
        ("ark 'valgforbund', række 2", "Valgforbundet X har færre end 2 partier"),
    ),
    Case(
        "validate-valgforbund-names-its-row",
        ("validate", xlsx(valgforbund(("Nord", "X", "A"), ("Nord", "X", "C")), three_parties)),
        2,
        ("ark 'valgforbund', række 3", "C er ikke repræsenteret"),
    ),
    Case(
        "listesamarbejde-named-V",
        ("allocate", xlsx(pooled(("Åby", "L", "V")))),
        2,
        ("ark 'listesamarbejder', række 2", "Listesamarbejdet 'V' hedder som partibogstavet V"),
    ),
    Case(
        "listesamarbejde-named-v-lowercase",
        ("allocate", xlsx(pooled(("Åby", "L", "v")))),
        2,
        ("hedder som partibogstavet V",),
    ),
    Case(
        "listesamarbejde-named-cyrillic-B",
        ("allocate", xlsx(pooled(("Åby", "L", "В")))),
        2,
        ("hedder som partibogstavet B",),
    ),
    Case(
        "listesamarbejde-pools-a-national-party",
        ("allocate", xlsx(pooled(("Åby", "L", "Lokallisterne"), ("Østerby", "Ø", "Lokallisterne")))),
        2,
        ("ark 'listesamarbejder', række 3", "Ø (Enhedslisten) er et landsparti og kan ikke indgå"),
    ),
    Case(
        "listesamarbejde-pools-a-lowercase-national-party",
        ("allocate", xlsx(pooled(("Østerby", "ø", "Lokallisterne")))),
        2,
        ("Ø (Enhedslisten) er et landsparti",),
    ),
    Case(
        "listesamarbejde-in-two-cases-is-one-party",
        (
            "allocate",
            xlsx(
                both(
                    rows("stemmer", ["Østerby", "N", "Nordlisten", 900, 2]),
                    pooled(("Åby", "L", "Lokallisterne i Danmark"), ("Østerby", "N", "LOKALLISTERNE I  DANMARK")),
                )
            ),
            "--format",
            "json",
        ),
        0,
        check=nord_votes("Lokallisterne i Danmark", 2400),
    ),
    Case(
        "listesamarbejde-letter-lowercase-is-the-list",
        ("allocate", xlsx(pooled(("Åby", "l", "Lokallisterne i Danmark"))), "--format", "json"),
        0,
        check=nord_votes("Lokallisterne i Danmark", 1500),
    ),
]

COLLIDE.append(
    Case(
        "valgforbund-member-a-listesamarbejde-with-a-digit",
        (
            "chair",
            xlsx(
                both(
                    pooled(("Åby", "L", "Lokallisterne 2025")),
                    valgforbund(("Nord", "X", "A"), ("Nord", "X", "lokallisterne 2025")),
                ),
                three_parties,
            ),
        ),
        2,
        ("ark 'valgforbund', række 3", "Lokallisterne 2025 er ikke repræsenteret i KKR Nord"),
        absent=("cifret",),
    )
)

# B. Invisible characters and digits: refused by code point wherever they are, or harmless and the same result.
INVISIBLE_CASES = [
    *[
        Case(
            f"letter-with-{name}",
            ("allocate", xlsx(cell("stemmer", 2, 1, "V" + char))),
            2,
            ("ark 'stemmer', række 3, kolonne 'liste'", f"U+{ord(char):04X}"),
        )
        for name, char in INVISIBLE.items()
        if name != "NBSP"
    ],
    Case(
        "letter-with-NBSP-around-is-the-letter",
        ("allocate", xlsx(cell("stemmer", 2, 1, NBSP + "V" + NBSP)), "--format", "json"),
        0,
        check=same_as(small_sheets),
    ),
    Case(
        "letter-with-NBSP-inside",
        ("allocate", xlsx(cell("stemmer", 3, 1, "L" + NBSP + "L"))),
        2,
        ("kolonne 'liste'", "U+00A0"),
    ),
    Case(
        "letter-zero-for-O", ("allocate", xlsx(cell("stemmer", 6, 1, "0"))), 2, ("'0' indeholder cifret 0", "række 7")
    ),
    Case("letter-a-number", ("allocate", xlsx(cell("stemmer", 6, 1, 0))), 2, ("'0' indeholder cifret 0",)),
    Case("letter-V1", ("allocate", xlsx(cell("stemmer", 2, 1, "V1"))), 2, ("'V1' indeholder cifret 1",)),
    Case(
        "letter-zero-in-a-csv-folder",
        ("allocate", folder(cell("stemmer", 6, 1, "0"))),
        2,
        ("fil stemmer.csv, ark 'stemmer', række 7, kolonne 'liste'", "cifret 0"),
    ),
    Case(
        "letter-ZWSP-in-a-csv-folder",
        ("allocate", folder(cell("stemmer", 2, 1, "V" + ZWSP))),
        2,
        ("fil stemmer.csv", "U+200B"),
    ),
    Case(
        "letter-BOM-in-the-middle-of-a-csv-file",
        ("allocate", folder(cell("stemmer", 2, 1, BOM + "V"))),
        2,
        ("U+FEFF",),
    ),
    Case(
        "mayor-letter-with-SHY",
        ("allocate", xlsx(cell("borgmestre", 1, 1, "A" + SHY))),
        2,
        ("ark 'borgmestre', række 2, kolonne 'liste'", "U+00AD"),
    ),
    Case(
        "pooled-letter-with-WJ",
        ("allocate", xlsx(pooled(("Åby", "L" + WJ, "Lokallisterne")))),
        2,
        ("ark 'listesamarbejder'", "U+2060"),
    ),
    Case(
        "listesamarbejde-name-with-ZWJ",
        ("allocate", xlsx(pooled(("Åby", "L", "Lokal" + ZWJ + "listerne")))),
        2,
        ("kolonne 'listesamarbejde'", "U+200D"),
    ),
    Case(
        "valgforbund-party-with-ZWNJ",
        ("chair", xlsx(valgforbund(("Nord", "X", "A" + ZWNJ), ("Nord", "X", "Ø")), three_parties)),
        2,
        ("kolonne 'parti'", "U+200C"),
    ),
    Case(
        "valgforbund-name-with-ZWSP",
        ("chair", xlsx(valgforbund(("Nord", "X" + ZWSP, "A"), ("Nord", "X", "Ø")), three_parties)),
        2,
        ("kolonne 'valgforbund'", "U+200B"),
    ),
    Case(
        "party-sheet-letter-with-ZWSP",
        ("allocate", xlsx(rows("partier", ["A" + ZWSP, "Socialdemokratiet"], header=["liste", "navn"]))),
        2,
        ("ark 'partier'", "U+200B"),
    ),
    Case(
        "municipality-name-with-ZWSP",
        ("allocate", xlsx(cell("stemmer", 1, 0, "Åby" + ZWSP))),
        2,
        ("kolonne 'kommune'", "U+200B"),
    ),
    Case(
        "kkr-name-with-ZWSP",
        ("allocate", xlsx(cell("kommuner", 2, 2, "Nord" + ZWSP))),
        2,
        ("ark 'kommuner', række 3, kolonne 'kkr'", "U+200B"),
    ),
    Case(
        "list-name-with-SHY",
        ("allocate", xlsx(cell("stemmer", 3, 2, "Lokal" + SHY + "listen"))),
        2,
        ("kolonne 'navn'", "U+00AD"),
    ),
    Case(
        "list-name-in-full-width-letters",
        ("allocate", xlsx(cell("stemmer", 3, 2, "Ｌｏｋａｌｌｉｓｔｅｎ"))),
        2,
        ("kolonne 'navn'", "har tegn i en særlig form (U+FF2C"),
    ),
    Case(
        "listesamarbejde-with-a-ligature",
        (
            "allocate",
            xlsx(pooled(("Åby", "L", "Lokallisterne i Danmark"), ("Østerby", "Ø", "Lokallisterne i Danmarkﬁ"))),
        ),
        2,
        ("U+FB01",),
    ),
    Case(
        "valgdk-letterless-list-in-full-width",
        (
            "import",
            "valgdk",
            tree((DRAGOER_2, put("Ｓｙｄａｍａｇｅｒｌｉｓｔｅｎ", "Kandidatlister", 3, "Navn"))),
            "-o",
            missing("o.xlsx"),
        ),
        2,
        ("Kandidatlister[3].Navn", "har tegn i en særlig form"),
    ),
    Case(
        "votes-with-ZWSP",
        ("allocate", xlsx(cell("stemmer", 1, 3, "5" + ZWSP + "000"))),
        2,
        ("kolonne 'stemmer'", "U+200B"),
    ),
    Case(
        "votes-with-NBSP-thousands-separator-are-fine",
        ("allocate", xlsx(cell("stemmer", 1, 3, "5" + NBSP + "000")), "--format", "json"),
        0,
        check=same_as(small_sheets),
    ),
    Case(
        "sheet-name-with-ZWSP",
        ("allocate", xlsx(lambda s: s.update({"stemmer" + ZWSP: s.pop("stemmer")}))),
        2,
        ("Arket 'stemmer' har usynlige tegn i sit navn (U+200B)",),
    ),
    Case(
        "sheet-name-with-BOM",
        ("allocate", xlsx(lambda s: s.update({BOM + "borgmestre": s.pop("borgmestre")}))),
        2,
        ("Arket 'borgmestre' har usynlige tegn", "U+FEFF"),
    ),
    Case(
        "header-with-ZWSP",
        ("allocate", xlsx(cell("stemmer", 0, 1, "liste" + ZWSP))),
        2,
        ("ark 'stemmer'", "Overskriften 'liste' i kolonne 2 har usynlige tegn (U+200B)"),
    ),
    Case(
        "header-with-SHY-in-a-csv-folder",
        ("allocate", folder(cell("borgmestre", 0, 0, "kom" + SHY + "mune"))),
        2,
        ("fil borgmestre.csv", "Overskriften 'kommune' i kolonne 1", "U+00AD"),
    ),
    Case(
        "validate-lists-invisible-characters",
        ("validate", xlsx(both(cell("stemmer", 2, 1, "V" + ZWSP), cell("borgmestre", 1, 1, "A" + SHY)))),
        2,
        ("2 problemer", "U+200B", "U+00AD"),
    ),
    Case(
        "option-kkr-with-ZWSP",
        ("allocate", SMALL, "--kkr", "Nord" + ZWSP),
        2,
        ("--kkr", "U+200B"),
    ),
    Case(
        "option-valgforbund-with-SHY",
        ("chair", xlsx(base=three_parties), "--kkr", "Nord", "--valgforbund", "A+" + SHY + "Ø"),
        2,
        ("--valgforbund", "U+00AD"),
    ),
    Case(
        "option-party-with-WJ",
        ("scenarios", SMALL, "--kkr", "Nord", "--party", "V" + WJ),
        2,
        ("--party", "U+2060"),
    ),
    Case(
        "option-valgforbund-cyrillic-C",
        ("chair", xlsx(base=three_parties), "--kkr", "Nord", "--valgforbund", "А+Ø"),
        2,
        ("'А' (U+0410) ligner partibogstavet A",),
    ),
    Case(
        "option-party-cyrillic",
        ("scenarios", SMALL, "--kkr", "Nord", "--party", "А"),
        2,
        ("ligner partibogstavet A",),
    ),
    Case(
        "option-given-cyrillic",
        ("scenarios", xlsx(base=three_parties), "--kkr", "Nord", "--given", "V+Ø", "--given", "А+V"),
        2,
        ("ligner partibogstavet A",),
    ),
    Case(
        "option-lot-cyrillic",
        ("allocate", xlsx(base=formand_tie_sheets), "--lot", "А"),
        2,
        ("ligner partibogstavet A",),
    ),
    Case(
        "option-valgforbund-lowercase-is-fine",
        ("chair", xlsx(base=three_parties), "--kkr", "nord", "--valgforbund", "v+ø", "--format", "json"),
        0,
        check=chair_is("V", "A"),
    ),
]

# C. One thing spelt several ways: one KKR, one municipality, one list.
SPELLINGS = [
    Case(
        "kkr-in-three-spellings-is-one",
        (
            "allocate",
            xlsx(
                both(
                    cell("kommuner", 1, 2, "Nord"), cell("kommuner", 2, 2, "KKR nord"), cell("kommuner", 3, 2, " SYD ")
                )
            ),
            "--format",
            "json",
        ),
        0,
        check=kkr_names(["Nord", "SYD"]),
    ),
    Case(
        "kkr-ascii-spelling-is-one",
        (
            "allocate",
            xlsx(both(rows("kommuner", [904, "Ølby", "Sjælland"], [905, "Æby", "sjaelland"]))),
            "--format",
            "json",
        ),
        0,
        check=kkr_names(["Nord", "Syd", "Sjælland"]),
    ),
    Case(
        "kkr-one-letter-off",
        ("allocate", xlsx(cell("kommuner", 2, 2, "Nrod"))),
        2,
        ("ark 'kommuner', række 3", "KKR 'Nrod' (række 3) er ét tegn fra 'Nord'. Mente du Nord?"),
    ),
    Case(
        "kkr-one-letter-missing",
        ("allocate", xlsx(rows("kommuner", [904, "Ølby", "Syyd"]))),
        2,
        ("Mente du Syd?",),
    ),
    Case(
        "municipality-name-with-two-codes",
        ("allocate", xlsx(rows("kommuner", [904, "Åby", "Nord"]))),
        2,
        ("Åby har både kommunekode 901 (række 2) og 904",),
    ),
    Case(
        "municipality-name-in-another-spelling-with-two-codes",
        ("allocate", xlsx(rows("kommuner", [904, "aaby kommune", "Nord"]))),
        2,
        ("har både kommunekode 901",),
    ),
    Case(
        "code-with-two-names",
        ("allocate", xlsx(rows("kommuner", [901, "Bøgeby", "Nord"]))),
        2,
        ("Kommunekode 901 står både som Åby (række 2) og Bøgeby",),
    ),
    Case(
        "code-twice-with-the-same-name-is-fine",
        ("allocate", xlsx(rows("kommuner", [901, "Åby", "Nord"])), "--format", "json"),
        0,
        check=same_as(small_sheets),
    ),
    Case(
        "kommune-and-kommunekode-disagree-in-stemmer",
        ("allocate", xlsx(both(with_codes("stemmer", CODES), cell("stemmer", 2, 0, 902)))),
        2,
        ("ark 'stemmer', række 3", "Kolonnen 'kommune' siger Åby (Åby), men 'kommunekode' 902 er Østerby"),
    ),
    Case(
        "kommune-and-kommunekode-disagree-in-borgmestre",
        ("allocate", xlsx(both(with_codes("borgmestre", CODES), cell("borgmestre", 3, 0, 901)))),
        2,
        ("ark 'borgmestre', række 4", "'kommunekode' 901 er Åby"),
    ),
    Case(
        "kommune-and-kommunekode-disagree-in-optaelling",
        ("allocate", xlsx(both(status(("Åby", "endelig", None)), with_codes("optaelling", {"Åby": 903})))),
        2,
        ("ark 'optaelling'", "'kommunekode' 903 er Ærø Sogn"),
    ),
    Case(
        "kommune-and-kommunekode-agree",
        ("allocate", xlsx(with_codes("stemmer", CODES)), "--format", "json"),
        0,
        check=same_as(small_sheets),
    ),
    Case(
        "kommune-and-kommunekode-agree-in-another-spelling",
        (
            "allocate",
            xlsx(both(with_codes("stemmer", CODES), cell("stemmer", 1, 1, "ÅBY KOMMUNE"))),
            "--format",
            "json",
        ),
        0,
        check=same_as(small_sheets),
    ),
    Case(
        "local-letter-in-two-cases-twice",
        ("allocate", xlsx(rows("stemmer", ["Åby", "l", "Lokallisten", 10, 0]))),
        2,
        ("Liste L i Åby står to gange (også i række 4)",),
    ),
    Case(
        "mayor-local-letter-lowercase-is-the-list",
        ("allocate", xlsx(cell("borgmestre", 1, 1, "l")), "--format", "json"),
        0,
        check=lambda out, tmp: nord(out)["Lokallisten (Åby)"]["mayors"] == 1 or pytest.fail("L's mayor"),
    ),
    Case(
        "mayor-letter-lowercase-is-the-letter",
        ("allocate", xlsx(cell("borgmestre", 2, 1, "a")), "--format", "json"),
        0,
        check=same_as(small_sheets),
    ),
    Case(
        "municipality-names-in-other-spellings",
        (
            "allocate",
            xlsx(both(cell("stemmer", 1, 0, "aaby"), cell("borgmestre", 2, 0, "OESTERBY KOMMUNE"))),
            "--format",
            "json",
        ),
        0,
        check=same_as(small_sheets),
    ),
]


def _import_then_allocate(name: str) -> Callable[[str, Path], None]:
    """The workbook the import wrote is one that ``validate`` accepts (it never writes what ``allocate`` refuses)."""

    def check(stdout: str, tmp: Path) -> None:
        assert ended(run("validate", tmp / name), 0)

    return check


# D. Figures that contradict each other.
FIGURES = [
    Case(
        "ballots-below-valid-votes",
        ("allocate", xlsx(status(("Åby", "endelig", 9000)))),
        2,
        ("ark 'optaelling', række 2", "Åby: afgivne stemmer 9000 er færre end de 9500 gyldige stemmer"),
    ),
    Case(
        "ballots-equal-to-valid-votes-are-fine",
        ("allocate", xlsx(status(("Åby", "endelig", 9500))), "--format", "json"),
        0,
        check=same_as(small_sheets),
    ),
    Case(
        "ballots-below-valid-with-ballots-cast-rule",
        (
            "allocate",
            xlsx(status(("Åby", "endelig", 100), ("Østerby", "endelig", 6000))),
            "--rules",
            profile('threshold_denominator = "ballots_cast"\n'),
        ),
        2,
        ("afgivne stemmer 100 er færre",),
    ),
    Case(
        "one-municipality-final-and-preliminary",
        ("allocate", xlsx(status(("Åby", "endelig", None), ("aaby", "foreløbig", None)))),
        2,
        ("ark 'optaelling', række 3", "Åby har to rækker i optællingen (også række 2)"),
    ),
    Case(
        "one-municipality-twice-final",
        ("validate", xlsx(status(("Åby", "endelig", None), ("901", "endelig", None)))),
        2,
        ("Åby har to rækker",),
    ),
    Case(
        "valgdk-district-code-of-another-municipality",
        ("import", "valgdk", tree((DRAGOER_2, put(825, "Kommunekode"))), "-o", missing("out.xlsx")),
        2,
        ("Dragør-2. Område 2", "Kommunekode 825 er Læsø, men nøglen Kommune siger Dragør"),
        check=nothing_written("out.xlsx"),
    ),
    Case(
        "valgdk-district-code-disagrees-with-the-file-name",
        (
            "import",
            "valgdk",
            tree((DRAGOER_2, put(825, "Kommunekode")), (DRAGOER_2, put("Læsø", "Kommune"))),
            "-o",
            missing("out.xlsx"),
        ),
        2,
        ("Kommunekode 825 er Læsø, men filnavnet siger Dragør",),
    ),
    Case(
        "valgdk-seat-file-code-of-another-municipality",
        ("import", "valgdk", tree((LAESOE_SEATS, put(155, "Kommunekode"))), "-o", missing("out.xlsx")),
        2,
        ("Kommunekode 155 er Dragør, men",),
    ),
    Case(
        "valgdk-list-twice-in-one-district",
        ("import", "valgdk", tree((DRAGOER_2, append_list("A", "Socialdemokratiet", 10))), "-o", missing("out.xlsx")),
        2,
        ("Liste A står to gange i afstemningsområdet 2. Område 2",),
    ),
    Case(
        "valgdk-list-twice-in-another-case",
        ("import", "valgdk", tree((DRAGOER_2, append_list("a", "Socialdemokratiet", 10))), "-o", missing("out.xlsx")),
        2,
        ("Liste A står to gange",),
    ),
    Case(
        "valgdk-one-letter-two-names",
        (
            "import",
            "valgdk",
            tree((DRAGOER_1, append_list("L", "Lokallisten", 10)), (DRAGOER_2, append_list("L", "Borgerlisten", 10))),
            "-o",
            missing("out.xlsx"),
        ),
        2,
        ("Liste L i Dragør hedder 'Borgerlisten' her, men 'Lokallisten' i valgresultater/",),
    ),
    Case(
        "valgdk-one-letter-a-shorter-name-is-one-list",
        (
            "import",
            "valgdk",
            tree(
                (DRAGOER_1, append_list("L", "Lokallisten", 10)),
                (DRAGOER_2, append_list("L", "Lokallisten i Dragør", 10)),
            ),
            "-o",
            missing("out.xlsx"),
        ),
        0,
        check=lambda out, tmp: _import_then_allocate("out.xlsx")(out, tmp),
    ),
    Case(
        "valgdk-lowercase-letter-is-the-party",
        (
            "import",
            "valgdk",
            tree((DRAGOER_2, put("a", "Kandidatlister", 0, "Bogstavbetegnelse"))),
            "-o",
            missing("out.xlsx"),
        ),
        0,
        check=lambda out, tmp: _import_then_allocate("out.xlsx")(out, tmp),
    ),
    Case(
        "valgdk-letter-with-ZWSP",
        (
            "import",
            "valgdk",
            tree((DRAGOER_2, put("V" + ZWSP, "Kandidatlister", 1, "Bogstavbetegnelse"))),
            "-o",
            missing("out.xlsx"),
        ),
        2,
        ("Kandidatlister[1].Bogstavbetegnelse", "U+200B"),
    ),
    Case(
        "valgdk-letter-zero-for-O",
        (
            "import",
            "valgdk",
            tree((DRAGOER_2, put("0", "Kandidatlister", 1, "Bogstavbetegnelse"))),
            "-o",
            missing("out.xlsx"),
        ),
        2,
        ("'0' indeholder cifret 0",),
    ),
    Case(
        "valgdk-letter-cyrillic",
        (
            "import",
            "valgdk",
            tree((DRAGOER_2, put("С", "Kandidatlister", 2, "Bogstavbetegnelse"))),
            "-o",
            missing("out.xlsx"),
        ),
        2,
        ("ligner partibogstavet C",),
    ),
    Case(
        "valgdk-list-name-with-SHY",
        (
            "import",
            "valgdk",
            tree((DRAGOER_2, put("Venstre" + SHY, "Kandidatlister", 1, "Navn"))),
            "-o",
            missing("out.xlsx"),
        ),
        2,
        ("Kandidatlister[1].Navn", "U+00AD"),
    ),
    Case(
        "valgdk-member-letter-lowercase",
        (
            "import",
            "valgdk",
            tree((LAESOE_SEATS, put("a", "PersonligeMandater", 0, "Bogstavbetegnelse"))),
            "-o",
            missing("out.xlsx"),
        ),
        0,
        check=lambda out, tmp: _import_then_allocate("out.xlsx")(out, tmp),
    ),
    Case(
        "csv-import-A-and-a-are-one-row",
        (
            "import",
            "valgdk-csv",
            csv_export(["1;A;Socialdemokratiet;X;5", "2;a;Socialdemokratiet;Y;7"]),
            "-o",
            missing("o.xlsx"),
        ),
        0,
        check=workbook_rows("o.xlsx", "stemmer", [(155, "Dragør", "A", "Socialdemokratiet", 12, None)]),
    ),
    Case(
        "csv-import-q-and-Q-are-one-row",
        (
            "import",
            "valgdk-csv",
            csv_export(["1;Q;Kvarterlisten;X;5", "2;q;Kvarterlisten;Y;7"]),
            "-o",
            missing("o.xlsx"),
        ),
        0,
        check=workbook_rows("o.xlsx", "stemmer", [(155, "Dragør", "Q", "Kvarterlisten", 12, None)]),
    ),
    Case(
        "csv-import-one-letter-two-names",
        (
            "import",
            "valgdk-csv",
            csv_export(["1;Q;Kvarterlisten;X;5", "2;Q;Borgerlisten;Y;7"]),
            "-o",
            missing("o.xlsx"),
        ),
        2,
        ("Dragør.csv:3", "Liste Q i Dragør hedder 'Borgerlisten' her, men 'Kvarterlisten' i Dragør.csv:2"),
    ),
    Case(
        "csv-import-letter-zero",
        ("import", "valgdk-csv", csv_export(["1;0;Kvarterlisten;X;5"]), "-o", missing("o.xlsx")),
        2,
        ("række 2, kolonne 'Bogstavbetegnelse'", "cifret 0"),
    ),
    Case(
        "csv-import-letter-with-BOM",
        ("import", "valgdk-csv", csv_export(["1;A" + BOM + ";Socialdemokratiet;X;5"]), "-o", missing("o.xlsx")),
        2,
        ("U+FEFF",),
    ),
    Case(
        "csv-import-utf16-with-bom",
        ("import", "valgdk-csv", csv_export(["1;A;Socialdemokratiet;X;5"], encoding="utf-16"), "-o", missing("o.xlsx")),
        0,
        check=workbook_rows("o.xlsx", "stemmer", [(155, "Dragør", "A", "Socialdemokratiet", 5, None)]),
    ),
    Case(
        "csv-import-utf16-without-bom",
        (
            "import",
            "valgdk-csv",
            csv_export(["1;A;Socialdemokratiet;X;5"], encoding="utf-16-le"),
            "-o",
            missing("o.xlsx"),
        ),
        2,
        ("er hverken UTF-8, UTF-16 eller Windows-1252",),
        absent=("Ã", "ÿþ"),
    ),
    Case(
        "csv-folder-in-utf16-is-read",
        ("allocate", lambda tmp: _utf16_folder(tmp), "--format", "json"),
        0,
        check=same_as(small_sheets),
    ),
    Case(
        "csv-import-list-name-like-a-formula-stays-text",
        ("import", "valgdk-csv", csv_export([f"1;Q;{HOSTILE};X;5"]), "-o", missing("o.xlsx")),
        0,
        check=text_cells("o.xlsx", (HOSTILE,)),
    ),
]


def _utf16_folder(tmp: Path) -> Path:
    path = folder()(tmp)
    for file in path.iterdir():
        file.write_bytes(file.read_text(encoding="utf-8").encode("utf-16"))
    return path


# E. Checks that pass when nothing was checked.
CHECKS = [
    Case(
        "statbank-only-not-available-markers",
        ("check", "statbank", valgk3("Dragør;A. Socialdemokratiet;1;2025;..", "Læsø;V. Venstre;1;2025;.."), BUNDLED),
        1,
        ("0 partital sammenlignet", "Intet er sammenlignet", "2 rækker med gyldige stemmer har intet tal"),
    ),
    Case(
        "statbank-no-known-area",
        ("check", "statbank", valgk3("Atlantis;A. Socialdemokratiet;1;2025;100"), BUNDLED),
        1,
        ("Intet er sammenlignet", "ikke er en kommune, er ikke sammenlignet: Atlantis"),
    ),
    Case(
        "statbank-no-known-party",
        (
            "check",
            "statbank",
            valgk3("Dragør;Q. Kvarterlisten;1;2025;100", "Dragør;Lokallister i alt;1;2025;5"),
            BUNDLED,
        ),
        1,
        ("Dragør", "ikke er et landsparti i projektmappen, er ikke sammenlignet: Q. Kvarterlisten, Lokallister i alt"),
    ),
    Case(
        "statbank-unknown-areas-are-named-beside-a-comparison",
        ("check", "statbank", FIXTURES / "statbank" / "VALGK3.csv", BUNDLED),
        1,
        ("Hele landet, Region Hovedstaden", "EJR. Ikke-reserverede bogstaver i alt"),
    ),
    Case(
        "statbank-a-short-row",
        ("check", "statbank", valgk3("Dragør;A. Socialdemokratiet;1"), BUNDLED),
        2,
        ("række 2", "har 3 felter"),
    ),
    Case(
        "statbank-extract-a-folder",
        ("check", "statbank", a_folder("VALGK3.csv"), BUNDLED),
        2,
        ("er en mappe, ikke en fil", "VALGK3-udtræk"),
    ),
]

# F. Crashes and hangs: every value has a range, checked before anything starts.
BOUNDS = [
    Case("frist-year-1", ("frist", "0001-01-03"), 2, ("'0001-01-03' ligger uden for årene 1900–2100",)),
    Case("frist-year-9999", ("frist", "31.12.9999"), 2, ("uden for årene 1900–2100",)),
    Case("frist-1899", ("frist", "31.12.1899"), 2, ("uden for årene",)),
    Case("frist-1900-is-fine", ("frist", "08.01.1900"), 0, ("1900",)),
    Case("moede-year-1", ("allocate", SMALL, "--moede", "1.1.0001"), 2, ("uden for årene 1900–2100",)),
    Case("chair-moede-year-3000", ("chair", SMALL, "--moede", "3000-01-01"), 2, ("uden for årene",)),
    Case(
        "cap-factor-a-million",
        ("allocate", SMALL, "--rules", profile("cap_factor = 1000000\n")),
        2,
        ("'cap_factor' kan ikke være 1000000", "fra 1 til 10"),
    ),
    Case(
        "cap-factor-a-million-fill-cap",
        ("allocate", SMALL, "--rules", profile('stopping_rule = "fill_cap"\ncap_factor = 1000000\n')),
        2,
        ("fra 1 til 10",),
    ),
    Case(
        "cap-factor-11",
        ("allocate", SMALL, "--rules", profile("cap_factor = 11\n")),
        2,
        ("'cap_factor' kan ikke være 11",),
    ),
    Case(
        "cap-factor-10-fill-cap-runs",
        (
            "allocate",
            SMALL,
            "--rules",
            profile('stopping_rule = "fill_cap"\ncap_factor = 10\n'),
            "--seed",
            "1",
            "--format",
            "json",
        ),
        0,
        check=lambda out, tmp: nord(out)["V"]["members"] > 0 or pytest.fail("V"),
    ),
    Case(
        "board-seats-a-trillion",
        ("allocate", SMALL, "--organ", "bestyrelse", "--rules", profile("bestyrelse_seats = 1000000000000\n")),
        2,
        ("'bestyrelse_seats' kan ikke være 1000000000000", "fra 1 til 1000"),
    ),
    Case(
        "board-seats-1001",
        ("allocate", SMALL, "--organ", "bestyrelse", "--rules", profile("bestyrelse_seats = 1001\n")),
        2,
        ("fra 1 til 1000",),
    ),
    Case(
        "board-seats-1000-runs",
        (
            "allocate",
            SMALL,
            "--organ",
            "bestyrelse",
            "--rules",
            profile("bestyrelse_seats = 1000\n"),
            "--seed",
            "1",
            "--format",
            "json",
        ),
        0,
        check=lambda out, tmp: sum(p["members"] for p in json.loads(out)["parties"]) == 1000 or pytest.fail("1000"),
    ),
    Case(
        "representatives-cap-11",
        ("allocate", SMALL, "--organ", "repraesentantskab", "--rules", profile("repraesentantskab_cap_factor = 11\n")),
        2,
        ("fra 1 til 10",),
    ),
    Case(
        "valgforbund-minimum-31",
        ("chair", SMALL, "--rules", profile("valgforbund_min_parties = 31\n")),
        2,
        ("fra 2 til 30",),
    ),
    Case(
        "threshold-nan",
        ("allocate", SMALL, "--rules", profile("threshold_percent = nan\n")),
        2,
        ("kan ikke være nan",),
        absent=("Decimal",),
    ),
    Case(
        "threshold-inf",
        ("allocate", SMALL, "--rules", profile("threshold_percent = inf\n")),
        2,
        ("kan ikke være infinity",),
        absent=("Decimal",),
    ),
    Case("seed-negative", ("allocate", SMALL, "--seed", "-1"), 2, ("'--seed': skal være mindst 0",)),
    Case("seed-too-large", ("allocate", SMALL, "--seed", str(2**64)), 2, ("'--seed': må højst være",)),
    Case(
        "scenarios-25-parties",
        ("scenarios", xlsx(base=lambda: many_parties(25, other_kkr=False))),
        2,
        ("KKR Stor: 25 partier og faste valgforbund er flere, end optællingen klarer", "højst 18", "--given"),
    ),
    Case(
        "scenarios-26-parties",
        ("scenarios", xlsx(base=lambda: many_parties(26, other_kkr=False)), "--kkr", "Stor"),
        2,
        ("26 partier", "MB hukommelse"),
    ),
    Case(
        "scenarios-19-parties-enumerate",
        ("scenarios", xlsx(base=lambda: many_parties(19, other_kkr=False)), "--method", "enumerate"),
        2,
        ("19 partier",),
    ),
    Case(
        "scenarios-19-parties-given-brings-it-below",
        (
            "scenarios",
            xlsx(base=lambda: many_parties(19, other_kkr=False)),
            "--given",
            "P01+P02",
            "--given",
            "P03+P04",
            "--format",
            "json",
        ),
        0,
        check=lambda out, tmp: json.loads(out)["kkr"][0]["enumeration"]["scenarios"] > 0 or pytest.fail("counted"),
    ),
    Case(
        "scenarios-too-many-parties-in-one-kkr-skips-it",
        ("scenarios", xlsx(base=lambda: many_parties(20)), "--format", "json"),
        0,
        ("KKR Stor: 20 partier", "Denne KKR er sprunget over"),
        check=kkr_names(["Lille"]),
    ),
    Case(
        "scenarios-enumerate-more-than-its-bound",
        ("scenarios", SMALL, "--method", "enumerate", "--max-scenarios", "100000000"),
        2,
        ("--max-scenarios 100000000 er for mange til --method enumerate",),
    ),
    Case(
        "scenarios-a-kkr-without-votes-is-skipped",
        ("scenarios", xlsx(NO_VOTES_IN_VEST), "--format", "json"),
        0,
        ("KKR Vest: de repræsenterede partier har ingen stemmer", "Denne KKR er sprunget over"),
        check=kkr_names(["Nord", "Syd"]),
    ),
    Case(
        "scenarios-only-a-kkr-without-votes",
        ("scenarios", xlsx(NO_VOTES_IN_VEST), "--kkr", "Vest"),
        2,
        ("KKR Vest: de repræsenterede partier har ingen stemmer",),
    ),
    Case(
        "assumed-mayor-needs-a-seat",
        (
            "allocate",
            xlsx(both(drop("borgmestre", 1), cell("stemmer", 1, 4, 0))),
            "--assume-mayors",
            "largest",
            "--format",
            "json",
        ),
        0,
        check=lambda out, tmp: json.loads(out)["assumed_mayors"] == [] or pytest.fail("assumed a mayor without a seat"),
    ),
    Case(
        "mayor-list-without-a-seat",
        ("allocate", xlsx(cell("stemmer", 1, 4, 0))),
        2,
        ("ark 'borgmestre', række 2", "A"),
    ),
]

# G. Text that becomes a formula: every report keeps text as text.
FORMULAS = [
    Case(
        f"report-keeps-{kind}-as-text",
        (
            "allocate",
            folder(
                both(
                    cell("stemmer", 3, 1, "Q"),
                    cell("stemmer", 3, 2, start + 'HYPERLINK("http://example.invalid","klik")'),
                    cell("borgmestre", 1, 1, "Q"),
                )
            ),
            "--xlsx",
            missing("r.xlsx"),
        ),
        0,
        check=text_cells("r.xlsx", (start + "HYPERLINK",)),
    )
    for kind, start in (("equals", "="), ("plus", "+"), ("minus", "-"), ("at", "@"))
] + [
    Case(
        "listesamarbejde-like-a-formula-in-every-sheet",
        (
            "scenarios",
            folder(
                both(
                    rows("stemmer", ["Østerby", "Q", "Q-listen", 2500, 4]),
                    pooled(("Åby", "L", HOSTILE), ("Østerby", "Q", HOSTILE)),
                    cell("borgmestre", 2, 1, "Q"),
                )
            ),
            "--xlsx",
            missing("r.xlsx"),
        ),
        0,
        check=text_cells("r.xlsx", (HOSTILE,)),
    ),
    Case(
        "chair-report-keeps-names-as-text",
        (
            "chair",
            folder(both(cell("stemmer", 3, 1, "Q"), cell("stemmer", 3, 2, "@SUM(A1)"), cell("borgmestre", 1, 1, "Q"))),
            "--xlsx",
            missing("r.xlsx"),
        ),
        0,
        check=text_cells("r.xlsx", ("@SUM",)),
    ),
]

# H. Options given twice, for every command.
TWICE = [
    Case(
        "allocate-kkr-twice",
        ("allocate", SMALL, "--kkr", "nord", "--kkr", "syd"),
        2,
        ("--kkr er angivet 2 gange (--kkr nord, --kkr syd)",),
    ),
    Case(
        "allocate-kkr-twice-with-equals",
        ("allocate", SMALL, "--kkr=nord", "--kkr", "syd"),
        2,
        ("--kkr er angivet 2 gange (--kkr=nord, --kkr syd)",),
    ),
    Case(
        "allocate-format-twice",
        ("allocate", SMALL, "--format", "json", "--format", "table"),
        2,
        ("--format er angivet 2 gange",),
    ),
    Case("allocate-seed-twice", ("allocate", SMALL, "--seed", "1", "--seed", "2"), 2, ("--seed er angivet 2 gange",)),
    Case(
        "allocate-organ-twice",
        ("allocate", SMALL, "--organ", "kkr", "--organ", "bestyrelse"),
        2,
        ("--organ er angivet 2 gange",),
    ),
    Case("allocate-strict-twice", ("allocate", SMALL, "--strict", "--strict"), 2, ("--strict er angivet 2 gange",)),
    Case(
        "allocate-verbose-short-and-long",
        ("allocate", SMALL, "-v", "--verbose"),
        2,
        ("--verbose er angivet 2 gange (-v, --verbose)",),
    ),
    Case(
        "allocate-xlsx-twice",
        ("allocate", SMALL, "--xlsx", missing("a.xlsx"), "--xlsx", missing("b.xlsx")),
        2,
        ("--xlsx er angivet 2 gange",),
        check=nothing_written("a.xlsx", "b.xlsx"),
    ),
    Case("allocate-lang-twice", ("allocate", SMALL, "--lang", "en", "--lang", "da"), 2, ("--lang",)),
    Case(
        "allocate-lot-twice-is-fine",
        ("allocate", xlsx(base=formand_tie_sheets), "--lot", "A", "--lot", "x"),
        2,
        ("--lot",),
        absent=("angivet 2 gange",),
    ),
    Case(
        "chair-valgforbund-twice-is-fine",
        ("chair", xlsx(base=three_parties), "--kkr", "Nord", "--valgforbund", "A+Ø", "--valgforbund", "V+X"),
        2,
        ("X er ikke repræsenteret",),
    ),
    Case(
        "chair-moede-twice",
        ("chair", SMALL, "--moede", "26.01.2026", "--moede", "27.01.2026"),
        2,
        ("--moede er angivet 2 gange",),
    ),
    Case(
        "scenarios-party-twice",
        ("scenarios", SMALL, "--party", "A", "--party", "V"),
        2,
        ("--party er angivet 2 gange",),
    ),
    Case("scenarios-top-twice", ("scenarios", SMALL, "--top", "1", "--top", "2"), 2, ("--top er angivet 2 gange",)),
    Case(
        "validate-rules-twice",
        ("validate", SMALL, "--rules", profile(""), "--rules", profile("")),
        2,
        ("--rules er angivet 2 gange",),
    ),
    Case(
        "template-kkr-twice",
        ("template", missing("t.xlsx"), "--kkr", "Nordjylland", "--kkr", "Syddanmark"),
        2,
        ("--kkr er angivet 2 gange",),
        check=nothing_written("t.xlsx"),
    ),
    Case("frist-lang-twice", ("frist", "26.01.2026", "--lang", "da", "--lang", "en"), 2, ("--lang is given 2 times",)),
    Case("rules-lang-twice", ("rules", "--lang", "da", "--lang", "da"), 2, ("--lang er angivet 2 gange",)),
    Case(
        "import-output-twice",
        ("import", "valgdk", FIXTURES / "valgdk", "-o", missing("a.xlsx"), "--output", missing("b.xlsx")),
        2,
        ("-o er angivet 2 gange (-o ",),
        check=nothing_written("a.xlsx", "b.xlsx"),
    ),
    Case(
        "import-valg-twice",
        ("import", "valgdk", FIXTURES / "valgdk", "--valg", "a", "--valg", "b", "-o", missing("o.xlsx")),
        2,
        ("--valg er angivet 2 gange",),
    ),
    Case(
        "import-csv-kommune-twice",
        (
            "import",
            "valgdk-csv",
            FIXTURES / "valgdk-csv" / "Dragør.csv",
            "--kommune",
            "Dragør",
            "--kommune",
            "Læsø",
            "-o",
            missing("o.xlsx"),
        ),
        2,
        ("--kommune er angivet 2 gange",),
    ),
    Case(
        "statbank-tid-twice",
        ("check", "statbank", FIXTURES / "statbank" / "VALGK3.csv", BUNDLED, "--tid", "2025", "--tid", "2021"),
        2,
        ("--tid er angivet 2 gange",),
    ),
    Case(
        "diff-format-twice",
        ("diff", SMALL, SMALL, "--format", "json", "--format", "table"),
        2,
        ("--format er angivet 2 gange",),
    ),
    Case(
        "watch-interval-twice",
        ("watch", FIXTURES / "valgdk", "--workbook", missing("w.xlsx"), "--interval", "1", "--interval", "2"),
        2,
        ("--interval er angivet 2 gange",),
    ),
    Case(
        "watch-workbook-twice",
        ("watch", FIXTURES / "valgdk", "--workbook", missing("a.xlsx"), "--workbook", missing("b.xlsx")),
        2,
        ("--workbook er angivet 2 gange",),
    ),
    Case("root-lang-twice", ("--lang", "en", "--lang", "da", "rules"), 2, ("--lang",)),
]

# I. English and Python leaking through.
DANISH = [
    Case(
        "watch-interval-with-a-decimal-comma",
        ("watch", missing("spejl"), "--workbook", missing("w.xlsx"), "--interval", "1,5"),
        2,
        ("spejl findes ikke",),
        absent=("--interval", "valid number"),
    ),
    Case(
        "watch-interval-text",
        ("watch", missing("spejl"), "--workbook", missing("w.xlsx"), "--interval", "kort"),
        2,
        ("'kort' er ikke et antal sekunder",),
        absent=("Input should",),
    ),
    Case(
        "watch-interval-too-long",
        ("watch", missing("spejl"), "--workbook", missing("w.xlsx"), "--interval", "86400"),
        2,
        ("højst 3600 sekunder",),
    ),
    Case(
        "valgdk-json-missing-comma",
        (
            "import",
            "valgdk",
            tree_raw(DRAGOER_2, lambda b: b.replace(b'"Kommunalvalg",', b'"Kommunalvalg"', 1)),
            "-o",
            missing("o.xlsx"),
        ),
        2,
        ("Ugyldig JSON i linje 3", "et komma mangler"),
        absent=("Expecting",),
    ),
    Case(
        "valgdk-json-bad-escape",
        (
            "import",
            "valgdk",
            tree_raw(DRAGOER_2, lambda b: b.replace(b"Socialdemokratiet", b"Social\\qdemokratiet", 1)),
            "-o",
            missing("o.xlsx"),
        ),
        2,
        ("en ugyldig \\-kode i en tekst",),
        absent=("Invalid",),
    ),
    Case(
        "workbook-an-empty-file-in-danish",
        ("allocate", text_file("s.xlsx", b"")),
        2,
        ("kan ikke læses som Excel-projektmappe (filen er ikke en zip-fil",),
        absent=("BadZipFile", "KeyError"),
    ),
    Case(
        "rules-profile-a-folder",
        ("allocate", SMALL, "--rules", a_folder("profil.toml")),
        2,
        ("er en mappe, ikke en fil. Angiv stien til en regelprofil",),
    ),
    Case(
        "diff-result-a-folder", ("diff", a_folder("gammel.json"), SMALL), 2, ("gammel.json er en mappe, ikke en fil",)
    ),
    Case(
        "valgdk-csv-a-folder",
        ("import", "valgdk-csv", a_folder("Dragør.csv"), "-o", missing("o.xlsx")),
        2,
        ("Dragør.csv er en mappe, ikke en fil",),
    ),
    Case(
        "import-valgdk-missing-folder",
        ("import", "valgdk", missing("nope"), "-o", missing("o.xlsx")),
        2,
        ("Mappen", "nope findes ikke"),
        absent=("ikke en mappe",),
    ),
    Case(
        "import-valgdk-a-file",
        ("import", "valgdk", text_file("fil.txt", "x"), "-o", missing("o.xlsx")),
        2,
        ("er ikke en mappe",),
    ),
    Case(
        "input-folder-without-csv-files",
        ("allocate", a_folder("tom")),
        2,
        (
            "Mappen",
            "har ingen CSV-filer",
        ),
    ),
    Case(
        "english-option-twice",
        ("allocate", SMALL, "--kkr", "a", "--kkr", "b", "--lang", "en"),
        2,
        ("--kkr is given 2 times",),
    ),
    Case(
        "english-invisible-letter",
        ("allocate", xlsx(cell("stemmer", 2, 1, "V" + ZWSP)), "--lang", "en"),
        2,
        ("contains invisible characters (U+200B",),
    ),
    Case(
        "english-frist-out-of-range", ("frist", "0001-01-03", "--lang", "en"), 2, ("lies outside the years 1900–2100",)
    ),
    Case(
        "english-scenarios-too-many",
        ("scenarios", xlsx(base=lambda: many_parties(19, other_kkr=False)), "--lang", "en"),
        2,
        ("19 parties and fixed valgforbund", "MB of memory"),
    ),
]


def _formula_workbook(tmp: Path) -> Path:
    path = write_workbook(tmp / "s.xlsx", small_sheets())
    workbook = load_workbook(path)
    workbook["stemmer"]["D2"] = "=4000+1000"  # openpyxl saves a formula without its value, as many programs do
    workbook.save(path)
    return path


def _merged_workbook(tmp: Path) -> Path:
    sheets = small_sheets()
    sheets["stemmer"][2][0] = None
    path = write_workbook(tmp / "s.xlsx", sheets)
    workbook = load_workbook(path)
    workbook["stemmer"].merge_cells("A2:A3")
    workbook.save(path)
    return path


def _hidden_workbook(tmp: Path) -> Path:
    path = write_workbook(
        tmp / "s.xlsx", small_sheets() | {"listesamarbejder": [["kommune", "liste", "listesamarbejde"]]}
    )
    workbook = load_workbook(path)
    workbook["listesamarbejder"].sheet_state = "hidden"
    workbook.save(path)
    return path


def _zip_without_workbook(tmp: Path) -> Path:
    path = tmp / "s.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return path


def _council(c_members: int) -> Callable[[dict], None]:
    """Ærø Sogn's elected members (C 9 seats, A 4 seats in ``stemmer``), with ``c_members`` of C's."""
    members = [["Ærø Sogn", "C", f"C-medlem {i}"] for i in range(c_members)]
    members += [["Ærø Sogn", "A", f"A-medlem {i}"] for i in range(4)]
    return both(
        rows("byraadsmedlemmer", *members, header=["kommune", "liste", "navn"]), cell("borgmestre", 3, 2, "C-medlem 1")
    )


def _write_protected(tmp: Path) -> Path:
    target = tmp / "r.xlsx"
    target.write_bytes(b"kept")
    target.chmod(0o444)
    return target


def _stemmer_without_kommunekode(tmp: Path) -> Path:
    sheets = small_sheets()
    sheets["stemmer"][2][0] = None
    return write_workbook(tmp / "s.xlsx", sheets)


# J. Messages that point the right way.
POINTING = [
    Case(
        "workbook-a-zip-without-a-workbook",
        ("allocate", _zip_without_workbook),
        2,
        ("kan ikke læses som Excel-projektmappe (en del af projektmappen mangler)",),
        absent=("KeyError", "OSError"),
    ),
    Case(
        "seats-disagree-with-the-elected-members",
        ("allocate", xlsx(_council(8))),
        2,
        ("ark 'stemmer', række 8, kolonne 'mandater'", "Liste C i Ærø Sogn har 9 mandater her, men 8 valgte"),
    ),
    Case(
        "seats-agree-with-the-elected-members",
        ("allocate", xlsx(_council(9)), "--format", "json"),
        0,
        check=same_as(small_sheets),
    ),
    Case(
        "formula-without-a-saved-value",
        ("allocate", _formula_workbook),
        2,
        ("ark 'stemmer', række 2, kolonne 'stemmer'", "en formel uden gemt værdi"),
        absent=("Cellen er tom",),
    ),
    Case(
        "merged-municipality-cells",
        ("allocate", _merged_workbook),
        2,
        ("række 3, kolonne 'kommune'", "del af flettede celler"),
        absent=("kommunekode",),
    ),
    Case(
        "empty-municipality-names-the-column-it-has",
        ("allocate", _stemmer_without_kommunekode),
        2,
        ("række 3, kolonne 'kommune': Cellen er tom",),
        absent=("kommunekode",),
    ),
    Case("hidden-sheet-is-named", ("allocate", _hidden_workbook), 0, ("ark 'listesamarbejder': Arket er skjult",)),
    Case("hidden-sheet-is-named-by-validate", ("validate", _hidden_workbook), 0, ("Arket er skjult",)),
    Case(
        "write-protected-report",
        ("allocate", SMALL, "--xlsx", _write_protected),
        2,
        ("r.xlsx er skrivebeskyttet",),
        check=lambda out, tmp: (tmp / "r.xlsx").read_bytes() == b"kept" or pytest.fail("replaced"),
    ),
    Case("write-protected-template", ("template", _write_protected, "--force"), 2, ("r.xlsx er skrivebeskyttet",)),
    Case(
        "write-protected-html",
        ("allocate", SMALL, "--html", lambda tmp: _write_protected(tmp).rename(tmp / "r.html")),
        2,
        ("r.html er skrivebeskyttet",),
    ),
    Case(
        "mayor-by-letter-zero-seats-names-its-row",
        ("allocate", xlsx(cell("stemmer", 7, 4, 0))),
        2,
        ("ark 'borgmestre', række 4",),
    ),
]

CASES = [*COLLIDE, *INVISIBLE_CASES, *SPELLINGS, *FIGURES, *CHECKS, *BOUNDS, *FORMULAS, *TWICE, *DANISH, *POINTING]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_the_second_sweep(tmp_path, case):
    args = case.command(tmp_path)
    before = snapshot(tmp_path)
    started = time.perf_counter()
    result = run(*args, columns=200)
    elapsed = time.perf_counter() - started
    shown = ended(result, case.code)
    for text in case.expect:
        assert text in shown, (text, shown)
    for text in case.absent:
        assert text not in shown, (text, shown)
    assert elapsed < 30, elapsed
    assert not [p for p in tmp_path.rglob("*.tmp")]
    if case.code == 2:
        assert snapshot(tmp_path) == before  # the input never touched, nothing half-written
    if case.check is not None:
        case.check(result.stdout, tmp_path)


def test_every_case_has_its_own_name():
    assert len({c.id for c in CASES}) == len(CASES)


def test_three_updates_within_a_second_keep_three_backups(tmp_path):
    target = tmp_path / "stemmer.xlsx"
    ended(run("import", "valgdk", FIXTURES / "valgdk", "-o", target), 0)
    for _ in range(3):
        ended(run("import", "valgdk", FIXTURES / "valgdk", "--update", target), 0)
    backups = sorted(tmp_path.glob("stemmer.backup-*.xlsx"))
    assert len(backups) == 3, backups


def test_an_update_never_replaces_a_write_protected_workbook(tmp_path):
    target = tmp_path / "stemmer.xlsx"
    ended(run("import", "valgdk", FIXTURES / "valgdk", "-o", target), 0)
    target.chmod(0o444)
    before = target.read_bytes()
    assert "er skrivebeskyttet" in ended(run("import", "valgdk", FIXTURES / "valgdk", "--update", target), 2)
    assert target.read_bytes() == before and not list(tmp_path.glob("*.backup-*"))


def test_system_errors_are_told_in_the_readers_language():
    import errno

    from kkrvalg.errors import Problem, describe
    from kkrvalg.io.tables import os_reason

    for code, danish, english in (
        (errno.EACCES, "ingen adgang til filen", "no permission to the file"),
        (errno.EISDIR, "det er en mappe", "it is a folder"),
    ):
        problem = Problem("file_unreadable", {"detail": os_reason(OSError(code, "Permission denied"))}, file="s.csv")
        assert danish in describe(problem, "da") and english in describe(problem, "en")
        assert "Permission" not in describe(problem, "da")
    assert os_reason(OSError(errno.ELOOP, "Too many levels of symbolic links")) == "ELOOP"


def test_a_path_the_system_will_not_let_us_read_is_told_in_danish(tmp_path, monkeypatch):
    import os

    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if str(p) == str(path) else real(p, mode, *a, **k))
    shown = ended(run("allocate", path, columns=300), 2)
    assert "kan ikke læses (ingen læseadgang)" in shown and "is not readable" not in shown
