"""The changes between two calculations as Rich tables (``kkrvalg diff`` and the watch dashboard's log)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..changes import BodyChange, Changes
from ..i18n import Lang, keys, label
from . import fmt
from .wording import holder_text, title_of


def _signed(n: int, lang: Lang) -> str:
    return ("+" if n > 0 else "−" if n < 0 else "±") + fmt.integer(abs(n), lang)


def body_table(change: BodyChange, lang: Lang) -> RenderableType:
    """The parties of one body whose votes or members moved, before → after with the difference."""
    title = title_of(change.kkr, lang)
    parts: list[RenderableType] = []
    if change.parties:
        table = Table(title=title, title_style="bold", title_justify="left")
        for key in ("party", "votes_before", "votes_after", "difference", "members_before", "members_after"):
            table.add_column(label(key, lang), justify="left" if key == "party" else "right")
        for p in change.parties:
            old, new = p.before or (0, 0), p.after or (0, 0)
            table.add_row(
                p.party,
                fmt.integer(old[0], lang) if p.before else "—",
                fmt.integer(new[0], lang) if p.after else "—",
                _signed(new[0] - old[0], lang),
                str(old[1]) if p.before else "—",
                str(new[1]) if p.after else "—",
                style="bold" if old[1] != new[1] else None,
            )
        parts.append(table)
    else:
        parts.append(Text(title, style="bold"))
    for post, (before, after) in change.posts.items():
        shown = (holder_text(before, change.waiting[0], lang), holder_text(after, change.waiting[1], lang))
        parts.append(
            Text(
                label("post_changed", lang, post=label(keys.POST[post], lang), before=shown[0], after=shown[1]),
                style="bold yellow",
            )
        )
    if change.status:
        before, after = (label(keys.STATUS[s], lang) for s in change.status)
        parts.append(Text(label("status_changed", lang, before=before, after=after), style="bold"))
    return Group(*parts)


def changes_view(changes: Changes, lang: Lang) -> RenderableType:
    """Every body that changed, then the municipalities newly counted or final — or that nothing changed."""
    if not changes.changed:
        return Text(label("no_changes", lang))
    parts: list[RenderableType] = [body_table(b, lang) for b in changes.bodies if b.changed]
    if changes.counted:
        parts.append(Text(label("newly_counted", lang, names=", ".join(changes.counted))))
    if changes.final:
        parts.append(Text(label("newly_final", lang, names=", ".join(changes.final))))
    return Group(*parts)
