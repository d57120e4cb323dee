"""The scenarios' document (``kkrvalg scenarios``): what valgforbund could achieve in each KKR (R12)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..request import ScenarioMethod
from ..results import BodyRecord, Calculation
from .common import Head, Model, head

if TYPE_CHECKING:
    import pandas as pd

    from ..engine.scenarios import Bloc


class PartyVotes(Model):
    party: str
    votes: int


class BlocRow(Model):
    members: list[str]
    votes: int
    others: int
    rival: int
    surplus: int
    formand: str | None
    naestformand: str | None


class Guaranteed(Model):
    formand: list[BlocRow]
    both: list[BlocRow]


class LotCounts(Model):
    formand: int
    naestformand: int


class _CountsHead(TypedDict):
    """What :class:`SkippedCounts` and :class:`Counts` share."""

    method: ScenarioMethod
    partitions: int
    max_scenarios: int | None


class SkippedCounts(Model):
    """The counts were left out (``skipped_reason`` says why); the guaranteed blocs are still known."""

    method: Literal["count", "enumerate"]
    partitions: int
    max_scenarios: int | None
    skipped: Literal[True] = True
    skipped_reason: Literal["max_scenarios"]


class Counts(Model):
    """In how many of all the ways to form valgforbund each party takes each post, and how many leave it to lot."""

    method: Literal["count", "enumerate"]
    partitions: int
    max_scenarios: int | None
    skipped: Literal[False] = False
    skipped_reason: None = None
    scenarios: int
    formand: dict[str, int]
    naestformand: dict[str, int]
    by_lot: LotCounts


class OutlookRow(Model):
    members: list[str]
    votes: int
    others: int
    rival: int
    scenarios: int
    formand: int
    naestformand: int
    by_lot: int
    short_of_formand: int
    short_of_both: int


class ScenarioEntry(Model):
    """R12 for one KKR (or KL's bestyrelse)."""

    kkr: str
    provisional: bool
    parties: list[PartyVotes]
    given: list[list[str]]
    guaranteed: Guaranteed
    enumeration: Counts | SkippedCounts
    party: str | None
    sort: str
    outlook_total: int
    outlook: list[OutlookRow]


class ScenarioDocument(Head):
    """Valgforbund scenarios (the JSON of ``kkrvalg scenarios``)."""

    command: Literal["scenarios"] = "scenarios"
    kkr: list[ScenarioEntry]

    def to_frame(self) -> pd.DataFrame:
        """One row per KKR × party: in how many scenarios it takes each post."""
        import pandas as pd

        rows = []
        for k in self.kkr:
            e = k.enumeration
            for p in k.parties:
                rows.append(
                    {
                        "kkr": k.kkr,
                        "party": p.party,
                        "votes": p.votes,
                        "scenarios": getattr(e, "scenarios", None),
                        "formand": getattr(e, "formand", {}).get(p.party),
                        "naestformand": getattr(e, "naestformand", {}).get(p.party),
                    }
                )
        return pd.DataFrame(rows)

    def outlook_frame(self) -> pd.DataFrame:
        """One row per valgforbund the chosen party could be in, with its chances (``party=`` given)."""
        import pandas as pd

        rows = [
            {"kkr": k.kkr, "party": k.party, **o.model_dump(), "members": "+".join(o.members)}
            for k in self.kkr
            for o in k.outlook
        ]
        return pd.DataFrame(rows)


def bloc_row(bloc: Bloc) -> BlocRow:
    return BlocRow(
        members=list(bloc.members),
        votes=bloc.votes,
        others=bloc.others,
        rival=bloc.rival,
        surplus=bloc.surplus,
        formand=bloc.formand,
        naestformand=bloc.naestformand,
    )


def scenario_entry(record: BodyRecord) -> ScenarioEntry:
    """Guaranteed blocs, the counts over every arrangement and, with a party, its outlook (R12)."""
    analysis = record.scenarios
    assert analysis is not None, "the pipeline analyses every record of a scenarios calculation"
    e = analysis.enumeration
    common: _CountsHead = {
        "method": analysis.method,
        "partitions": analysis.scenarios,
        "max_scenarios": analysis.max_scenarios,
    }
    counts: Counts | SkippedCounts
    if e is None:
        assert analysis.skipped is not None, "the counts are left out only for a reason"
        counts = SkippedCounts(**common, skipped_reason=analysis.skipped)
    else:
        counts = Counts(
            **common,
            scenarios=e.scenarios,
            formand=dict(e.formand),
            naestformand=dict(e.naestformand),
            by_lot=LotCounts(formand=e.formand_lot, naestformand=e.naestformand_lot),
        )
    return ScenarioEntry(
        kkr=record.name,
        provisional=record.provisional,
        parties=[PartyVotes(party=p, votes=v) for p, v in analysis.votes.items()],
        given=[list(g) for g in analysis.given],
        guaranteed=Guaranteed(
            formand=[bloc_row(b) for b in analysis.formand_blocs], both=[bloc_row(b) for b in analysis.both_blocs]
        ),
        enumeration=counts,
        party=analysis.party,
        sort=analysis.sort,
        outlook_total=len(analysis.outlook()),
        outlook=[
            OutlookRow(
                members=list(o.members),
                votes=o.votes,
                others=o.others,
                rival=o.rival,
                scenarios=o.scenarios,
                formand=o.formand,
                naestformand=o.naestformand,
                by_lot=o.lot,
                short_of_formand=o.short_of_formand,
                short_of_both=o.short_of_both,
            )
            for o in analysis.shown_outlook()
        ],
    )


def scenarios_document(calculation: Calculation) -> ScenarioDocument:
    """``scenarios --format json``."""
    return ScenarioDocument(**head(calculation, "scenarios"), kkr=[scenario_entry(r) for r in calculation.records])
