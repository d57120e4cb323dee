"""The input is never touched, and outputs behave like normal files (mode, atomic replace, interrupts)."""

import errno
import os
import signal
import stat
from pathlib import Path

import pytest
from kkrvalg.cli.group import terminate_like_interrupt
from kkrvalg.errors import OutputError
from kkrvalg.io.write import write_all, write_atomically

from helpers import FIXTURES, ended, run, small_sheets, write_workbook


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_report_is_never_written_into_an_input_csv_folder(small_csv_folder):
    csv_folder = small_csv_folder
    before = snapshot(csv_folder)
    for target in (csv_folder / "stemmer.csv", csv_folder / "rapport.xlsx"):
        assert "ligger i inputmappen" in ended(run("allocate", csv_folder, "--xlsx", target), 2)
        assert "ligger i inputmappen" in ended(run("allocate", csv_folder / "stemmer.csv", "--xlsx", target), 2)
    assert snapshot(csv_folder) == before


def test_a_report_never_replaces_the_input_workbook(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    before = path.read_bytes()
    for other in (path, tmp_path / "." / "s.xlsx"):
        assert "inputfilen" in ended(run("allocate", path, "--xlsx", other), 2)
    assert path.read_bytes() == before


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_a_report_never_replaces_something_that_is_not_a_regular_file(tmp_path, kind):
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    if kind == "fifo":
        target = tmp_path / "rør.xlsx"
        os.mkfifo(target)
    elif kind == "device":
        target = Path("/dev/null")
    else:
        target = tmp_path / "mappe.xlsx"
        target.mkdir()
    assert "ikke en almindelig fil" in ended(run("allocate", path, "--xlsx", target), 2)
    assert target.exists() and not target.is_file()
    assert not list(tmp_path.glob(".*.tmp"))


def test_outputs_get_the_usual_mode_and_an_update_keeps_its_own(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    old = os.umask(0o027)
    try:
        ended(run("allocate", path, "--xlsx", tmp_path / "r.xlsx"), 0)
        ended(run("template", tmp_path / "t.xlsx"), 0)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "r.xlsx").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "t.xlsx").stat().st_mode) == 0o640
    target = tmp_path / "kept.xlsx"
    write_atomically(target, lambda p: p.write_bytes(b"old"))
    target.chmod(0o604)
    write_atomically(target, lambda p: p.write_bytes(b"new"), keep_mode=True)
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o604


def test_sigterm_during_a_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"old")

    def interrupted_save(path: Path) -> None:
        path.write_bytes(b"half")
        os.kill(os.getpid(), signal.SIGTERM)

    with pytest.raises(SystemExit) as stopped, terminate_like_interrupt():
        write_atomically(target, interrupted_save)
    assert stopped.value.code == 128 + signal.SIGTERM
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_import_never_writes_into_the_tree_it_reads(tmp_path):
    import shutil

    from helpers import FIXTURES

    tree = tmp_path / "valgdk"
    shutil.copytree(FIXTURES / "valgdk", tree)
    before = sorted(p.relative_to(tree) for p in tree.rglob("*"))
    assert "ligger i inputmappen" in ended(run("import", "valgdk", tree, "-o", tree / "stemmer.xlsx"), 2)
    assert sorted(p.relative_to(tree) for p in tree.rglob("*")) == before


def test_two_outputs_never_share_a_file(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    same = tmp_path / "r.xlsx"
    ended(run("allocate", path, "--xlsx", same, "--html", same), 2)
    assert not same.exists() and not list(tmp_path.glob(".*.tmp"))
    with pytest.raises(OutputError, match="angivet til to output"):
        write_all([(same, lambda p: p.write_bytes(b"1")), (tmp_path / "." / "r.xlsx", lambda p: p.write_bytes(b"2"))])
    assert not same.exists()


def test_reports_are_written_all_or_none(tmp_path, monkeypatch):
    """The Excel report is saved first; when the HTML report then cannot be written (the system refuses
    it, as /proc does), neither is left behind."""
    from kkrvalg.cli import commands

    def refused(*_args):
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(commands, "_write_text", refused)
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    kept = tmp_path / "ok.xlsx"
    shown = ended(run("allocate", path, "--xlsx", kept, "--html", tmp_path / "r.html"), 2)
    assert "Kan ikke skrive" in shown and "r.html" in shown and "ingen skriveadgang" in shown
    assert not kept.exists() and not list(tmp_path.glob(".*.tmp"))


def test_a_failed_write_names_its_reason_in_the_readers_language(tmp_path):
    def full(_path):
        raise OSError(errno.ENOSPC, "No space left on device")

    for lang, reason in (("da", "disken er fuld"), ("en", "the disk is full")):
        with pytest.raises(OutputError) as raised:
            write_atomically(tmp_path / "r.xlsx", full)
        (message,) = raised.value.messages(lang)
        assert reason in message and "No space" not in message
    with pytest.raises(OutputError) as raised:
        write_atomically(tmp_path / "r.xlsx", lambda _p: (_ for _ in ()).throw(OSError(errno.EACCES, "x")))
    assert "åben i Excel" in raised.value.messages("da")[0]
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("option", "name"), [("--xlsx", "rapport.html"), ("--xlsx", "rapport.txt"), ("--html", "rapport.xlsx")]
)
def test_a_report_must_be_named_for_what_it_is(tmp_path, option, name):
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    assert "filnavnet skal ende på" in ended(run("allocate", path, option, tmp_path / name), 2)
    assert not (tmp_path / name).exists()


def test_targets_that_are_folders_are_named_as_such_not_offered_force(tmp_path):
    folder = tmp_path / "mappe.xlsx"
    folder.mkdir()
    for args in (("template", folder), ("template", folder, "--force")):
        shown = ended(run(*args), 2)
        assert "ikke en almindelig fil" in shown and "--force" not in shown
    shown = ended(run("import", "valgdk", FIXTURES / "valgdk", "--update", folder), 2)
    assert "ikke en almindelig fil" in shown and "findes ikke" not in shown
    shown = ended(run("import", "valgdk", FIXTURES / "valgdk", "--update", tmp_path / "ny.xlsx"), 2)
    assert "findes ikke" in shown and "-o" in shown
