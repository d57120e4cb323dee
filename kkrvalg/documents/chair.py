"""The chair election's document (``kkrvalg chair``): formand and næstformand of each KKR, or of KL's bestyrelse."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Literal, TypedDict

from ..engine.quotient import Quotient
from ..results import BodyRecord, Calculation
from .common import Head, Model, QuotientValue, TieRow, head, quotient, tie_rows

if TYPE_CHECKING:
    import pandas as pd


class ListRow(Model):
    list: str
    parties: builtins.list[str]  # `list` is a field here
    votes: int
    quotients: builtins.list[QuotientValue]


class PostRow(Model):
    post: str
    party: str | None
    list: str | None
    quotient: QuotientValue | None
    member_quotient: QuotientValue | None
    by_lot: bool


class MarginRow(Model):
    winner: str
    runner_up: str | None
    winner_quotient: QuotientValue
    runner_up_quotient: QuotientValue | None
    votes_needed_by_runner_up: int | None
    winner_surplus: int | None
    by_lot: bool


class ValgforbundRow(Model):
    name: str
    parties: list[str]


class _EntryHead(TypedDict):
    """What a :class:`ChairEntry` says whether or not its election could be held."""

    kkr: str
    basis: Literal["votes", "seats"]
    valgforbund: list[ValgforbundRow]
    valgforbund_source: Literal["sheet", "option"] | None


class ChairEntry(Model):
    """One body's election of formand and næstformand (R9–R11; KL's bestyrelse R15)."""

    kkr: str
    basis: Literal["votes", "seats"]
    valgforbund: list[ValgforbundRow]
    valgforbund_source: Literal["sheet", "option"] | None
    status: Literal["decided", "pending_lot", "waiting_for_composition", "no_candidates"]
    formand: str | None
    naestformand: str | None
    lists: list[ListRow]
    posts: list[PostRow]
    margins: dict[str, MarginRow]
    ties: list[TieRow]


class ChairDocument(Head):
    """The chair elections (the JSON of ``kkrvalg chair``)."""

    command: Literal["chair"] = "chair"
    kkr: list[ChairEntry]

    def to_frame(self) -> pd.DataFrame:
        """One row per KKR × list or valgforbund, with the posts it won."""
        import pandas as pd

        rows = []
        for k in self.kkr:
            won: dict[str, list[str]] = {}
            for post in k.posts:
                if post.list is not None:
                    won.setdefault(post.list, []).append(post.post)
            for lst in k.lists:
                rows.append(
                    {
                        "kkr": k.kkr,
                        "list": lst.list,
                        "parties": ", ".join(lst.parties),
                        "votes": lst.votes,
                        "posts": ", ".join(won.get(lst.list, [])),
                    }
                )
        return pd.DataFrame(rows)


def chair_entry(calculation: Calculation, record: BodyRecord) -> ChairEntry:
    """A body's chair election; while it waits for the composition's lot, every holder is null."""
    chair = record.chair
    valgforbund = [ValgforbundRow(name=name, parties=list(members)) for name, members in record.valgforbund.items()]
    common: _EntryHead = {
        "kkr": record.name,
        "basis": record.chair_basis,
        "valgforbund": valgforbund,
        "valgforbund_source": record.valgforbund_source,
    }
    if chair is None:
        return ChairEntry(
            **common,
            status="waiting_for_composition",
            formand=None,
            naestformand=None,
            lists=[],
            posts=[],
            margins={},
            ties=[],
        )
    return ChairEntry(
        **common,
        status="pending_lot" if not chair.complete else "decided" if chair.lists else "no_candidates",
        formand=chair.holder("formand"),
        naestformand=chair.holder("naestformand"),
        lists=[
            ListRow(
                list=lst.key,
                parties=list(lst.members),
                votes=lst.votes,
                quotients=[q for d in (1, 2) if (q := quotient(Quotient(lst.votes, d)))],
            )
            for lst in chair.lists
        ],
        posts=[
            PostRow(
                post=p.post,
                party=p.party,
                list=p.list_key,
                quotient=quotient(p.quotient),
                member_quotient=quotient(p.member_quotient),
                by_lot=p.by_lot,
            )
            for p in chair.posts
        ],
        margins={
            m.post: MarginRow(
                winner=m.winner,
                runner_up=m.runner_up,
                winner_quotient=quotient(m.winner_quotient),
                runner_up_quotient=quotient(m.runner_up_quotient),
                votes_needed_by_runner_up=m.needed,
                winner_surplus=m.surplus,
                by_lot=m.by_lot,
            )
            for m in chair.margins
        },
        ties=tie_rows(calculation, chair.ties, record.pending),
    )


def chair_document(calculation: Calculation) -> ChairDocument:
    """``chair --format json``."""
    return ChairDocument(**head(calculation, "chair"), kkr=[chair_entry(calculation, r) for r in calculation.records])
