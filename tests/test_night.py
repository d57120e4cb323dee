"""Election night: diff between two calculations, watch following a mirror, and assumed mayors."""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import kkrvalg
import pytest

from helpers import FIXTURES, ended, formand_tie_sheets, run, small_sheets, write_workbook


def partial_and_full(tmp_path: Path) -> tuple[Path, Path]:
    """Before: Østerby not counted yet (Nord provisional, A 5 000, V 3 000). After: the small workbook."""
    sheets = small_sheets()
    sheets["stemmer"] = [r for r in sheets["stemmer"] if r[0] != "Østerby"]
    sheets["borgmestre"] = [r for r in sheets["borgmestre"] if r[0] != "Østerby"]
    return write_workbook(tmp_path / "kl2300.xlsx", sheets), write_workbook(tmp_path / "kl0100.xlsx", small_sheets())


def test_diff_of_two_workbooks(tmp_path):
    """Nord before: A 5 000 (1 mayor), V 3 000 → proportional at A 1; A alone is represented and takes both
    posts. After: A 6 000, V 7 000, Ø 500: A 2 mayors, V 2 supplementary (see test_cli); V formand, A still
    næstformand. Østerby newly counted and final; Nord becomes final."""
    old, new = partial_and_full(tmp_path)
    result = run("diff", old, new, "--format", "json")
    document = json.loads(result.stdout)
    ended(result, 0)
    (nord,) = document["kkr"]
    parties = {p["party"]: p for p in nord["parties"]}
    assert parties["A"]["before"] == {"votes": 5000, "members": 1} and parties["A"]["after"]["members"] == 2
    assert parties["V"]["after"] == {"votes": 7000, "members": 2}
    assert parties["Ø"]["before"] is None and parties["Ø"]["after"] == {"votes": 500, "members": 0}
    assert nord["posts"] == {"formand": {"before": "A", "after": "V"}}
    assert nord["status"] == {"before": "provisional", "after": "final"}
    assert document["municipalities"] == {"counted": ["Østerby"], "final": ["Østerby"]}
    shown = ended(run("diff", old, new), 0)
    assert "Formand skifter: A → V" in shown and "Status: foreløbig → endelig" in shown
    assert "Nye kommuner med resultater: Østerby" in shown


def test_diff_of_a_saved_result_and_a_workbook(tmp_path):
    old, new = partial_and_full(tmp_path)
    saved = tmp_path / "kl2300.json"
    saved.write_text(run("allocate", old, "--format", "json").stdout, encoding="utf-8")
    from_json = json.loads(run("diff", saved, new, "--format", "json").stdout)
    from_workbooks = json.loads(run("diff", old, new, "--format", "json").stdout)
    assert from_json == from_workbooks
    same = ended(run("diff", new, new), 0)
    assert "Ingen ændringer" in same
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert "ikke et resultat fra 'kkrvalg allocate --format json'" in ended(run("diff", tmp_path / "bad.json", new), 2)
    (tmp_path / "other.json").write_text('{"kkr": 5}', encoding="utf-8")
    assert "ikke et resultat" in ended(run("diff", tmp_path / "other.json", new), 2)


def test_assumed_mayors_are_marked_everywhere_and_refused_by_strict(tmp_path):
    """Without Østerby's mayor, V (4 000, the largest list there) is assumed; Nord stays provisional."""
    sheets = small_sheets()
    sheets["borgmestre"] = [r for r in sheets["borgmestre"] if r[0] != "Østerby"]
    path = write_workbook(tmp_path / "s.xlsx", sheets)
    result = run("allocate", path, "--assume-mayors", "largest", "--format", "json")
    document = json.loads(result.stdout)
    ended(result, 0)
    nord = document["kkr"][0]
    assert document["assumed_mayors"] == nord["assumed_mayors"] == [{"municipality": "Østerby", "party": "V"}]
    assert [s["assumed"] for s in nord["seats"] if s["kind"] == "mayor"].count(True) == 1
    assert nord["provisional"] and nord["without_mayor"] == [] and not document["complete"]
    shown = ended(run("allocate", path, "--assume-mayors", "largest"), 0)
    assert "Borgmester antaget fra største liste: Østerby" in shown
    strict = ended(run("allocate", path, "--assume-mayors", "largest", "--strict"), 2)
    assert "antagne borgmestre i: Østerby" in strict
    report = tmp_path / "r.html"
    ended(run("allocate", path, "--assume-mayors", "largest", "--html", report), 0)
    assert "antaget" in report.read_text(encoding="utf-8")
    without = json.loads(run("allocate", path, "--format", "json").stdout)["kkr"][0]
    assert without["without_mayor"] == ["Østerby"] and without["assumed_mayors"] == []


