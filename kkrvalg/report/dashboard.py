"""The election-night board of ``kkrvalg watch``: the five KKR as they fill in, and a log of what changed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..changes import BodyChange, Changes, status
from ..i18n import Lang, label
from . import fmt
from .wording import title_of

LOG_LINES = 12


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M:%S")


def _members(entry: dict[str, Any]) -> str:
    return " · ".join(f"{p['party']} {p['members']}" for p in entry["parties"] if p["members"])


def board(document: dict[str, Any], lang: Lang) -> Table:
    """One row per KKR: how much is counted, its status, the provisional members and who holds the posts."""
    table = Table(title=label("watch_board", lang), title_style="bold", expand=True)
    for key, justify in (
        ("kkr", "left"),
        ("counted", "right"),
        ("watch_final", "right"),
        ("status", "left"),
        ("members", "left"),
        ("post_formand", "left"),
        ("post_naestformand", "left"),
    ):
        table.add_column(label(key, lang), justify=justify, overflow="fold")
    for entry in document["kkr"]:
        state = status(entry)
        chair = entry["chair"]
        final = entry["counted"] - len(entry["preliminary"])
        nobody = label("open", lang) if chair["status"] in ("pending_lot", "waiting_for_composition") else "—"
        table.add_row(
            entry["kkr"],
            f"{entry['counted']}/{entry['municipalities']}",
            str(final),
            Text(label("status_" + state, lang), style={"final": "green", "provisional": "yellow"}.get(state, "red")),
            _members(entry),
            chair["formand"] or nobody,
            chair["naestformand"] or nobody,
        )
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
        parts.append(f"{label('post_' + post, lang).lower()} {before or '—'} → {after or '—'}")
    if change.status:
        parts.append(" → ".join(label("status_" + s, lang) for s in change.status))
    return f"{title_of(change.kkr, lang)}: " + "; ".join(parts)


def dashboard(
    document: dict[str, Any],
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
