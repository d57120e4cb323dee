"""One typed document per command, one request per calculation, and a lot anyone can redo.

The JSON Schemas under docs/schema/ are generated from the documents' models; every command's JSON output must
validate against its schema, the committed files must be current, the API's parameters must be the fields of the
command's request, and so must the command's own options.
"""

from __future__ import annotations

import inspect
import json
import subprocess
import sys

import jsonschema
import kkrvalg.api as api
import pytest
from kkrvalg.cli import app
from kkrvalg.documents import SCHEMAS, json_schema
from kkrvalg.engine.lots import draw_key
from kkrvalg.request import ChairRequest, Request, ScenarioRequest

from helpers import BUNDLED, ROOT, ended, run, small_sheets, three_way_sheets, write_workbook

SCHEMA_DIR = ROOT / "docs" / "schema"


def validate(command: str, document: dict) -> None:
    schema = json.loads((SCHEMA_DIR / f"{command}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(document)


def output(*args: object, code: int = 0) -> dict:
    result = run(*args, "--format", "json")
    ended(result, code)
    return json.loads(result.stdout)


@pytest.mark.parametrize("command", sorted(SCHEMAS))
def test_the_committed_schemas_are_current(command):
    committed = (SCHEMA_DIR / f"{command}.schema.json").read_text(encoding="utf-8")
    printed = run("schema", command)
    assert ended(printed, 0) and printed.stdout == committed, f"run: uv run kkrvalg schema {command} > {command}"
    assert json.loads(committed) == json_schema(command)
    jsonschema.Draft202012Validator.check_schema(json.loads(committed))


@pytest.mark.parametrize(
    "args",
    [
        ("allocate", BUNDLED),
        ("allocate", BUNDLED, "--organ", "bestyrelse"),
        ("allocate", BUNDLED, "--organ", "repraesentantskab"),
        ("allocate", BUNDLED, "--kkr", "Nordjylland", "--moede", "26.01.2026"),
        ("chair", BUNDLED, "--kkr", "Hovedstaden", "--valgforbund", "A+F+Ø"),
        ("chair", BUNDLED, "--organ", "bestyrelse", "--valgforbund", "A+F+Ø+B"),
        ("scenarios", BUNDLED, "--kkr", "Nordjylland", "--party", "V"),
        ("scenarios", BUNDLED, "--organ", "bestyrelse", "--method", "enumerate"),
    ],
    ids=lambda a: " ".join(str(x) for x in a[2:]) or a[0],
)
def test_every_command_validates_against_its_schema(args):
    document = output(*args)
    validate(args[0], document)
    assert document["schema_version"] == 1 and document["command"] == args[0]


def test_undecided_and_seeded_documents_validate_too(tmp_path):
    path = write_workbook(tmp_path / "tre.xlsx", three_way_sheets())
    pending = output("allocate", path, code=3)
    validate("allocate", pending)
    (tie,) = pending["kkr"][0]["ties"]
    assert tie["resolution"] == "unresolved" and tie["number"] == 1 and tie["alternatives"]
    seeded = output("allocate", path, "--seed", "20260126")
    validate("allocate", seeded)
    validate("chair", output("chair", path, "--seed", "20260126"))


def test_diff_and_watch_documents_validate(tmp_path):
    sheets = small_sheets()
    early = [r for r in sheets["stemmer"] if r[0] != "Østerby"]
    before = write_workbook(tmp_path / "before.xlsx", {**small_sheets(), "stemmer": early})
    after = write_workbook(tmp_path / "after.xlsx", small_sheets())
    changes = output("diff", before, after)
    validate("diff", changes)
    assert changes["command"] == "diff" and changes["municipalities"]["counted"] == ["Østerby"]
    from kkrvalg.model import RulesProfile
    from kkrvalg.watching import Follower

    mirror = ROOT / "tests" / "fixtures" / "valgdk"
    follower = Follower(mirror, tmp_path / "valgnat.xlsx", None, RulesProfile(), True, "da")
    first, second = follower.round(), follower.round()
    for line in (first.line(), second.line()):
        validate("watch", json.loads(line.model_dump_json()))
    assert first.line().municipalities is None and second.line().municipalities is not None


def test_diff_refuses_another_commands_or_bodys_document(tmp_path):
    chair = tmp_path / "chair.json"
    chair.write_text(run("chair", BUNDLED, "--format", "json").stdout, encoding="utf-8")
    said = ended(run("diff", chair, BUNDLED), 2)
    assert "resultatet af 'kkrvalg chair'" in said
    board = tmp_path / "board.json"
    board.write_text(run("allocate", BUNDLED, "--organ", "bestyrelse", "--format", "json").stdout, encoding="utf-8")
    assert "diff sammenligner kun resultater for de samme organer" in ended(run("diff", board, BUNDLED), 2)
    assert "Ingen ændringer" in ended(run("diff", board, board), 0)


def _options(command: str) -> set[str]:
    """A command's options and arguments by parameter name, without those that only choose how to show it."""
    shown = {"path", "output", "quotients", "names", "verbose", "xlsx", "html", "pdf", "_language", "show_all"}
    shown |= {"case", "prepared_by", "checked_by"}  # the sign-off: printed on the documents, computing nothing
    callback = next(c.callback for c in app.registered_commands if (c.name or c.callback.__name__) == command)
    return set(inspect.signature(callback).parameters) - shown


@pytest.mark.parametrize(
    "command, function, request_type",
    [
        ("allocate", api.compose, Request),
        ("roster", api.compose, Request),
        ("chair", api.chair, ChairRequest),
        ("scenarios", api.scenarios, ScenarioRequest),
    ],
)
def test_the_command_line_the_api_and_the_request_name_the_same_inputs(command, function, request_type):
    """Neither the command line nor the API can gain an option alone: both are the request's fields."""
    fields = set(request_type.model_fields)
    api_parameters = set(inspect.signature(function).parameters) - {"data"}
    assert api_parameters == fields
    assert _options(command) == fields


# ---- R8: a lot anyone can redo ----

VECTORS = {
    "20260126:1:V": "bbf75b0e570278040f323cd8ec193e0991b9842ff6e71124f146b0ee18adadf4",
    "20260126:1:A": "3b363906e2c8a7e1378af235aa441cdb9a7a0162f7f5521b873eaea2402abaa2",
    "20260126:1:B": "aebd30713e70077c0cb7eb1edd148f1a84017db1716a1e91e6b3dc4ddf41c7dc",
    "20260126:1:Ø": "5b01b424ed738bb9863b34c0934382f15c52e41ba60cc64b313f458c976e0cdb",
    "7:2:A+F+Ø": "efba30701aee54af108787f38b29111536843dedb15bfcc2f0481c565049eecb",
}
"""Keys computed with ``printf '%s' 'S:n:x' | sha256sum`` and written down here: the rule, not the code, decides."""


@pytest.mark.parametrize("text", sorted(VECTORS))
def test_a_key_is_the_sha256_of_seed_number_and_contender_as_sha256sum_computes_it(text):
    seed, number, contender = text.split(":", 2)
    assert draw_key(int(seed), int(number), contender) == VECTORS[text]
    done = subprocess.run(["sha256sum"], input=text.encode("utf-8"), capture_output=True, check=True)
    assert done.stdout.decode().split()[0] == VECTORS[text]


def test_the_seeded_draw_is_pinned_and_the_same_in_a_fresh_process(tmp_path):
    """Three-way tie for two seats in Nord (A, B, Ø at 2 000 each, lot 1): the two smallest keys win. The keys
    are pinned here: a change of the rule (or of the tie's number or labels) must fail this test."""
    path = write_workbook(tmp_path / "tre.xlsx", three_way_sheets())
    document = output("allocate", path, "--seed", "20260126")
    (tie,) = document["kkr"][0]["ties"]
    keys = {k["contender"]: k["key"] for k in tie["keys"]}
    assert keys == {x: VECTORS[f"20260126:1:{x}"] for x in ("A", "B", "Ø")}
    assert tie["winners"] == ["A", "Ø"]  # 3b36… and 5b01… are below B's aebd…
    assert tie["number"] == 1 and tie["seed"] == 20260126 and tie["resolution"] == "seed"
    fresh = subprocess.run(
        [sys.executable, "-m", "kkrvalg", "allocate", str(path), "--seed", "20260126", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(fresh.stdout)["kkr"][0]["ties"] == document["kkr"][0]["ties"]
    shown = ended(run("allocate", path, "--seed", "20260126"), 0)
    assert all(key[:12] in shown for key in keys.values())
