"""What every report shows, computed once per result in the reader's language: the rows of the composition and
chair tables, the status lines, the roster and the lot protocol. Rich, the Jinja templates and openpyxl only lay
these out — none of them holds a rule or decides a status.

A number travels as :class:`Num`: the value Excel stores and the text the terminal and the page show.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from fractions import Fraction
from functools import partial
from typing import Literal

from ..dates import long_date, long_datetime
from ..engine.chair import ChairList, ChairResult
from ..engine.composition import PartyResult
from ..engine.quotient import Quotient
from ..i18n import Lang, counted, keys, label
from ..io.reference import bundled_colours
from ..model import RulesProfile
from ..results import BodyRecord, Calculation
from ..signoff import NO_SIGNOFF, SignOff
from . import fmt
from .colours import party_colours
from .wording import (
    between,
    body_title,
    chair_title,
    chair_unit,
    choice_text,
    eligibility_text,
    margin_lines,
    named_lists,
    outcome_line,
    post_holder,
    provisional_details,
    provisional_text,
    rules_line,
    sensitivity_lines,
    size_text,
    tie_line,
    tie_outcome,
    tie_place,
    undecided_text,
)

RowKind = Literal["party", "local", "others", "folded", "undecided", "total"]


@dataclass(frozen=True)
class Num:
    """A number as Excel stores it (``value``) and as the terminal and the page write it (``text``)."""

    value: int | Fraction | Quotient | None
    text: str


def num(value: int | Fraction | Quotient | None, lang: Lang) -> Num:
    if value is None:
        return Num(None, "")
    if isinstance(value, Quotient):
        return Num(value, fmt.exact(value, lang))
    if isinstance(value, Fraction):
        return Num(value, fmt.percent(value, lang))
    return Num(value, fmt.integer(value, lang))


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    """May break over lines (``Borg-\\nmestre``): a narrow column's header."""
    plain: str
    """On one line (``Borgmestre``), for a spreadsheet, which wraps by itself."""
    numeric: bool = False


@dataclass(frozen=True)
class PartyRow:
    key: str
    """The party's key: its letter, a listesamarbejde's name, or a local list's ``name (municipality)``."""
    label: str
    """``A Socialdemokratiet``, or the key where the name adds nothing."""
    name: str
    colour: str | None
    votes: Num
    share: Num
    council_seats: Num
    eligible: str
    seat_assumed: bool
    mayors: Num
    supplementary: Num
    members: Num
    kind: RowKind = "party"
    mayor_names: str = ""
    """``Borgmestre: Lars Gravgaard Hansen (Albertslund), …``: the party's born members by name."""

    @property
    def dim(self) -> bool:
        """Shown pale: wins nothing (ineligible without a mayor, or local lists outside R3)."""
        return self.kind in ("local", "others", "folded")


@dataclass(frozen=True)
class MayorRow:
    municipality: str
    name: str
    party: str
    party_label: str
    assumed: bool
    role: str
    """``borgmester``, or ``borgmester, antaget`` for a mayor assumed before the council has elected one."""


@dataclass(frozen=True)
class CompositionView:
    board: bool
    columns: tuple[Column, ...]
    rows: tuple[PartyRow, ...]
    """What every report lists: a row waiting for a lot first, the local lists outside R3 summed in one row last."""
    folded: tuple[PartyRow, ...]
    """The local lists the summed row stands for (Excel folds them away under it)."""
    total: PartyRow
    others_note: str | None
    size: str
    notes: tuple[str, ...]
    ties: tuple[str, ...]
    mayors: tuple[MayorRow, ...]


@dataclass(frozen=True)
class QuotientCell:
    quotient: Num
    post: str | None
    """The post this quotient won (``Formand``), or None."""


@dataclass(frozen=True)
class ChairRow:
    key: str
    members: tuple[str, ...]
    parties: str
    """The members with their names: ``A Socialdemokratiet, F SF - Socialistisk Folkeparti``."""
    votes: Num
    cells: tuple[QuotientCell, QuotientCell]
    """÷ 1 and ÷ 2."""


@dataclass(frozen=True)
class PostLine:
    post: str
    text: str
    decided: bool


@dataclass(frozen=True)
class ChairView:
    title: str
    valgforbund: str
    figures: str
    """The header of the lists' figures: votes, or seats on KL's bestyrelse (R15)."""
    rows: tuple[ChairRow, ...]
    posts: tuple[PostLine, ...]
    inner: tuple[str, ...]
    margins: tuple[str, ...]
    ties: tuple[str, ...]


