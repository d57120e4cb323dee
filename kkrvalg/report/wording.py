"""Sentences shared by every report (terminal, Excel, HTML), so all of them say exactly the same thing."""

from __future__ import annotations

from ..engine.chair import ChairResult, Post, post_of
from ..engine.composition import Composition, PartyResult
from ..engine.lots import Tie
from ..i18n import Lang, counted, label
from ..model import RulesProfile
from ..results import ORGANS, BodyRecord, LotOutcome
from . import fmt

NATIONAL_BODIES = tuple(o for o in ORGANS if o != "kkr")


def title_of(name: str, lang: Lang) -> str:
    """A body by its name: ``KKR Nordjylland``, or the national body's name (``repraesentantskab``, …)."""
    if name in NATIONAL_BODIES:
        return label("organ_" + name, lang)
    return label("kkr_title", lang, kkr=name)


def body_title(record: BodyRecord, lang: Lang) -> str:
    return title_of(record.name, lang)


def tie_place(tie: Tie, lang: Lang) -> str:
    """Where a tie arose, in words: ``KKR Syd, supplerende medlemmer``."""
    context = tie.context
    body = title_of(context.body, lang)
    return label("tie_place_" + context.kind, lang, body=body, valgforbund=context.valgforbund or "")


def between(parties: tuple[str, ...], lang: Lang) -> str:
    """``A og V`` / ``A, B og V``: the candidates of a drawing."""
    if len(parties) == 1:
        return parties[0]
    return label("and_list", lang, first=", ".join(parties[:-1]), last=parties[-1])


def holder_text(holder: str | None, waiting: bool, lang: Lang) -> str:
    """A post's holder as a saved result has it: empty is *undecided* while a lot is pending, else none."""
    return holder or (label("open", lang) if waiting else "—")


def undecided_text(candidates: tuple[str, ...], lang: Lang) -> str:
    """What a seat or post waiting for a lot shows instead of a holder."""
    return label("undecided", lang, candidates=between(candidates, lang))


def provisional_text(c: Composition, lang: Lang) -> str | None:
    """The warning that a body rests on partial data, naming what is missing; None when complete."""
    t = c.tally
    if not t.provisional:
        return None

    def part(key: str, values: tuple[str, ...]) -> str:
        return label(key, lang, names=", ".join(values)) if values else ""

    return label(
        "provisional_banner",
        lang,
        counted=t.counted,
        municipalities=len(t.municipalities),
        missing=part("banner_missing", t.missing),
        preliminary=part("banner_preliminary", t.preliminary),
        no_mayor=part("banner_no_mayor", t.without_mayor),
        seats_unknown=part("banner_seats_unknown", t.seats_unknown),
        assumed=part("banner_assumed_mayors", t.assumed_mayors),
    )


def named_lists(c: Composition) -> tuple[list[PartyResult], list[PartyResult]]:
    """The lists a composition table names (parties, and local lists holding a mayor) and the other local lists
    outside R3, which a table sums in one row: they win nothing, and there can be dozens."""
    named = [p for p in c.parties if p.reason != "not_a_party" or p.mayors]
    return named, [p for p in c.parties if p not in named]


def threshold_text(rules: RulesProfile, lang: Lang, value=None) -> str:
    shown = f"{(value if value is not None else rules.threshold_percent).normalize():f}"
    return shown.replace(".", "," if lang == "da" else ".")


def eligibility_text(p: PartyResult, rules: RulesProfile, lang: Lang, organ: str = "kkr") -> str:
    """ "yes", "yes — council seat unknown" or "no — why", the reason naming its rule."""
    if p.eligible:
        return label("yes", lang) + (f" — {label('seat_assumed', lang)}" if p.seat_assumed else "")
    percent = rules.bestyrelse_threshold_percent if organ == "bestyrelse" else rules.threshold_percent
    reason = label("reason_" + str(p.reason), lang, threshold=threshold_text(rules, lang, percent))
    return f"{label('no', lang)} — {reason}"


def size_text(record: BodyRecord, rules: RulesProfile, lang: Lang) -> str:
    """How many members, of which kinds, against the cap (R7) — or the board's size (R14)."""
    c = record.composition
    undecided = label("size_undecided", lang, seats=counted("n_seats", c.undecided, lang)) if c.undecided else ""
    if record.organ == "bestyrelse":
        return label("size_board", lang, seats=counted("n_seats", c.size, lang), undecided=undecided)
    if c.cap is None:
        cap = label("cap_none", lang)
    else:
        factor = rules.repraesentantskab_cap_factor if record.organ == "repraesentantskab" else rules.cap_factor
        note = label("cap_bound", lang) if c.cap_reached else label("cap_free", lang)
        cap = label(
            "cap_line",
            lang,
            cap=c.cap,
            factor=factor,
            municipalities=counted("n_municipalities", len(c.tally.municipalities), lang),
            cap_note=note,
        )
    return label(
        "size_line",
        lang,
        members=counted("n_members", c.size, lang),
        mayors=counted("n_mayors", c.mayors, lang),
        supplementary=counted("n_supplementary", c.supplementary, lang),
        undecided=undecided,
        cap=cap,
    )


