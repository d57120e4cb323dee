"""Write output files atomically and like normal files: a reader sees the old file or the complete new one.

The input is never touched: a target that is an input file, lies inside an input folder, or is something
other than a regular file (a FIFO, a device, a folder) is refused before anything is written. New files
get the usual mode (0666 less the umask, as any program's output); a refreshed file keeps its own mode.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import Label, OutputError, Problem

if TYPE_CHECKING:
    from openpyxl.cell import Cell, MergedCell

Save = Callable[[Path], None]
C = TypeVar("C", bound="Cell | MergedCell")

# The reason a write failed, in the reader's language (the system's own text is English); other errors
# keep their errno name, which a search finds.
_REASONS = {
    errno.EACCES: "write_denied",
    errno.EPERM: "write_denied",
    errno.ENOENT: "write_no_folder",
    errno.ENOSPC: "write_disk_full",
    errno.EDQUOT: "write_disk_full",
    errno.EROFS: "write_read_only",
}


def as_text(cell: C) -> C:
    """Text stays text: openpyxl stores a string starting with ``=`` as a live formula, so a list named
    ``=HYPERLINK(…)`` would become a link (and one with `` (Rebild)`` after it a formula Excel "repairs").
    Every cell the tool writes goes through here; returns the cell."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell


def append_row(ws: Any, values: Sequence[Any]) -> None:
    """``ws.append(values)``, with every text kept as text (:func:`as_text`): a text openpyxl would take for a
    formula goes in as a cell already made text."""
    from openpyxl.cell.cell import Cell

    ws.append(
        [
            as_text(Cell(ws, value=v))  # type: ignore[call-arg]  # ws.append places it; stubs want row and column
            if isinstance(v, str) and v.startswith("=")
            else v
            for v in values
        ]
    )


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_suffix(target: Path, suffixes: tuple[str, ...], option: str) -> None:
    """Refuse ``--xlsx rapport.html`` and the like: the file would not open in the program its name promises."""
    if target.suffix.casefold() not in suffixes:
        raise OutputError([Problem("output_suffix", {"path": str(target), "option": option, "suffix": suffixes[0]})])


def check_target(target: Path, inputs: Iterable[Path | str] = ()) -> None:
    """Refuse a target that is (or is inside) an input, or an existing file that is not a regular file."""
    resolved = target.resolve()
    for given in inputs:
        source = Path(given).resolve()
        if resolved == source:
            raise OutputError([Problem("output_is_input", {"path": str(target)})])
        if source.is_dir() and source in resolved.parents:
            raise OutputError([Problem("output_in_input", {"path": str(target), "folder": str(given)})])
    if target.exists() and not target.is_file():
        raise OutputError([Problem("output_not_file", {"path": str(target)})])
    if target.is_file() and not (os.access(target, os.W_OK) and target.stat().st_mode & stat.S_IWUSR):
        raise OutputError([Problem("output_write_protected", {"path": str(target)})])
    if not target.parent.is_dir():
        raise OutputError([Problem("output_folder_missing", {"path": str(target), "folder": str(target.parent)})])


def write_atomically(
    target: Path | str, save: Save, inputs: Iterable[Path | str] = (), keep_mode: bool = False
) -> Path:
    """Call ``save`` on a temporary file next to ``target``, then rename it into place.

    On any failure — or an interrupt (Ctrl-C, SIGTERM) — the temporary file is removed and ``target`` is
    left as it was. With ``keep_mode`` an existing target keeps its permission bits.
    """
    target = Path(target)
    write_all([(target, save)], inputs, keep_mode)
    return target


def write_all(jobs: Sequence[tuple[Path, Save]], inputs: Iterable[Path | str] = (), keep_mode: bool = False) -> None:
    """Write several files as one step: every target is checked and every file saved to a temporary file
    before any is renamed into place, so a failure (a folder that cannot be written, a full disk) leaves
    none of them half done or written alone."""
    inputs = list(inputs)
    seen: dict[Path, Path] = {}
    for target, _ in jobs:
        check_target(target, inputs)
        if target.resolve() in seen:
            raise OutputError([Problem("output_twice", {"path": str(target)})])
        seen[target.resolve()] = target
    temporaries: list[tuple[str, Path]] = []
    try:
        for target, save in jobs:
            temporaries.append((_save_beside(target, save, keep_mode), target))
        for temporary, target in temporaries:
            try:
                os.replace(temporary, target)
            except OSError as error:
                raise write_failed(target, error) from None
    finally:
        for temporary, _ in temporaries:
            if os.path.exists(temporary):
                os.unlink(temporary)


def _save_beside(target: Path, save: Save, keep_mode: bool) -> str:
    """``save`` into a new temporary file in the target's folder (so the rename is atomic); its name."""
    mode = stat.S_IMODE(target.stat().st_mode) if keep_mode and target.exists() else 0o666 & ~_umask()
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise write_failed(target, error) from None
    os.close(handle)
    try:
        save(Path(temporary))
        os.chmod(temporary, mode)
    except BaseException as error:
        os.unlink(temporary)
        if isinstance(error, OSError):
            raise write_failed(target, error) from None
        raise
    return temporary


def write_failed(target: Path, error: OSError) -> OutputError:
    """The error for a file that could not be written, its reason in the reader's language."""
    reason = _REASONS.get(error.errno or 0)
    detail = Label(reason) if reason else errno.errorcode.get(error.errno or 0, type(error).__name__)
    return OutputError([Problem("write_failed", {"path": str(target), "detail": detail})])