@dataclass(frozen=True)
class Pending:
    line: str
    outcomes: tuple[str, ...]


@dataclass(frozen=True)
class RosterParty:
    party: str
    label: str
    seats: int
    """Supplementary seats the party elects: one numbered line each to fill in."""
    eligible: tuple[tuple[str, str], ...]
    """(name as on the ballot, municipality): the party's elected council members but its mayors."""


@dataclass(frozen=True)
class RosterView:
    """The member roster (Medlemsliste): the mayors, then each party's lines to fill and who can fill them."""

    title: str
    mayors: tuple[MayorRow, ...]
    parties: tuple[RosterParty, ...]
    members_known: bool
    """Whether the data name the elected members (an import from valg.dk does; a hand-made workbook not)."""
    undecided: str | None = None
    """Seats still waiting for a lot: no line is drawn for a party that may not get them."""


@dataclass(frozen=True)
class BodyView:
    index: int
    name: str
    organ: str
    title: str
    municipalities: str
    status: str
    status_kind: Literal["final", "provisional", "undecided"]
    banner: str | None
    details: tuple[str, ...]
    pending: tuple[Pending, ...]
    composition: CompositionView
    chair: ChairView | None
    chair_waits: str | None
    deadline: str | None
    roster: RosterView
    colours: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class OverviewRow:
    index: int
    name: str
    municipalities: Num
    counted: Num
    members: Num
    mayors: Num
    supplementary: Num
    cap: Num
    cap_text: str
    cap_reached: str
    formand: str
    naestformand: str
    ties: Num
    provisional: str
    status: str
    status_kind: str


@dataclass(frozen=True)
class LotRow:
    number: int
    place: str
    seat: Num
    quotient: Num
    candidates: str
    seats: Num
    winners: str
    outcome: str
    seed: int | None
    key: str
    resolved: bool


@dataclass(frozen=True)
class SeatRow:
    body: str
    order: Num
    kind: str
    party: str
    municipality: str
    name: str
    votes: Num
    divisor: Num
    quotient: Num
    tie: str


@dataclass(frozen=True)
class RuleRow:
    key: str
    label: str
    value: str | int | Fraction | None
    text: str
    description: str


@dataclass(frozen=True)
class ReportView:
    lang: Lang
    organ: str
    title: str
    intro: str
    computed: datetime
    computed_at: str
    """``computed`` in words, in the reader's language."""
    version: str
    source_name: str
    sha256: str
    bodies: tuple[BodyView, ...]
    overview: tuple[OverviewRow, ...]
    sensitivity: tuple[tuple[str, bool], ...]
    rules_line: str
    rules: tuple[RuleRow, ...]
    lots: tuple[LotRow, ...]
    seats: tuple[SeatRow, ...]
    deadline: str | None
    provisional: str | None
    pending: str | None
    valgforbund: str
    valgforbund_entries: tuple[tuple[str, str], ...]
    signoff: SignOff
    source_line: str


def party_label(p: PartyResult) -> str:
    if p.reason == "not_a_party" or p.name in ("", p.party):
        return p.party
    return f"{p.party} {p.name}"


def holder_label(party: str | None, parties: Mapping[str, PartyResult]) -> str | None:
    """A post's holder with the party's name: ``A — Socialdemokratiet``."""
    if party is None:
        return None
    p = parties.get(party)
    return f"{party} — {p.name}" if p is not None and p.name not in ("", party) else party


def _row(
    record: BodyRecord, p: PartyResult, rules: RulesProfile, lang: Lang, colours: Mapping[str, str], kind: RowKind
) -> PartyRow:
    return PartyRow(
        key=p.party,
        label=party_label(p),
        name=p.name,
        colour=colours.get(p.party),
        votes=num(p.votes, lang),
        share=num(p.share, lang),
        council_seats=num(p.council_seats, lang),
        eligible=eligibility_text(p, rules, lang, record.organ),
        seat_assumed=p.seat_assumed,
        mayors=num(p.mayors, lang),
        supplementary=num(p.supplementary, lang),
        members=num(p.members, lang),
        kind=kind,
    )


def _column(lang: Lang, key: str, header: str, plain: str) -> Column:
    return Column(key, label(header, lang), label(plain, lang), numeric=True)


