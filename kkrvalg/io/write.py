"""Write output files atomically and like normal files: a reader sees the old file or the complete new one.

The input is never touched: a target that is an input file, lies inside an input folder, or is something
other than a regular file (a FIFO, a device, a folder) is refused before anything is written. New files
get the usual mode (0666 less the umask, as any program's output); a refreshed file keeps its own mode.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import OutputError, Problem


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_target(target: Path, inputs: Iterable[Path | str] = ()) -> None:
    """Refuse a target that is (or is inside) an input, or an existing file that is not a regular file."""
    resolved = target.resolve()
    for given in inputs:
        source = Path(given).resolve()
        if resolved == source or (source.is_dir() and source in resolved.parents):
            raise OutputError([Problem("output_is_input", {"path": str(target)})])
    if target.exists() and not target.is_file():
        raise OutputError([Problem("output_not_file", {"path": str(target)})])
    if not target.parent.is_dir():
        raise OutputError([Problem("output_folder_missing", {"path": str(target), "folder": str(target.parent)})])


def write_atomically(
    target: Path | str, save: Callable[[Path], None], inputs: Iterable[Path | str] = (), keep_mode: bool = False
) -> Path:
    """Call ``save`` on a temporary file next to ``target``, then rename it into place.

    On any failure — or an interrupt (Ctrl-C, SIGTERM) — the temporary file is removed and ``target`` is
    left as it was. With ``keep_mode`` an existing target keeps its permission bits.
    """
    target = Path(target)
    check_target(target, inputs)
    mode = stat.S_IMODE(target.stat().st_mode) if keep_mode and target.exists() else 0o666 & ~_umask()
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(handle)
        save(Path(temporary))
        os.chmod(temporary, mode)
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        detail = error.strerror or str(error)
        raise OutputError([Problem("write_failed", {"path": str(target), "detail": detail})]) from None
    finally:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)
    return target
