"""The valgforbund scenarios (R12) as every report shows them, computed once: the blocs that secure a post, the
counts per party over every arrangement, and one party's options — each row with its figures as :class:`Num`."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ..engine.scenarios import Bloc
from ..i18n import Lang, counted, label
from ..results import BodyRecord
from . import fmt
from .views import Num, num, party_label
from .wording import scenarios_title

SHOWN_BLOCS = 10
"""The blocs a report lists before it counts the rest (a spreadsheet folds them away)."""


def share(count: int, total: int, lang: Lang) -> Num:
    """A share with one decimal; ``<0,1 %`` for a non-zero count that would round to nothing."""
    value = Fraction(count, total) if total else Fraction(0)
    if 0 < value < Fraction(1, 2000):
        return Num(value, "<" + fmt.percent(Fraction(1, 1000), lang, 1))
    return Num(value, fmt.percent(value, lang, 1))


def bloc_label(members: tuple[str, ...], lang: Lang) -> str:
    return label("alone", lang, party=members[0]) if len(members) == 1 else " + ".join(members)


@dataclass(frozen=True)
class BlocRow:
    members: tuple[str, ...]
    bloc: str
    votes: Num
    rival: Num
    surplus: Num
    formand: str
    naestformand: str


@dataclass(frozen=True)
class BlocTable:
    title: str
    both: bool
    """The blocs secure both posts (a næstformand column)."""
    rows: tuple[BlocRow, ...]
    more: int
    """How many rows after the first :data:`SHOWN_BLOCS`."""


@dataclass(frozen=True)
class CountRow:
    party: str
    label: str
    votes: Num
    formand: Num
    formand_share: Num
    naestformand: Num
    naestformand_share: Num


@dataclass(frozen=True)
class OutlookRow:
    members: tuple[str, ...]
    bloc: str
    votes: Num
    scenarios: Num
    formand: Num
    formand_share: Num
    naestformand: Num
    naestformand_share: Num
    lot: Num
    lot_share: Num
    short_formand: Num
    short_both: Num


@dataclass(frozen=True)
class ScenarioView:
    title: str
    given: str | None
    figures: str
    """The header of the parties' figures: votes, or seats on KL's bestyrelse (R15)."""
    blocs: tuple[BlocTable, BlocTable]
    skipped: str | None
    counts_title: str | None
    counts: tuple[CountRow, ...]
    by_lot: CountRow | None
    outlook_title: str | None
    outlook: tuple[OutlookRow, ...]
    """Every option of the party, the first ``outlook_shown`` in the chosen order, then the rest."""
    outlook_shown: int
    outlook_note: str


def blocs(rows: tuple[Bloc, ...], title: str, lang: Lang) -> BlocTable:
    by_lot = label("by_lot", lang)
    return BlocTable(
        title=title,
        both=bool(rows) and rows[0].posts == 2,
        rows=tuple(
            BlocRow(
                members=b.members,
                bloc=bloc_label(b.members, lang),
                votes=num(b.votes, lang),
                rival=num(b.rival, lang),
                surplus=num(b.surplus, lang),
                formand=b.formand or by_lot,
                naestformand=b.naestformand or by_lot,
            )
            for b in rows
        ),
        more=max(0, len(rows) - SHOWN_BLOCS),
    )


def skipped_text(name: str, record: BodyRecord, lang: Lang) -> str:
    """Why the counts are left out (never silently): more scenarios than ``--max-scenarios``."""
    analysis = record.scenarios
    assert analysis is not None
    return label(
        "enumeration_skipped",
        lang,
        kkr=name,
        scenarios=counted("n_scenarios", analysis.scenarios, lang),
        max=fmt.integer(analysis.max_scenarios or 0, lang),
    )


def scenario_view(record: BodyRecord, lang: Lang) -> ScenarioView:
    """R12 for one KKR (or KL's bestyrelse)."""
    analysis = record.scenarios
    assert analysis is not None, "a scenarios report shows analysed records"
    e = analysis.enumeration
    parties = {p.party: p for p in record.composition.parties}
    counts: tuple[CountRow, ...] = ()
    by_lot = None
    if e is not None:
        counts = tuple(
            CountRow(
                party=party,
                label=party_label(parties[party]),
                votes=num(votes, lang),
                formand=num(e.formand[party], lang),
                formand_share=share(e.formand[party], e.scenarios, lang),
                naestformand=num(e.naestformand[party], lang),
                naestformand_share=share(e.naestformand[party], e.scenarios, lang),
            )
            for party, votes in analysis.votes.items()
        )
        by_lot = CountRow(
            party="",
            label=label("by_lot", lang),
            votes=Num(None, ""),
            formand=num(e.formand_lot, lang),
            formand_share=share(e.formand_lot, e.scenarios, lang),
            naestformand=num(e.naestformand_lot, lang),
            naestformand_share=share(e.naestformand_lot, e.scenarios, lang),
        )
    shown = analysis.shown_outlook()
    options = (*shown, *(o for o in analysis.outlook() if o not in shown)) if e is not None else ()
    return ScenarioView(
        title=scenarios_title(record, lang),
        given=label("given_line", lang, given=", ".join("+".join(g) for g in analysis.given))
        if analysis.given
        else None,
        figures=label("head_seats" if record.chair_basis == "seats" else "votes", lang),
        blocs=(
            blocs(analysis.formand_blocs, label("guaranteed_formand", lang), lang),
            blocs(analysis.both_blocs, label("guaranteed_both", lang), lang),
        ),
        skipped=skipped_text(record.name, record, lang) if e is None else None,
        counts_title=label("enumeration_title", lang, ways=counted("n_ways", e.scenarios, lang)) if e else None,
        counts=counts,
        by_lot=by_lot,
        outlook_title=label("outlook_title", lang, party=analysis.party) if analysis.party and e else None,
        outlook=tuple(
            OutlookRow(
                members=o.members,
                bloc=bloc_label(o.members, lang),
                votes=num(o.votes, lang),
                scenarios=num(o.scenarios, lang),
                formand=num(o.formand, lang),
                formand_share=share(o.formand, o.scenarios, lang),
                naestformand=num(o.naestformand, lang),
                naestformand_share=share(o.naestformand, o.scenarios, lang),
                lot=num(o.lot, lang),
                lot_share=share(o.lot, o.scenarios, lang),
                short_formand=num(o.short_of_formand, lang),
                short_both=num(o.short_of_both, lang),
            )
            for o in options
        )
        if analysis.party
        else (),
        outlook_shown=len(shown),
        outlook_note=label("outlook_note", lang),
    )