def composition_view(
    record: BodyRecord, calculation: Calculation, colours: Mapping[str, str], lang: Lang
) -> CompositionView:
    """The composition's rows once: parties, local lists outside R3 summed in one row (and listed), a row for the
    seats waiting for a lot, the total, the size line and notes."""
    c = record.composition
    rules = calculation.rules
    board = record.organ == "bestyrelse"
    column = partial(_column, lang)
    named, others = named_lists(c)
    rows = [_row(record, p, rules, lang, colours, "party" if p.eligible or p.mayors else "local") for p in named]
    folded = tuple(_row(record, p, rules, lang, colours, "folded") for p in others)
    if others:
        summed = sum((p.share for p in others), start=Fraction(0))
        rows.append(
            PartyRow(
                key="",
                label=label("other_lists", lang, count=len(others)),
                name="",
                colour=None,
                votes=num(sum(p.votes for p in others), lang),
                share=num(summed, lang),
                council_seats=num(sum(p.council_seats for p in others), lang),
                eligible=f"{label('no', lang)} — {label('reason_not_a_party', lang)}",
                seat_assumed=False,
                mayors=num(0, lang),
                supplementary=num(0, lang),
                members=num(0, lang),
                kind="others",
            )
        )
    if c.pending:
        rows.insert(
            0,
            PartyRow(
                key="",
                label=undecided_text(c.pending.candidates, lang),
                name="",
                colour=None,
                votes=Num(None, ""),
                share=Num(None, ""),
                council_seats=Num(None, ""),
                eligible="",
                seat_assumed=False,
                mayors=Num(None, ""),
                supplementary=num(c.undecided, lang),
                members=num(c.undecided, lang),
                kind="undecided",
            ),
        )
    total = PartyRow(
        key="",
        label=label("total", lang),
        name="",
        colour=None,
        votes=num(sum(p.votes for p in c.parties), lang),
        share=Num(None, ""),
        council_seats=num(sum(p.council_seats for p in c.parties), lang),
        eligible="",
        seat_assumed=False,
        mayors=num(c.mayors, lang),
        supplementary=num(c.supplementary + c.undecided, lang),
        members=num(c.size, lang),
        kind="total",
    )
    counts = (
        [column("supplementary", "head_seats", "head_seats")]
        if board
        else [
            column("mayors", "head_mayors", "mayors"),
            column("supplementary", "head_supplementary", "supplementary"),
            column("members", "head_members", "members"),
        ]
    )
    columns = (
        Column("party", label("party", lang), label("party", lang)),
        column("votes", "votes", "votes"),
        column("share", "share", "share"),
        column("council_seats", "head_council_seats", "council_seats_short"),
        Column("eligible", label("eligible", lang), label("eligible", lang)),
        *counts,
    )
    parties = {p.party: p for p in c.parties}
    role = label("mayor", lang).lower()
    mayors = tuple(
        MayorRow(
            s.municipality or "",
            s.name,
            s.party or "",
            party_label(parties[s.party]),
            s.assumed,
            f"{role}, {label('assumed', lang)}" if s.assumed else role,
        )
        for s in sorted(c.seats, key=lambda s: s.municipality or "")
        if s.kind == "mayor" and s.party
    )
    rows = [replace(row, mayor_names=mayor_line(row.key, mayors, lang)) if row.key else row for row in rows]
    notes = (label("organ_method_note", lang),) if record.organ == "repraesentantskab" else ()
    return CompositionView(
        board=board,
        columns=columns,
        rows=tuple(rows),
        folded=folded,
        total=total,
        others_note=others_note(others, lang),
        size=size_text(record, rules, lang),
        notes=notes,
        ties=tuple(tie_line(t, lang) for t in c.ties if t.resolved),
        mayors=mayors,
    )


def mayor_line(party: str, mayors: tuple[MayorRow, ...], lang: Lang) -> str:
    """The party's mayors by name and municipality, an assumed one marked so; nothing for a party without."""
    names = []
    for m in (m for m in mayors if m.party == party):
        place = f"{m.municipality}, {label('assumed', lang)}" if m.assumed else m.municipality
        names.append(f"{m.name} ({place})" if m.name else place)
    return label("mayors_line", lang, names="; ".join(names)) if names else ""


def others_note(others: list[PartyResult], lang: Lang) -> str | None:
    """The local lists outside R3 that a table sums in one row, by name with their votes."""
    if not others:
        return None
    names = ", ".join(f"{p.party} {fmt.integer(p.votes, lang)}" for p in others)
    return label("html_other_lists_names", lang, names=names)


