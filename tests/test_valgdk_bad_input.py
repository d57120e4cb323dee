"""Every broken valg.dk file, JSON or CSV, gives one message naming the file (and key or line), exit code 2,
no traceback and no workbook."""

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from kkrvalg.cli import app
from typer.testing import CliRunner

runner = CliRunner()
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ELECTION = "kommunalvalg-134-18-11-2025"
ASCII_KEYS = "valgresultater/valgresultater-Kommunalvalg-Læsø-2. Område 2-191120250130.json"
DANISH_KEYS = "valgresultater/valgresultater-Kommunalvalg-Dragør-2. Område 2-191120250130.json"
SEATS = "mandatfordeling/mandatfordeling-Kommunalvalg-Læsø-191120250300.json"


def refused(command: str, source: Path) -> str:
    """The import's message, once it has been checked to end with exit 2, no traceback and no workbook."""
    target = source.parent / "out.xlsx"
    result = runner.invoke(app, ["import", command, str(source), "-o", str(target)], env={"COLUMNS": "200"})
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert not target.exists()
    return " ".join(result.output.split())


def put(value, *path) -> Callable[[bytes], bytes]:
    """An edit of a file's JSON: the value at ``path`` (keys and list positions) becomes ``value``."""

    def edit(original: bytes) -> bytes:
        document = json.loads(original.decode("utf-8-sig"))
        *parents, last = path
        place = document
        for step in parents:
            place = place[step]
        if value is DELETE:
            del place[last]
        else:
            place[last] = value
        return json.dumps(document, ensure_ascii=False).encode()

    return edit


DELETE = object()


def cut_inside_a_letter(original: bytes) -> bytes:
    """The file as a download still under way leaves it: cut off between the two bytes of an ø."""
    return original[: original.index("ø".encode()) + 1]


def with_long_number(original: bytes) -> bytes:
    return original.replace(b'"Stemmer": 300', b'"Stemmer": 1' + b"0" * 5000, 1)


