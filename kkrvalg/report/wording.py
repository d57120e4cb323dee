"""Sentences shared by every report (terminal, Excel, HTML), so all of them say exactly the same thing."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import cast

from ..engine.chair import ChairResult, Post, post_of
from ..engine.composition import Composition, PartyResult
from ..engine.lots import Tie
from ..i18n import Lang, counted, keys, label
from ..model import ORGANS, RulesProfile
from ..results import BodyRecord, Calculation, LotOutcome
from ..sensitivity import Alternative, Change
from . import fmt

NATIONAL_BODIES = tuple(o for o in ORGANS if o != "kkr")


def title_of(name: str, lang: Lang) -> str:
    """A body by its name: ``KKR Nordjylland``, or the national body's name (``repraesentantskab``, …)."""
    if name in NATIONAL_BODIES:
        return label(keys.ORGAN[name], lang)
    return label("kkr_title", lang, kkr=name)


def body_title(record: BodyRecord, lang: Lang) -> str:
    return title_of(record.name, lang)


def tie_place(tie: Tie, lang: Lang) -> str:
    """Where a tie arose, in words: ``KKR Syd, supplerende medlemmer``."""
    context = tie.context
    body = title_of(context.body, lang)
    return label(keys.TIE_PLACE[context.kind], lang, body=body, valgforbund=context.valgforbund or "")


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


BANNER_NAMES = 3
"""A banner names at most this many municipalities per status; more are counted (the full list is in the
reports' appendix, and in the terminal behind ``--verbose``)."""


def provisional_status(c: Composition) -> list[tuple[str, tuple[str, ...]]]:
    """What makes a body provisional, status by status: (label key, the municipalities concerned)."""
    t = c.tally
    statuses = (
        ("banner_missing", t.missing),
        ("banner_preliminary", t.preliminary),
        ("banner_no_mayor", t.without_mayor),
        ("banner_waiting_mayors", t.waiting_mayors),
        ("banner_seats_unknown", t.seats_unknown),
        ("banner_assumed_mayors", t.assumed_mayors),
    )
    return [(key, names) for key, names in statuses if names]


def provisional_text(c: Composition, lang: Lang, full: bool = False) -> str | None:
    """The warning that a body rests on partial data, and what is partial; None when complete.

    A status shared by many municipalities is counted (``alle 17 kommuner``, ``27 af 29 kommuner``) so the
    banner stays a few lines; ``full`` names every municipality instead.
    """
    t = c.tally
    if not t.provisional:
        return None
    total = len(t.municipalities)
    parts = []
    for key, names in provisional_status(c):
        if full or len(names) <= BANNER_NAMES:
            shown = ", ".join(names)
        elif key == "banner_missing":
            continue  # the headline counts them already
        elif len(names) == total:
            shown = label("all_municipalities", lang, count=total)
        else:
            shown = label("some_municipalities", lang, count=len(names), total=total)
        parts.append(label(key, lang, names=shown))
    return label("provisional_banner", lang, counted=t.counted, municipalities=total, details="".join(parts))


def provisional_details(c: Composition, lang: Lang) -> list[str]:
    """Every status with every municipality it concerns, one line each (the reports' appendix, ``--verbose``)."""
    return [label(key, lang, names=", ".join(names)).strip() for key, names in provisional_status(c)]


def named_lists(c: Composition) -> tuple[list[PartyResult], list[PartyResult]]:
    """The lists a composition table names (parties, and local lists holding a mayor) and the other local lists
    outside R3, which a table sums in one row: they win nothing, and there can be dozens."""
    named = [p for p in c.parties if p.reason != "not_a_party" or p.mayors]
    return named, [p for p in c.parties if p not in named]


def threshold_text(rules: RulesProfile, lang: Lang, value: Decimal | None = None) -> str:
    shown = f"{(value if value is not None else rules.threshold_percent).normalize():f}"
    return shown.replace(".", "," if lang == "da" else ".")