def test_a_tie_for_the_largest_list_assumes_no_mayor(tmp_path):
    sheets = small_sheets()
    sheets["stemmer"] = [r for r in sheets["stemmer"] if r[0] != "Østerby"] + [
        ["Østerby", "A", "", 2000, 3],
        ["Østerby", "V", "", 2000, 3],
    ]
    sheets["borgmestre"] = [r for r in sheets["borgmestre"] if r[0] != "Østerby"]
    data = kkrvalg.load(write_workbook(tmp_path / "s.xlsx", sheets))
    nord = kkrvalg.compose(data, assume_mayors=True).kkr[0]
    assert nord.without_mayor == ["Østerby"] and nord.assumed_mayors == []


def release(path: Path, moment: str, extra: int) -> None:
    """A newer release of a polling district: ``extra`` votes more for every list."""
    document = json.loads(path.read_text(encoding="utf-8-sig"))
    document["FrigivelsesTidspunktUTC"] = moment
    for entry in document["Kandidatlister"]:
        entry["Stemmer"] += extra
    document["GyldigeStemmer"] = sum(e["Stemmer"] for e in document["Kandidatlister"])
    target = path.with_name(path.name.replace(".json", f"-{extra}.json"))
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


class Lines:
    """The JSON lines a subprocess prints, read in a thread so that waiting for one can time out."""

    def __init__(self, stream) -> None:
        self.queue: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [self.queue.put(line) for line in stream], daemon=True).start()

    def next(self, timeout: float = 60) -> dict:
        return json.loads(self.queue.get(timeout=timeout))

    def until(self, wanted, timeout: float = 60) -> dict:
        """The first line for which ``wanted(line)`` holds."""
        deadline = time.monotonic() + timeout
        while True:
            line = self.next(max(0.1, deadline - time.monotonic()))
            if wanted(line):
                return line


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_watch_follows_a_mirror_keeps_typed_mayors_and_stops_cleanly(tmp_path, stop):
    mirror = tmp_path / "spejl" / "data"
    shutil.copytree(FIXTURES / "valgdk", mirror)
    workbook = tmp_path / "stemmer.xlsx"
    ended(run("import", "valgdk", mirror, "-o", workbook), 0)
    from openpyxl import load_workbook

    book = load_workbook(workbook)
    mayors = book["borgmestre"]
    for row in range(2, mayors.max_row + 1):
        mayors.cell(row, 3, "A")  # the user types the mayors' lists
    book.save(workbook)
    history = tmp_path / "historik.jsonl"
    command = [
        sys.executable,
        "-m",
        "kkrvalg",
        "watch",
        str(mirror),
        "--workbook",
        str(workbook),
        "--format",
        "jsonl",
        "--interval",
        "0.2",
        "--history",
        str(history),
    ]
    watcher = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "COLUMNS": "120"}
    )
    try:
        lines = Lines(watcher.stdout)
        first = lines.next()
        results = mirror / "kommunalvalg-134-18-11-2025" / "valgresultater"
        source = next(results.glob("*Dragør-1*2310.json"))
        half = results / "valgresultater-Kommunalvalg-Dragør-1. Område 1-191120250600.json"
        half.write_text(source.read_text(encoding="utf-8")[:150], encoding="utf-8")  # still being written
        second = lines.next()
        assert second["skipped"] == [half.relative_to(mirror / "kommunalvalg-134-18-11-2025").as_posix()]
        half.unlink()
        release(source, "19-11-2025 06:00:00", 100)
        changed = lines.until(lambda line: line["changes"])
        parties = {p["party"]: p for p in changed["changes"][0]["parties"]}
        assert all(p["after"]["votes"] > p["before"]["votes"] for p in parties.values())
    finally:
        watcher.send_signal(stop)
        _, err = watcher.communicate(timeout=30)
    assert watcher.returncode == 0, err
    assert "projektmappen er gemt og gyldig" in err
    data = kkrvalg.load(workbook)
    assert {m.letter for m in data.mayors} == {"A"} and len(data.mayors) == mayors.max_row - 1
    assert not list(tmp_path.glob(".*.tmp")) and len(list(tmp_path.glob("stemmer.backup-*.xlsx"))) == 1
    states = [json.loads(line) for line in history.read_text(encoding="utf-8").splitlines()]
    assert len(states) >= 3 and states[0]["kkr"][0]["kkr"] == first["kkr"][0]["kkr"]