JSON_CASES = [
    ("Kandidatlister-string", ASCII_KEYS, put("A, V", "Kandidatlister"), "Kandidatlister = 'A, V' er ikke en liste"),
    ("list-entry-a-number", ASCII_KEYS, put(5, "Kandidatlister", 1), "Kandidatlister[1] = 5 er ikke et objekt"),
    ("seat-entry-a-number", SEATS, put(5, "PersonligeMandater", 0), "PersonligeMandater[0] = 5 er ikke et objekt"),
    ("file-a-number", ASCII_KEYS, lambda _: b"5", "Filen er ikke et JSON-objekt"),
    (
        "PersonligeMandater-object",
        SEATS,
        put({"Nummer": 1}, "PersonligeMandater"),
        "PersonligeMandater = {'Nummer': 1} er ikke en liste",
    ),
    (
        "Stemmer-superscript",
        ASCII_KEYS,
        put("²", "Kandidatlister", 0, "Stemmer"),
        "Kandidatlister[0].Stemmer = '²' indeholder andre tegn end cifrene 0–9",
    ),
    (
        "GyldigeStemmer-full-width",
        DANISH_KEYS,
        put("１２", "GyldigeStemmer"),
        "GyldigeStemmer = '１２' indeholder andre tegn end cifrene 0–9",
    ),
    ("Stemmer-negative", ASCII_KEYS, put(-4, "Kandidatlister", 0, "Stemmer"), "Stemmer = -4 er ikke et helt tal ≥ 0"),
    (
        "Stemmer-a-long-text",
        ASCII_KEYS,
        put("x" * 10_000, "Kandidatlister", 0, "Stemmer"),
        "Stemmer = 'xxxxxxxxxxxxxxxxx...xxxxxxxxxxxxxxxxxx' er ikke et helt tal",
    ),
    (
        "Stemmer-nested",
        ASCII_KEYS,
        lambda b: b.replace(b'"Stemmer": 300', b'"Stemmer": ' + b"[" * 500 + b"5" + b"]" * 500, 1),
        "Kandidatlister[0].Stemmer = [[...]] er ikke et helt tal",
    ),
    ("nested-too-deep", ASCII_KEYS, lambda _: b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "indlejret for dybt"),
    ("number-too-long", ASCII_KEYS, with_long_number, "et tal med over 4300 cifre"),
    ("key-missing", DANISH_KEYS, put(DELETE, "GyldigeStemmer"), "Nøglen 'GyldigeStemmer' mangler"),
    (
        "key-missing-in-a-list",
        DANISH_KEYS,
        put(DELETE, "Kandidatlister", 0, "Stemmer"),
        "Nøglen 'Kandidatlister[0].Stemmer' mangler",
    ),
    ("time-missing", SEATS, put(DELETE, "FrigivelsesTidspunktUTC"), "Nøglen 'FrigivelsesTidspunktUTC' mangler"),
    (
        "time-a-number",
        DANISH_KEYS,
        put(20251119, "FrigivelsesTidspunktUTC"),
        "FrigivelsesTidspunktUTC = 20251119 er ikke et tidspunkt",
    ),
    (
        "Kommunekode-list",
        DANISH_KEYS,
        put([155], "Kommunekode"),
        "Kommunekode = [155] er hverken en tekst eller et helt",
    ),
    ("Kommunekode-true", SEATS, put(True, "Kommunekode"), "Kommunekode = True er hverken en tekst eller et helt tal"),
    (
        "Afstemningsomraade-object",
        ASCII_KEYS,
        put({"navn": "2"}, "Afstemningsomraade"),
        "Afstemningsomraade = {'navn': '2'} er hverken en tekst",
    ),
    (
        "AfstemningsomraadeDagiId-fraction",
        DANISH_KEYS,
        put(155002.5, "AfstemningsområdeDagiId"),
        "AfstemningsområdeDagiId = 155002.5 er hverken en tekst",
    ),
    (
        "Nummer-text",
        SEATS,
        put("tre", "PersonligeMandater", 2, "Nummer"),
        "PersonligeMandater[2].Nummer = 'tre' er ikke et helt tal",
    ),
    ("Nummer-list", SEATS, put([3], "PersonligeMandater", 2, "Nummer"), "PersonligeMandater[2].Nummer = [3] er ikke"),
    (
        "Bogstavbetegnelse-object",
        DANISH_KEYS,
        put({"A": 1}, "Kandidatlister", 0, "Bogstavbetegnelse"),
        "Kandidatlister[0].Bogstavbetegnelse = {'A': 1} er hverken en tekst",
    ),
    ("Valgdag-list", SEATS, put(["18-11-2025"], "Valgdag"), "Valgdag = ['18-11-2025'] er hverken en tekst"),
    ("not-utf8", ASCII_KEYS, lambda b: b.decode("utf-8-sig").encode("latin-1"), "Filen er ikke UTF-8-kodet JSON"),
    ("empty", ASCII_KEYS, lambda _: b"", "Filen er tom"),
    ("only-a-bom", ASCII_KEYS, lambda _: "\ufeff\n".encode(), "Filen er tom"),
    ("still-being-written", DANISH_KEYS, lambda b: b[: len(b) // 2], "Ugyldig JSON i linje"),
    ("cut-inside-a-letter", DANISH_KEYS, cut_inside_a_letter, "Ugyldig JSON i linje"),
]


@pytest.mark.parametrize(("file", "edit", "message"), [case[1:] for case in JSON_CASES], ids=[c[0] for c in JSON_CASES])
def test_a_broken_json_file_is_named_with_its_key(tmp_path, file, edit, message):
    election = shutil.copytree(FIXTURES / "valgdk" / ELECTION, tmp_path / ELECTION)
    path = election / file
    path.write_bytes(edit(path.read_bytes()))
    shown = refused("valgdk", election)
    assert f"fil {file}: " in shown and message in shown, shown
    assert len(shown) < 400


def test_a_file_that_vanished_while_the_tree_was_read(tmp_path):
    election = shutil.copytree(FIXTURES / "valgdk" / ELECTION, tmp_path / ELECTION)
    (election / "valgresultater" / "valgresultater-Kommunalvalg-Læsø-3. Område 3-191120250130.json").symlink_to(
        tmp_path / "gone.json"
    )
    shown = refused("valgdk", election)
    assert "fil valgresultater/valgresultater-Kommunalvalg-Læsø-3. Område 3-191120250130.json: Filen kan ikke" in shown


def test_a_value_that_looks_like_rich_markup(tmp_path):
    election = shutil.copytree(FIXTURES / "valgdk" / ELECTION, tmp_path / ELECTION)
    path = election / DANISH_KEYS
    path.write_bytes(put(["[/b]"], "Kandidatlister", 0, "Bogstavbetegnelse")(path.read_bytes()))
    assert "['[/b]'] er hverken en tekst" in refused("valgdk", election)


def csv_with(row: str) -> bytes:
    return ("Afstemningsområde;Bogstavbetegnelse;Listenavn;Navn;Stemmetal\n1. Nord;A;S;Listestemmer;5\n" + row).encode()


CSV_CASES = [
    (
        "Stemmetal-superscript",
        csv_with("1. Nord;A;S;Bo;²\n"),
        "række 3, kolonne 'Stemmetal': '²' indeholder andre tegn",
    ),
    ("Stemmetal-full-width", csv_with("1. Nord;A;S;Bo;１２\n"), "kolonne 'Stemmetal': '１２' indeholder andre tegn"),
    (
        "field-too-long",
        csv_with(f'1. Nord;A;S;"{"x" * 200_000}";5\n'),
        "række 3: Filen kan ikke læses som CSV (et felt er over",
    ),
    (
        "undecodable",
        csv_with("1. Nord;A;S;Bo;5\n") + b"\x81\x8d\x8f\x90\x9d\n",
        "er hverken UTF-8, UTF-16 eller Windows-1252",
    ),
    ("empty", b"", "Filen er tom"),
]


@pytest.mark.parametrize(("content", "message"), [case[1:] for case in CSV_CASES], ids=[c[0] for c in CSV_CASES])
def test_a_broken_csv_export_is_named(tmp_path, content, message):
    path = tmp_path / "Dragør.csv"
    path.write_bytes(content)
    shown = refused("valgdk-csv", path)
    assert "Dragør.csv" in shown and message in shown, shown