def chair_view(record: BodyRecord, chair: ChairResult, lang: Lang) -> ChairView:
    """The quotient table (÷ 1, ÷ 2) with the winning quotients marked, who holds each post (with the party's name),
    how a valgforbund's post went to one of its members, the margins and the ties."""
    won = {(p.list_key, p.quotient.divisor): p.post for p in chair.posts if p.list_key and p.quotient}
    parties = {p.party: p for p in record.composition.parties}

    def cell(lst: ChairList, d: int) -> QuotientCell:
        return QuotientCell(
            num(Quotient(lst.votes, d), lang),
            label(keys.POST[won[lst.key, d]], lang) if (lst.key, d) in won else None,
        )

    rows = tuple(
        ChairRow(
            key=lst.key,
            members=lst.members,
            parties=", ".join(party_label(parties[m]) for m in lst.members),
            votes=num(lst.votes, lang),
            cells=(cell(lst, 1), cell(lst, 2)),
        )
        for lst in chair.lists
    )
    posts = tuple(
        PostLine(p.post, f"{label(keys.POST[p.post], lang)}: {post_holder(p, chair, lang, parties)}", p.decided)
        for p in chair.posts
    )
    inner = tuple(
        label(
            "html_inner_post",
            lang,
            post=label(keys.POST[p.post], lang),
            valgforbund=p.list_key,
            party=p.party,
            quotient=fmt.quotient(p.member_quotient, lang),
        )
        for p in chair.posts
        if p.decided and p.list_key != p.party and p.member_quotient is not None
    )
    groups = record.valgforbund
    return ChairView(
        title=chair_title(record, lang),
        valgforbund=label("html_chair_valgforbund", lang, groups=groups_text(groups, lang))
        if groups
        else label("html_valgforbund_none", lang),
        figures=label("head_seats" if record.chair_basis == "seats" else "votes", lang),
        rows=rows,
        posts=posts,
        inner=inner,
        margins=tuple(margin_lines(chair, lang, chair_unit(record))),
        ties=tuple(tie_line(t, lang) for t in chair.ties if t.resolved),
    )


def groups_text(groups: Mapping[str, tuple[str, ...]], lang: Lang) -> str:
    """``AF (A, F); BC (B, C)``: valgforbund by name with their parties."""
    return "; ".join(
        label("html_valgforbund_entry", lang, name=name, parties=", ".join(members)) for name, members in groups.items()
    )


def roster_view(record: BodyRecord, composition: CompositionView, lang: Lang) -> RosterView:
    """The mayors (born members), then one line to fill per supplementary seat of each party, with the party's
    eligible members: its elected council members in the body's municipalities, but its mayors."""
    c = record.composition
    parties = tuple(
        RosterParty(
            p.party, party_label(p), p.supplementary, next(t.eligible for t in c.tally.parties if t.party == p.party)
        )
        for p in c.parties
        if p.supplementary
    )
    known = any(t.eligible for t in c.tally.parties)
    undecided = (
        label(
            "roster_undecided",
            lang,
            seats=counted("n_seats", c.undecided, lang),
            undecided=undecided_text(c.pending.candidates, lang),
        )
        if c.pending
        else None
    )
    title = label("roster_title", lang, body=body_title(record, lang))
    return RosterView(title, composition.mayors, parties, known, undecided)


def deadline_line(calculation: Calculation, lang: Lang) -> str | None:
    """R10: the meeting and the last day to notify a valgforbund, in words."""
    meeting, deadline = calculation.request.meeting, calculation.deadline
    if meeting is None or deadline is None:
        return None
    return label("deadline_line", lang, meeting=long_date(meeting, lang), deadline=long_date(deadline, lang))


def status_of(record: BodyRecord, lang: Lang) -> tuple[str, Literal["final", "provisional", "undecided"]]:
    """The verdict on a body, in words: waiting for a lot, provisional, or final (one place: ``record.status``)."""
    words = {"undecided": "html_status_pending", "provisional": "html_status_provisional", "final": "html_status_final"}
    return label(words[record.status], lang), record.status