def test_watch_refuses_a_workbook_inside_the_mirror(tmp_path):
    mirror = tmp_path / "spejl"
    shutil.copytree(FIXTURES / "valgdk", mirror)
    assert "ligger i inputmappen" in ended(run("watch", mirror, "--workbook", mirror / "stemmer.xlsx"), 2)
    assert "nope findes ikke" in ended(run("watch", tmp_path / "nope", "--workbook", tmp_path / "s.xlsx"), 2)
    (tmp_path / "fil").write_text("x")
    assert "er ikke en mappe" in ended(run("watch", tmp_path / "fil", "--workbook", tmp_path / "s.xlsx"), 2)


def test_the_board_tells_no_data_from_a_pending_lot(tmp_path):
    from datetime import UTC, datetime

    from kkrvalg.report.dashboard import dashboard
    from rich.console import Console

    sheets = formand_tie_sheets()
    from kkrvalg.documents import AllocationDocument

    tied = run("allocate", write_workbook(tmp_path / "tie.xlsx", sheets), "--format", "json").stdout
    document = AllocationDocument.model_validate_json(tied)
    full = json.loads(run("allocate", write_workbook(tmp_path / "s.xlsx", small_sheets()), "--format", "json").stdout)
    full["kkr"][1] |= {
        "parties": [],
        "counted": 0,
        "chair": full["kkr"][1]["chair"] | {"status": "no_candidates", "formand": None, "naestformand": None},
    }
    empty = AllocationDocument.model_validate(full)
    console = Console(width=120, record=True)
    console.print(dashboard(document, [], "spejl", datetime.now(UTC), 1, [], "da"))
    console.print(dashboard(empty, ["08:00:00  KKR Nord: …"], "spejl", datetime.now(UTC), 2, ["x.json"], "da"))
    shown = console.export_text()
    assert "venter på lodtrækning" in shown and "uafgjort" in shown
    assert "│ Syd " in shown and "— " in shown and "Springer over (prøves igen ved næste ændring): x.json" in shown


