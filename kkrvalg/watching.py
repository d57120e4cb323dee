"""Election night: follow a valg.dk mirror, refresh the workbook on every release, recompute, say what changed.

Each round reads the tree the way ``import valgdk`` does (a file that cannot be read yet — usually one still
being written — is left out and taken next round), refreshes the workbook exactly as ``import valgdk
--update`` does (typed sheets kept, atomic write; one backup per session), recomputes every KKR and
compares with the round before. File events come from watchfiles; ``interval`` switches it to polling, for
network drives where no events arrive.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from .changes import Changes, compare
from .errors import Problem
from .model import RulesProfile

if TYPE_CHECKING:
    from .documents import AllocationDocument, WatchLine
    from .i18n import Lang


@dataclass(frozen=True)
class Round:
    """One recomputation: when, the allocate document, what changed since the round before, what was skipped."""

    time: datetime
    read_at: datetime
    """When the round began reading the mirror: every file written before it is in this round."""
    document: AllocationDocument
    changes: Changes | None
    skipped: tuple[Problem, ...]
    backup: Path | None

    def line(self) -> WatchLine:
        """The document of ``--format jsonl`` and ``--history``: one JSON line per round."""
        from .documents import WatchLine
        from .documents.changes import MunicipalityChanges, change_rows

        changed = self.changes
        return WatchLine(
            time=self.time.isoformat(timespec="seconds"),
            read_at=self.read_at.isoformat(timespec="milliseconds"),
            complete=self.document.complete,
            kkr=self.document.kkr,
            changes=change_rows(changed) if changed else [],
            municipalities=None
            if changed is None
            else MunicipalityChanges(counted=list(changed.counted), final=list(changed.final)),
            skipped=[p.file or "" for p in self.skipped],
        )


def tree_state(mirror: Path) -> frozenset[tuple[str, int, int]]:
    """Every data file of the mirror with its size and time: a round is due when this changes."""
    files = (p for p in mirror.rglob("*.json") if p.is_file())
    return frozenset((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in files)


class Follower:
    """The state of a watch session: the workbook, the last document, and whether a backup was made."""

    def __init__(
        self, mirror: Path, workbook: Path, election: str | None, rules: RulesProfile, assume_mayors: bool, lang: Lang
    ) -> None:
        self.mirror, self.workbook, self.election = mirror, workbook, election
        self.rules, self.assume_mayors, self.lang = rules, assume_mayors, lang
        self.previous: AllocationDocument | None = None
        self.backed_up = False

    def round(self) -> Round:
        """Import, refresh the workbook, recompute and compare (a KkrvalgError for input that cannot be used)."""
        from .documents import AllocationDocument, allocation_document
        from .io.cells import MunicipalityIndex
        from .io.import_workbook import backup, build_import_workbook
        from .io.load import load
        from .io.reference import bundled_municipalities
        from .io.valgdk import read_tree
        from .io.write import write_atomically
        from .pipeline import calculate
        from .request import Request

        read_at = datetime.now(UTC)
        imported = read_tree(self.mirror, bundled_municipalities(), self.election, skip_bad=True)
        existing = self.workbook if self.workbook.exists() else None
        book, _ = build_import_workbook(imported, MunicipalityIndex(bundled_municipalities()), self.lang, existing)
        saved = None
        if existing is not None and not self.backed_up:
            saved = backup(self.workbook)
            self.backed_up = True
        write_atomically(self.workbook, book.save, inputs=[self.mirror], keep_mode=True)
        request = Request(rules=self.rules, assume_mayors=self.assume_mayors)
        calculation = calculate(load(self.workbook), request)
        document = allocation_document(calculation)
        assert isinstance(document, AllocationDocument)  # watch follows the KKR
        changes = compare(self.previous, document) if self.previous is not None else None
        self.previous = document
        return Round(calculation.computed_at, read_at, document, changes, tuple(imported.skipped), saved)


class _Polling(TypedDict, total=False):
    """watchfiles' options for polling instead of file events."""

    force_polling: bool
    poll_delay_ms: int


def changes_in(mirror: Path, interval: float | None) -> Iterator[None]:
    """Once now, and again whenever the mirror's data files change, until interrupted (Ctrl-C, SIGTERM)."""
    from watchfiles import watch

    state = tree_state(mirror)
    yield None
    polling: _Polling = {"force_polling": True, "poll_delay_ms": int(interval * 1000)} if interval else {}
    for _ in watch(mirror, debounce=400, step=100, yield_on_timeout=True, rust_timeout=1000, **polling):
        now = tree_state(mirror)
        if now != state:
            state = now
            yield None


def open_history(path: Path) -> bool:
    """Make sure the history log can be written before the watch starts; whether it had to be created."""
    from .io.write import write_failed

    existed = path.exists()
    try:
        path.open("a", encoding="utf-8").close()
    except OSError as error:
        raise write_failed(path, error) from None
    return not existed


def append_history(path: Path, line: WatchLine) -> None:
    """One JSON line per state, appended (the file is a log: it is never rewritten)."""
    from .io.write import write_failed

    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(line.model_dump_json() + "\n")
    except OSError as error:
        raise write_failed(path, error) from None