def body_view(record: BodyRecord, index: int, calculation: Calculation, lang: Lang) -> BodyView:
    c = record.composition
    seated = [p for p in c.parties if p.members]
    colours = party_colours([p.party for p in seated], bundled_colours(), calculation.colours)
    municipalities = counted("n_municipalities", len(c.tally.municipalities), lang)
    if record.organ == "kkr":
        municipalities = label(
            "html_municipalities_line", lang, count=municipalities, names=", ".join(c.tally.municipalities)
        )
    numbers = calculation.lot_numbers
    composition = composition_view(record, calculation, colours, lang)
    text, kind = status_of(record, lang)
    return BodyView(
        index=index,
        name=record.name,
        organ=record.organ,
        title=body_title(record, lang),
        municipalities=municipalities,
        status=text,
        status_kind=kind,
        banner=provisional_text(c, lang),
        details=tuple(provisional_details(c, lang)),
        pending=tuple(
            Pending(
                tie_line(p.tie, lang, numbers.get(p.tie.key)), tuple(outcome_line(o, record, lang) for o in p.outcomes)
            )
            for p in record.pending
        ),
        composition=composition,
        chair=chair_view(record, record.chair, lang) if record.chair is not None else None,
        chair_waits=label("chair_waits", lang, kkr=record.name) if record.chair_waits else None,
        deadline=deadline_line(calculation, lang) if record.organ == "kkr" else None,
        roster=roster_view(record, composition, lang),
        colours=colours,
    )


def overview_row(record: BodyRecord, index: int, lang: Lang) -> OverviewRow:
    """A body's row in the overview; a chair election still waiting for a lot says so."""
    c, chair = record.composition, record.chair
    parties = {p.party: p for p in c.parties}
    holders = {p.post: post_holder(p, chair, lang, parties) for p in chair.posts} if chair else {}
    waiting = label("html_status_pending", lang)
    text, kind = status_of(record, lang)
    yes_no = {True: label("yes", lang), False: label("no", lang)}
    cap = num(c.cap, lang) if c.cap is not None else Num(None, label("excel_no_cap", lang))
    cap_text = cap.text
    return OverviewRow(
        index=index,
        name=record.name if record.organ == "kkr" else body_title(record, lang),
        municipalities=num(len(c.tally.municipalities), lang),
        counted=num(c.tally.counted, lang),
        members=num(c.size, lang),
        mayors=num(c.mayors, lang),
        supplementary=num(c.supplementary, lang),
        cap=cap,
        cap_text=f"{cap_text} ({label('cap_reached', lang).lower()})" if c.cap_reached else cap_text,
        cap_reached=yes_no[c.cap_reached],
        formand=holders.get("formand", waiting) if record.organ in ("kkr", "bestyrelse") else "",
        naestformand=holders.get("naestformand", waiting) if record.organ in ("kkr", "bestyrelse") else "",
        ties=num(len(record.ties), lang),
        provisional=yes_no[record.provisional],
        status=text,
        status_kind=kind,
    )


def lot_rows(calculation: Calculation, lang: Lang) -> tuple[LotRow, ...]:
    """The lot protocol: every tie, its lot number, candidates, winners and how it was settled (R8)."""
    return tuple(
        LotRow(
            number=n,
            place=tie_place(t, lang),
            seat=num(t.seat, lang),
            quotient=num(t.quotient, lang),
            candidates=", ".join(t.candidates),
            seats=num(t.seats, lang),
            winners=", ".join(t.winners) or "—",
            outcome=tie_outcome(t, lang),
            seed=t.seed,
            key=t.key,
            resolved=t.resolved,
        )
        for n, t in enumerate(calculation.ties, start=1)
    )


def seat_rows(calculation: Calculation, lang: Lang) -> tuple[SeatRow, ...]:
    """Every seat in award order per body (mayors first), then the chair posts, with the quotient that won it."""
    rows = []
    for record in calculation.records:
        name = record.name if record.organ == "kkr" else body_title(record, lang)
        for s in record.composition.seats:
            rows.append(
                SeatRow(
                    body=name,
                    order=num(s.order, lang),
                    kind=label(keys.SEAT_KIND[s.kind], lang),
                    party=s.party or undecided_text(s.candidates, lang),
                    municipality=s.municipality or "",
                    name=s.name,
                    votes=num(s.quotient.votes if s.quotient else None, lang),
                    divisor=num(s.quotient.divisor if s.quotient else None, lang),
                    quotient=num(s.quotient, lang),
                    tie=s.tie or "",
                )
            )
        chair = record.chair
        if chair is None:
            continue
        for p in chair.posts:
            q = p.quotient
            rows.append(
                SeatRow(
                    body=name,
                    order=Num(None, ""),
                    kind=label(keys.POST[p.post], lang),
                    party=p.party or post_holder(p, chair, lang),  # undecided, or no candidates at all
                    municipality="",
                    name="",
                    votes=num(q.votes if q else None, lang),
                    divisor=num(q.divisor if q else None, lang),
                    quotient=num(q, lang),
                    tie="",
                )
            )
    return tuple(rows)