def test_watch_stops_at_once_on_a_setup_it_cannot_use(tmp_path):
    """A bad workbook, a folder without an election, an unknown --valg or a history log that cannot be
    written end the watch before it starts (exit 2), with nothing written: no workbook, backup or log."""
    mirror = tmp_path / "spejl"
    shutil.copytree(FIXTURES / "valgdk", mirror)
    text = tmp_path / "tekst.xlsx"
    text.write_text("ikke en projektmappe", encoding="utf-8")
    folder = tmp_path / "mappe"
    folder.mkdir()
    log = tmp_path / "log.jsonl"
    workbook = tmp_path / "stemmer.xlsx"
    cases = [
        ((mirror, "--workbook", text, "--history", log), "kan ikke læses som Excel-projektmappe"),
        ((folder, "--workbook", workbook, "--history", log), "ikke et valg.dk-datatræ"),
        ((mirror, "--workbook", workbook, "--valg", "nope"), "--valg nope"),
        ((mirror, "--workbook", workbook, "--history", folder), "ikke en almindelig fil"),
        ((mirror, "--workbook", workbook, "--history", tmp_path / "nope" / "h.jsonl"), "findes ikke"),
        ((mirror, "--workbook", workbook, "--history", workbook), "angivet til to output"),
        ((mirror, "--workbook", workbook, "--history", mirror / "h.jsonl"), "ligger i inputmappen"),
        ((mirror, "--workbook", tmp_path / "stemmer.txt"), "filnavnet skal ende på .xlsx"),
    ]
    for args, expected in cases:
        assert expected in ended(run("watch", *args), 2), args
    assert text.read_text(encoding="utf-8") == "ikke en projektmappe"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mappe", "spejl", "tekst.xlsx"]
    assert not (mirror / "h.jsonl").exists()


def test_watch_history_that_fails_later_is_an_error_naming_the_log(tmp_path):
    from kkrvalg.errors import OutputError
    from kkrvalg.watching import append_history

    folder = tmp_path / "log"
    folder.mkdir()
    with pytest.raises(OutputError, match="Kan ikke skrive"):
        append_history(folder, {"time": "x"})


@pytest.mark.parametrize("night", [True, False], ids=["at 00:25", "final"])
def test_the_board_never_breaks_a_word_at_80_columns(night, night_workbook):
    from datetime import UTC, datetime

    from kkrvalg.documents import AllocationDocument
    from kkrvalg.report.dashboard import dashboard
    from rich.console import Console

    from helpers import BUNDLED

    args = (night_workbook, "--assume-mayors", "largest") if night else (BUNDLED,)
    document = AllocationDocument.model_validate_json(run("allocate", *args, "--format", "json").stdout)
    for lang, words in (
        ("da", ["næstformand", "foreløbig" if night else "endelig", "endelige"]),
        ("en", ["næstformand", "provisional" if night else "final", "final"]),
    ):
        console = Console(width=80, record=True)
        console.print(dashboard(document, [], "spejl", datetime.now(UTC), 1, [], lang))
        shown = console.export_text()
        assert all(len(line) <= 80 for line in shown.splitlines())
        for entry in document.kkr:
            assert f"│ {entry.kkr} " in shown
            for p in entry.parties:
                if p.members and len(p.party) == 1:
                    assert f"{p.party} {p.members}" in shown, (p, shown)
        assert all(word in shown for word in words)


def test_a_post_without_candidates_is_not_called_undecided(tmp_path):
    """Before: no one counted in Nord (no candidates, the post is empty — not waiting for a lot)."""
    sheets = small_sheets()
    sheets["stemmer"] = [sheets["stemmer"][0], *[r for r in sheets["stemmer"][1:] if r[0] == "Ærø Sogn"]]
    sheets["borgmestre"] = [r for r in sheets["borgmestre"] if r[0] not in ("Åby", "Østerby")]
    old = write_workbook(tmp_path / "tom.xlsx", sheets)
    new = write_workbook(tmp_path / "fuld.xlsx", small_sheets())
    shown = ended(run("diff", old, new), 0)
    assert "Formand skifter: — → V" in shown and "uafgjort" not in shown
    tie = write_workbook(tmp_path / "lod.xlsx", formand_tie_sheets())
    assert "uafgjort →" in ended(run("diff", tie, new), 0)


def test_watch_says_when_it_stops_after_one_calculation():
    from kkrvalg.i18n import counted, label

    assert label("watch_stopped", "da", rounds=counted("n_rounds", 1, "da")).startswith("Stoppet efter 1 beregning;")
    assert label("watch_stopped", "en", rounds=counted("n_rounds", 2, "en")).startswith("Stopped after 2 calculations;")