def tie_outcome(tie: Tie, lang: Lang) -> str:
    winners = ", ".join(tie.winners)
    if tie.resolution == "seed":
        return label("tie_seed", lang, seed=tie.seed, winners=winners)
    if tie.resolution == "supplied":
        return label("tie_supplied", lang, winners=winners)
    return label("tie_waits", lang)


def tie_line(tie: Tie, lang: Lang, number: int | None = None) -> str:
    """One tie: where, which seat, who, the shared quotient and how it was (or is to be) settled."""
    prefix = label("lot_number", lang, number=number) if number is not None else ""
    post = post_of(tie)
    seat = label("post_" + post, lang).lower() if post else label("seat_number", lang, seat=tie.seat)
    return prefix + label(
        "tie_line",
        lang,
        place=tie_place(tie, lang),
        seat=seat,
        candidates=between(tie.candidates, lang),
        quotient=fmt.quotient(tie.quotient, lang),
        seats=counted("n_seats", tie.seats, lang),
        outcome=tie_outcome(tie, lang),
    )


def outcome_line(outcome: LotOutcome, record: BodyRecord, lang: Lang) -> str:
    """What one possible drawing gives: the members per party and, for a KKR, who takes the posts."""
    members = ", ".join(f"{party} {n}" for party, n in outcome.members.items())
    posts = ""
    if record.organ == "kkr":
        formand = outcome.formand or label("open", lang)
        naestformand = outcome.naestformand or label("open", lang)
        posts = label("alternative_posts", lang, formand=formand, naestformand=naestformand)
    return label("tie_alternative", lang, winners=between(outcome.winners, lang), composition=members, posts=posts)


def post_tie(post: Post, chair: ChairResult) -> Tie | None:
    """The unresolved tie an undecided post waits for: inside the valgforbund that won it, else between the lists.

    Not simply the first pending tie: a valgforbund can win formand outright and tie inside while the lists
    tie for næstformand, and each post then waits for its own drawing.
    """
    if post.decided:
        return None
    kind, inside = ("valgforbund", post.list_key) if post.list_key else ("chair", None)
    return next(
        (t for t in chair.ties if not t.resolved and t.context.kind == kind and t.context.valgforbund == inside), None
    )


def post_holder(post: Post, chair: ChairResult, lang: Lang) -> str:
    """Who holds a post, through which valgforbund, whether by lot — or that a lot decides it."""
    if not post.decided:
        tie = post_tie(post, chair)
        return undecided_text(tie.candidates, lang) if tie else label("no_candidates", lang)
    via = label("via", lang, name=post.list_key) if post.list_key != post.party else ""
    by_lot = label("won_by_lot", lang) if post.by_lot else ""
    return f"{post.party}{via}{by_lot}"


def post_lines(chair: ChairResult, lang: Lang) -> list[str]:
    return [f"{label('post_' + post.post, lang)}: {post_holder(post, chair, lang)}" for post in chair.posts]


def margin_lines(chair: ChairResult, lang: Lang) -> list[str]:
    """For each post won outright: the votes the runner-up lacked and the votes the winner had to spare."""
    decided = {p.post for p in chair.posts if p.decided}
    return [
        label(
            "margin_line",
            lang,
            post=label("post_" + m.post, lang),
            runner_up=m.runner_up,
            needed=counted("n_votes", m.needed, lang),
            winner=m.winner,
            surplus=counted("n_votes", m.surplus, lang),
        )
        for m in chair.margins
        if m.runner_up is not None and not m.by_lot and m.post in decided
    ]


_CHOICE_LABELS = {"threshold_denominator": "", "council_seat_scope": "scope_", "stopping_rule": "stopping_"}
"""The rules settings that are a choice between named values, and the prefix of each value's label."""


def choice_text(setting: str, value: str, lang: Lang) -> str | None:
    """A choice setting's value in words (``gyldige stemmer``); None for a setting that is not a choice."""
    prefix = _CHOICE_LABELS.get(setting)
    return None if prefix is None else label(prefix + value, lang)


def rules_line(rules: RulesProfile, lang: Lang, organ: str = "kkr") -> str:
    """The settings a calculation of ``organ`` used, in one line (the report footer)."""
    if organ == "bestyrelse":
        seats = counted("n_seats", rules.bestyrelse_seats, lang)
        return label(
            "rules_line_board",
            lang,
            seats=seats,
            threshold=threshold_text(rules, lang, rules.bestyrelse_threshold_percent),
        )
    factor = rules.repraesentantskab_cap_factor if organ == "repraesentantskab" else rules.cap_factor
    scope = rules.council_seat_scope + (
        "_national" if organ != "kkr" and rules.council_seat_scope == "geography" else ""
    )
    return label(
        "rules_line",
        lang,
        threshold=threshold_text(rules, lang),
        denominator=choice_text("threshold_denominator", rules.threshold_denominator, lang),
        scope=choice_text("council_seat_scope", scope, lang),
        cap=label("rules_cap", lang, factor=factor) if factor is not None else label("rules_no_cap", lang),
        stopping=choice_text("stopping_rule", rules.stopping_rule, lang),
    )


def lot_hint(lang: Lang) -> str:
    """What to do when a tie waits for a lot (exit 3)."""
    return label("tie_exit", lang)