def eligibility_text(p: PartyResult, rules: RulesProfile, lang: Lang, organ: str = "kkr") -> str:
    """ "yes", "yes — council seat unknown" or "no — why", the reason naming its rule."""
    if p.eligible:
        return label("yes", lang) + (f" — {label('seat_assumed', lang)}" if p.seat_assumed else "")
    percent = rules.bestyrelse_threshold_percent if organ == "bestyrelse" else rules.threshold_percent
    reason = label(keys.REASON[str(p.reason)], lang, threshold=threshold_text(rules, lang, percent))
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
        met = "cap_met" if c.size == c.cap else "cap_free"  # the allocation stopped exactly at the cap on its own
        note = label("cap_bound", lang) if c.cap_reached else label(met, lang)
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


KEY_PREFIX = 12
"""Hex digits of each contender's key a report prints: enough to check the draw with ``sha256sum`` by eye."""


def draw_keys(tie: Tie) -> str:
    """``A 3b363906e2c8, B aebd30713e70``: the contenders of a seeded draw with their keys' first digits (R8)."""
    return ", ".join(f"{contender} {key[:KEY_PREFIX]}" for contender, key in tie.keys)


def tie_outcome(tie: Tie, lang: Lang) -> str:
    winners = ", ".join(tie.winners)
    if tie.resolution == "seed":
        return label("tie_seed", lang, seed=tie.seed, number=tie.number, keys=draw_keys(tie), winners=winners)
    if tie.resolution == "supplied":
        return label("tie_supplied", lang, winners=winners)
    return label("tie_waits", lang)


def tie_line(tie: Tie, lang: Lang, number: int | None = None) -> str:
    """One tie: where, which seat, who, the shared quotient and how it was (or is to be) settled."""
    prefix = label("lot_number", lang, number=number) if number is not None else ""
    post = post_of(tie)
    seat = label(keys.POST[post], lang).lower() if post else label("seat_number", lang, seat=tie.seat)
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


def post_holder(post: Post, chair: ChairResult, lang: Lang, parties: Mapping[str, PartyResult] | None = None) -> str:
    """Who holds a post (with the party's name when ``parties`` give it: ``A — Socialdemokratiet``), through which
    valgforbund, whether by lot — or that a lot decides it."""
    if post.party is None:  # not decided
        tie = post_tie(post, chair)
        return undecided_text(tie.candidates, lang) if tie else label("no_candidates", lang)
    via = label("via", lang, name=post.list_key) if post.list_key != post.party else ""
    by_lot = label("won_by_lot", lang) if post.by_lot else ""
    holder = post.party
    named = parties.get(post.party) if parties is not None else None
    if named is not None and named.name not in ("", post.party) and named.reason != "not_a_party":
        holder = f"{post.party} — {named.name}"
    return f"{holder}{via}{by_lot}"


def post_lines(chair: ChairResult, lang: Lang) -> list[str]:
    return [f"{label(keys.POST[post.post], lang)}: {post_holder(post, chair, lang)}" for post in chair.posts]


def chair_title(record: BodyRecord, lang: Lang) -> str:
    """The chair election's title: a KKR's (R9–R11), or KL's formand and næstformand (R15)."""
    if record.organ == "bestyrelse":
        basis = choice_text("bestyrelse_chair_basis", record.chair_basis, lang)
        return label("chair_title_board", lang, basis=basis)
    return label("chair_title", lang, kkr=record.name)


def scenarios_title(record: BodyRecord, lang: Lang) -> str:
    """The scenarios' title: a KKR's chair election, or the election of KL's formand on the bestyrelse (R15)."""
    if record.organ == "bestyrelse":
        return label("scenarios_title_board", lang)
    return label("scenarios_title", lang, kkr=record.name)


def chair_unit(record: BodyRecord) -> str:
    """The counted noun of the chair election's figures: votes, or bestyrelse seats (R15)."""
    return "n_seats" if record.chair_basis == "seats" else "n_votes"


