"""Write output files atomically: a reader sees the old file or the complete new one, never half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import OutputError, Problem


def write_atomically(target: Path | str, save: Callable[[Path], None], protect: Iterable[Path | str] = ()) -> Path:
    """Call ``save`` on a temporary file next to ``target``, then rename it into place.

    ``protect`` lists files that must never be overwritten (the input workbook). On any failure the
    temporary file is removed and ``target`` is left as it was.
    """
    target = Path(target)
    for path in protect:
        if target.resolve() == Path(path).resolve():
            raise OutputError([Problem("output_is_input", {"path": str(target)})])
    if not target.parent.is_dir():
        raise OutputError([Problem("output_folder_missing", {"path": str(target), "folder": str(target.parent)})])
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(handle)
        save(Path(temporary))
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise OutputError(
            [Problem("write_failed", {"path": str(target), "detail": error.strerror or str(error)})]
        ) from None
    finally:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)
    return target