RULES_OF: dict[str, tuple[str, ...]] = {
    "kkr": (
        "threshold_percent",
        "threshold_denominator",
        "council_seat_scope",
        "cap_factor",
        "stopping_rule",
        "valgforbund_min_parties",
    ),
    "repraesentantskab": (
        "threshold_percent",
        "threshold_denominator",
        "council_seat_scope",
        "stopping_rule",
        "repraesentantskab_cap_factor",
    ),
    "bestyrelse": (
        "bestyrelse_seats",
        "bestyrelse_threshold_percent",
        "bestyrelse_chair_basis",
        "valgforbund_min_parties",
    ),
}
"""The settings each body is computed under: a report states its own rules, never another body's."""


def rule_rows(calculation: Calculation, lang: Lang) -> tuple[RuleRow, ...]:
    """The settings the body or bodies were computed under, in words and as values."""
    rules = calculation.rules
    rows = []
    for key in RULES_OF[calculation.organ]:
        value = getattr(rules, key)
        if isinstance(value, str):
            text = choice_text(key, value, lang) or value
            stored: str | int | Fraction | None = text
        elif value is None:
            text = stored = label("excel_no_cap", lang)
        else:
            stored = int(value) if value == int(value) else Fraction(str(value))
            text = str(value).replace(".", "," if lang == "da" else ".")
        rows.append(
            RuleRow(key, label(keys.SETTING[key].name, lang), stored, text, label(keys.SETTING[key].description, lang))
        )
    return tuple(rows)


def valgforbund_entries(calculation: Calculation, lang: Lang) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Where the valgforbund came from (the sheet or ``--valgforbund``) and which each body has."""
    sources = {r.valgforbund_source for r in calculation.records} - {None}
    if not sources:
        return label("html_valgforbund_none", lang), ()
    key = "html_valgforbund_option" if calculation.valgforbund_option is not None else "html_valgforbund_sheet"
    entries = tuple(
        (body_title(r, lang), groups_text(r.valgforbund, lang) if r.valgforbund else label("html_no_value", lang))
        for r in calculation.records
    )
    return label(key, lang), entries


def report_view(calculation: Calculation, lang: Lang, signoff: SignOff = NO_SIGNOFF) -> ReportView:
    """Everything a report shows, once."""
    organ = calculation.organ
    scenarios = any(r.scenarios is not None for r in calculation.records)
    if organ != "kkr":
        title = label("html_title_organ", lang, body=label(keys.ORGAN[organ], lang))
        intro = label(keys.ORGAN_INTRO[organ], lang)
    elif scenarios:
        title, intro = label("html_title_scenarios", lang), label("html_intro_scenarios", lang)
    else:
        title, intro = label("html_title_kkr", lang), label("html_intro_kkr", lang)
    provisional = [body_title(r, lang) for r in calculation.records if r.provisional]
    waiting = [body_title(r, lang) for r in calculation.records if not r.decided]
    source = calculation.source
    valgforbund, entries = valgforbund_entries(calculation, lang)
    return ReportView(
        lang=lang,
        organ=organ,
        title=title,
        intro=intro,
        computed=calculation.computed_at,
        computed_at=long_datetime(calculation.computed_at, lang),
        version=calculation.version,
        source_name=source.name,
        sha256=source.sha256,
        bodies=tuple(body_view(r, i, calculation, lang) for i, r in enumerate(calculation.records, start=1)),
        overview=tuple(overview_row(r, i, lang) for i, r in enumerate(calculation.records, start=1)),
        sensitivity=tuple(sensitivity_lines(calculation, lang)),
        rules_line=rules_line(calculation.rules, lang, organ),
        rules=rule_rows(calculation, lang),
        lots=lot_rows(calculation, lang),
        seats=seat_rows(calculation, lang),
        deadline=deadline_line(calculation, lang),
        provisional=label("html_provisional_report", lang, bodies=between(tuple(provisional), lang))
        if provisional
        else None,
        pending=label("html_pending_report", lang, bodies=between(tuple(waiting), lang)) if waiting else None,
        valgforbund=valgforbund,
        valgforbund_entries=entries,
        signoff=signoff,
        source_line=label("source_line", lang, name=source.name, sha=source.sha256[:12]),
    )
