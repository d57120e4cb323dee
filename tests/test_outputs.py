"""The input is never touched, and outputs behave like normal files (mode, atomic replace, interrupts)."""

import os
import signal
import stat
from pathlib import Path

import pytest
from kkrvalg.cli.group import terminate_like_interrupt
from kkrvalg.io.write import write_atomically

from helpers import ended, run, small_sheets, write_workbook


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_report_is_never_written_into_an_input_csv_folder(small_csv_folder):
    csv_folder = small_csv_folder
    before = snapshot(csv_folder)
    for target in (csv_folder / "stemmer.csv", csv_folder / "rapport.xlsx"):
        assert "inputfilen" in ended(run("allocate", csv_folder, "--xlsx", target), 2)
        assert "inputfilen" in ended(run("allocate", csv_folder / "stemmer.csv", "--xlsx", target), 2)
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
    assert "inputfilen" in ended(run("import", "valgdk", tree, "-o", tree / "stemmer.xlsx"), 2)
    assert sorted(p.relative_to(tree) for p in tree.rglob("*")) == before