def margin_lines(chair: ChairResult, lang: Lang, unit: str = "n_votes") -> list[str]:
    """For each post won outright, in plain words: who lacked how many votes (or seats) for which post, and how many
    the winner could have lost and still kept it. When the list that already has formand is the runner-up for
    næstformand, what it lacked is the votes to take both posts."""
    decided = {p.post for p in chair.posts if p.decided}
    formand = next((m.winner for m in chair.margins if m.post == "formand"), None)
    lines = []
    for m in chair.margins:
        if m.runner_up is None or m.by_lot or m.post not in decided or m.needed is None or m.surplus is None:
            continue
        both = m.post == "naestformand" and m.runner_up == formand
        lines.append(
            label(
                "margin_both" if both else "margin_line",
                lang,
                post=label(keys.POST[m.post], lang),
                post_lower=label(keys.POST[m.post], lang).lower(),
                runner_up=m.runner_up,
                needed=counted(unit, m.needed, lang),
                winner=m.winner,
                surplus=counted(unit, m.surplus, lang),
            )
        )
    return lines


def choice_text(setting: str, value: str, lang: Lang) -> str | None:
    """A choice setting's value in words (``gyldige stemmer``); None for a setting that is not a choice."""
    choices = keys.CHOICE.get(setting)
    return None if choices is None else label(choices[value], lang)


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


def alternative_text(alternative: Alternative, lang: Lang) -> str:
    """An alternative in words, with its rule: ``stop ved loftet (R5)`` or ``K ikke som parti (R3)``."""
    if alternative.setting.startswith("party:"):
        phrase = label("sensitivity_party", lang, letter=alternative.setting.split(":", 1)[1])
    else:
        value = alternative.value
        shown = choice_text(alternative.setting, str(value), lang)
        if shown is None:  # the repræsentantskab's cap (R13)
            shown = label("rules_no_cap", lang) if value is None else label("rules_cap", lang, factor=value)
        phrase = label(keys.SENSITIVITY[alternative.setting], lang, value=shown)
    return f"{phrase} ({alternative.rule})"


def _change_texts(changes: tuple[Change, ...], lang: Lang) -> list[str]:
    """What an alternative changes, body by body: ``KKR Syddanmark: 44 medlemmer i stedet for 42 (V 12 → 13)``."""
    texts = []
    for body in dict.fromkeys(c.body for c in changes):
        own = [c for c in changes if c.body == body]
        size = next((c for c in own if c.kind == "size"), None)
        parts = ", ".join(f"{c.party} {c.before} → {c.after}" for c in own if c.kind == "members")
        head = (
            label("instead_of", lang, after=counted("n_members", cast(int, size.after), lang), before=size.before)
            if size is not None
            else ""
        )
        members = f"{head} ({parts})" if head and parts else head or parts
        posts = [
            label(
                "instead_of",
                lang,
                after=f"{label(keys.POST[c.kind], lang).lower()} {c.after or label('open', lang)}",
                before=c.before or label("open", lang),
            )
            for c in own
            if c.kind in ("formand", "naestformand")
        ]
        texts.append(f"{title_of(body, lang)}: " + "; ".join(filter(None, [members, *posts])))
    return texts


def sensitivity_lines(calculation: Calculation, lang: Lang) -> list[tuple[str, bool]]:
    """Whether the result rests on an uncertain rule: one line per alternative that changes something (and what),
    then one line naming the alternatives that change nothing — or only that line. Each line with whether it
    says the result depends on the rule (a report shows those lines as warnings)."""
    if calculation.sensitivity is None:
        return []
    lines = [
        (
            label(
                "sensitivity_depends",
                lang,
                alternative=alternative_text(a, lang),
                changes="; ".join(_change_texts(a.changes, lang)),
            ),
            True,
        )
        for a in calculation.depends_on
    ]
    holds = [alternative_text(a, lang) for a in calculation.sensitivity if a.checked and not a.changes]
    unchecked = [alternative_text(a, lang) for a in calculation.sensitivity if not a.checked]
    if holds:
        key = "sensitivity_holds_also" if lines else "sensitivity_holds"
        lines.append((label(key, lang, alternatives="; ".join(holds)), False))
    if unchecked:
        lines.append((label("sensitivity_unchecked", lang, alternatives="; ".join(unchecked)), False))
    return lines
