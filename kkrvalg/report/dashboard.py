"""The election-night board of ``kkrvalg watch``: the five KKR as they fill in, and a log of what changed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, JustifyMethod, RenderableType, RenderResult
from rich.measure import Measurement
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..changes import BodyChange, Changes, waiting_for_lot
from ..i18n import Lang, counted, keys, label
from . import fmt
from .wording import holder_text, title_of

if TYPE_CHECKING:
    from ..documents import AllocationDocument, KkrEntry

LOG_LINES = 12


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M:%S")


class Members:
    """``A 6 · V 5 · C 3`` wrapped only between parties, never inside ``A 6`` or a local list's name
    (Rich wraps at every space, and treats a no-break space as one)."""

    SEPARATOR = " · "

    def __init__(self, items: Sequence[str]) -> None:
        self.items = list(items) or ["—"]

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widest = max(cell_len(item) for item in self.items)
        return Measurement(min(widest, 12), cell_len(self.SEPARATOR.join(self.items)))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines: list[str] = []
        for item in self.items:
            if lines and cell_len(lines[-1] + self.SEPARATOR + item) <= options.max_width:
                lines[-1] += self.SEPARATOR + item
            else:
                lines.append(item)
        yield Text("\n".join(lines), overflow="fold")


def _members(entry: KkrEntry) -> Members:
    return Members([f"{p.party} {p.members}" for p in entry.parties if p.members])


def _longest_word(texts: Sequence[str]) -> int:
    return max(cell_len(word) for text in texts for word in text.split())


def board(document: AllocationDocument, lang: Lang) -> Table:
    """One row per KKR: how much is counted (and final), its status, the provisional members and who holds
    the posts. No column is narrower than its longest word, so a name is never broken at 80 columns."""
    rows = []
    for entry in document.kkr:
        state = entry.status
        final = entry.counted - len(entry.preliminary)
        waiting = waiting_for_lot(entry)
        style = {"final": "green", "provisional": "yellow"}.get(state, "red")
        posts = " / ".join(
            holder_text(holder, waiting, lang) for holder in (entry.chair.formand, entry.chair.naestformand)
        )
        status = Text(label(keys.STATUS[state], lang), style=style)
        if entry.assumed_mayors:  # --assume-mayors: never shown as if the councils had elected them
            assumed = counted("n_mayors", len(entry.assumed_mayors), lang)
            status.append("\n" + label("watch_assumed", lang, mayors=assumed), style="yellow")
        rows.append(
            (
                entry.kkr,
                f"{entry.counted}/{entry.municipalities} ({final})",
                status,
                _members(entry),
                posts,
            )
        )
    table = Table(title=label("watch_board", lang), title_style="bold", expand=True)
    statuses = [label(key, lang) for key in keys.STATUS.values()]
    columns: tuple[tuple[str, JustifyMethod, list[str] | None], ...] = (
        ("kkr", "left", [r[0] for r in rows]),
        ("watch_counted", "right", [r[1] for r in rows]),
        ("status", "left", statuses),
        ("members", "left", None),
        ("watch_posts", "left", [r[4] for r in rows]),
    )
    for key, justify, words in columns:
        if words is None:
            table.add_column(label(key, lang), justify=justify, ratio=1)
        else:
            table.add_column(label(key, lang), justify=justify, min_width=_longest_word([*words, label(key, lang)]))
    for row in rows:
        table.add_row(*row)
    return table


def change_lines(moment: datetime, changes: Changes, lang: Lang) -> list[str]:
    """The change log's lines for one round: one per KKR that changed, then the municipalities."""
    stamp = local_time(moment)
    lines = [f"{stamp}  {summary(b, lang)}" for b in changes.bodies if b.changed]
    if changes.counted:
        lines.append(f"{stamp}  {label('newly_counted', lang, names=', '.join(changes.counted))}")
    if changes.final:
        lines.append(f"{stamp}  {label('newly_final', lang, names=', '.join(changes.final))}")
    return lines


def summary(change: BodyChange, lang: Lang) -> str:
    """``KKR Syd: V 4 → 5, A 6 → 5 medlemmer; formand A → V; foreløbig → endelig``."""
    parts = []
    moved = [p for p in change.parties if (p.before or (0, 0))[1] != (p.after or (0, 0))[1]]
    if moved:
        shown = ", ".join(f"{p.party} {(p.before or (0, 0))[1]} → {(p.after or (0, 0))[1]}" for p in moved)
        parts.append(label("watch_members", lang, changes=shown))
    votes = sum((p.after or (0, 0))[0] - (p.before or (0, 0))[0] for p in change.parties)
    if votes:
        parts.append(label("watch_votes", lang, votes=fmt.integer(votes, lang)))
    for post, (before, after) in change.posts.items():
        held = (holder_text(before, change.waiting[0], lang), holder_text(after, change.waiting[1], lang))
        parts.append(f"{label(keys.POST[post], lang).lower()} {held[0]} → {held[1]}")
    if change.status:
        parts.append(" → ".join(label(keys.STATUS[s], lang) for s in change.status))
    return f"{title_of(change.kkr, lang)}: " + "; ".join(parts)


def dashboard(
    document: AllocationDocument,
    log: Sequence[str],
    mirror: str,
    moment: datetime,
    rounds: int,
    skipped: Sequence[str],
    lang: Lang,
) -> RenderableType:
    """The whole board: heading, the KKR table, files left out this round, and the latest changes."""
    heading = label("watch_heading", lang, mirror=mirror, time=local_time(moment), rounds=rounds)
    parts: list[RenderableType] = [Text(heading, style="bold"), board(document, lang)]
    if skipped:
        parts.append(Text(label("watch_skipped", lang, files=", ".join(skipped)), style="yellow"))
    recent = list(log)[-LOG_LINES:] or [label("watch_no_changes_yet", lang)]
    parts.append(Panel("\n".join(recent), title=label("watch_log", lang), title_align="left"))
    return Group(*parts)
