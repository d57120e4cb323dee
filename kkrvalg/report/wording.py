"""Sentences shared by the terminal and the Excel report, so both say exactly the same thing."""

from __future__ import annotations

from ..engine.chair import ChairResult
from ..engine.composition import Composition, PartyResult
from ..engine.lots import Tie
from ..i18n import Lang, label
from ..model import RulesProfile
from . import fmt


def provisional_text(c: Composition, lang: Lang) -> str | None:
    """The warning that a KKR rests on partial data, naming what is missing; None when complete."""
    t = c.tally
    if not t.provisional:
        return None
    parts = {
        "missing": label("banner_missing", lang, names=", ".join(t.missing)) if t.missing else "",
        "preliminary": label("banner_preliminary", lang, names=", ".join(t.preliminary)) if t.preliminary else "",
        "no_mayor": label("banner_no_mayor", lang, names=", ".join(t.without_mayor)) if t.without_mayor else "",
        "seats_unknown": label("banner_seats_unknown", lang, names=", ".join(t.seats_unknown))
        if t.seats_unknown
        else "",
    }
    return label("provisional_banner", lang, counted=t.counted, municipalities=len(t.municipalities), **parts)


def eligibility_text(p: PartyResult, rules: RulesProfile, lang: Lang) -> str:
    """ "yes", "yes — council seat unknown" or "no — why", the reason naming its rule."""
    if p.eligible:
        return label("yes", lang) + (f" — {label('seat_assumed', lang)}" if p.seat_assumed else "")
    threshold = f"{rules.threshold_percent.normalize():f}".replace(".", "," if lang == "da" else ".")
    return f"{label('no', lang)} — {label('reason_' + str(p.reason), lang, threshold=threshold)}"


def size_text(c: Composition, rules: RulesProfile, lang: Lang) -> str:
    cap_note = label("cap_bound", lang) if c.cap_reached else label("cap_free", lang)
    return label(
        "size_line",
        lang,
        members=c.members,
        mayors=c.mayors,
        supplementary=c.supplementary,
        cap=c.cap,
        factor=rules.cap_factor,
        municipalities=len(c.tally.municipalities),
        cap_note=cap_note,
    )


def tie_outcome(tie: Tie, lang: Lang) -> str:
    winners = ", ".join(tie.winners)
    if tie.resolution == "seed":
        return label("tie_seed", lang, seed=tie.seed, winners=winners)
    if tie.resolution == "supplied":
        return label("tie_supplied", lang, winners=winners)
    return label("tie_unresolved", lang)


def post_lines(chair: ChairResult, lang: Lang) -> list[str]:
    """Who holds each post, and through which valgforbund."""
    lines = []
    for post in chair.posts:
        via = label("via", lang, name=post.list_key) if post.list_key != post.party else ""
        lines.append(f"{label('post_' + post.post, lang)}: {post.party}{via}")
    return lines


def margin_lines(chair: ChairResult, lang: Lang) -> list[str]:
    """For each post: the votes the runner-up lacked and the votes the winner had to spare."""
    return [
        label(
            "margin_line",
            lang,
            post=label("post_" + m.post, lang),
            runner_up=m.runner_up,
            needed=fmt.integer(m.needed, lang),
            winner=m.winner,
            surplus=fmt.integer(m.surplus, lang),
        )
        for m in chair.margins
        if m.runner_up is not None
    ]
