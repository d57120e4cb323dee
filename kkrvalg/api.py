"""The Python API for analysts: the calculations of the CLI, returned as typed pydantic models.

``load`` gives the validated election data; ``compose``, ``chair`` and ``scenarios`` give documents whose
``model_dump(mode="json")`` is exactly the JSON of the matching CLI command with ``--format json`` (the
models forbid unknown keys, so the two cannot drift apart), and whose ``*_frame()`` methods give pandas
DataFrames. Bad input raises :class:`~kkrvalg.errors.InputError` or :class:`~kkrvalg.errors.RulesError`
(never ``SystemExit``), carrying the CLI's messages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict

from . import pipeline
from .io.load import load as _load
from .io.rules_file import load_rules, rules_from_mapping
from .model import ElectionData, RulesProfile, SourceInfo
from .names import split_parties
from .report import json_report

if TYPE_CHECKING:
    import pandas as pd

RulesLike = RulesProfile | Mapping[str, Any] | str | Path | None
LotLike = Sequence[str] | str


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class QuotientValue(_Model):
    votes: int
    divisor: int
    quotient: str


class AlternativeRow(_Model):
    """What one possible result of a pending drawing would decide."""

    winners: list[str]
    members: dict[str, int]
    formand: str | None
    naestformand: str | None
    open: bool


class TieRow(_Model):
    key: str
    context: str
    body: str
    kind: str
    valgforbund: str | None
    seat: int
    candidates: list[str]
    seats: int
    quotient: QuotientValue | None
    winners: list[str]
    resolution: Literal["seed", "supplied", "unresolved"]
    seed: int | None
    alternatives: list[AlternativeRow] | None = None


class PartyRow(_Model):
    party: str
    name: str
    votes: int
    share: float
    council_seats: int
    eligible: bool
    reason: str | None
    council_seat_assumed: bool
    mayors: int
    supplementary: int
    members: int


class SeatRow(_Model):
    order: int | None
    party: str | None
    kind: Literal["mayor", "supplementary", "seat"]
    municipality: str | None
    votes: int | None
    divisor: int | None
    quotient: str | None
    tie: str | None
    candidates: list[str]
    assumed: bool


class AssumedMayor(_Model):
    municipality: str
    party: str


class ListRow(_Model):
    list: str
    parties: list[str]
    votes: int
    quotients: list[QuotientValue]


class PostRow(_Model):
    post: str
    party: str | None
    list: str | None
    quotient: QuotientValue | None
    member_quotient: QuotientValue | None
    by_lot: bool


class MarginRow(_Model):
    winner: str
    runner_up: str | None
    winner_quotient: QuotientValue
    runner_up_quotient: QuotientValue | None
    votes_needed_by_runner_up: int | None
    winner_surplus: int | None
    by_lot: bool


class ValgforbundRow(_Model):
    name: str
    parties: list[str]


class ChairEntry(_Model):
    """One KKR's election of formand and næstformand (R9–R11)."""

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


class _Body(_Model):
    municipalities: int
    counted: int
    cap: int | None
    cap_reached: bool
    members: int
    mayors: int
    supplementary: int
    undecided: int
    complete: bool
    provisional: bool
    missing: list[str]
    preliminary: list[str]
    without_mayor: list[str]
    seats_unknown: list[str]
    assumed_mayors: list[AssumedMayor]
    waiting_mayors: list[str]
    valid_votes: int
    threshold_denominator: int
    parties: list[PartyRow]
    seats: list[SeatRow]
    ties: list[TieRow]

    def parties_frame(self) -> pd.DataFrame:
        """One row per party: votes, share, eligibility, mayors, supplementary and members."""
        import pandas as pd

        return pd.DataFrame([p.model_dump() for p in self.parties])

    def seats_frame(self) -> pd.DataFrame:
        """One row per seat, with the quotient that won it (mayors first)."""
        import pandas as pd

        return pd.DataFrame([s.model_dump() for s in self.seats])


class KkrEntry(_Body):
    """One KKR: its composition (R1–R8) and its chair election."""

    kkr: str
    chair: ChairEntry


class ChangeRow(_Model):
    body: str
    kind: Literal["members", "size", "formand", "naestformand"]
    party: str | None
    before: int | str | None
    after: int | str | None


class SensitivityRow(_Model):
    """One alternative of an uncertain setting and what it would change (empty: the result holds)."""

    setting: str
    rule: str
    value: int | str | None
    checked: bool
    changes: list[ChangeRow]


class _Document(_Model):
    organ: Literal["kkr", "repraesentantskab", "bestyrelse"]
    rules: RulesProfile
    source: SourceInfo
    computed_at: str
    version: str
    complete: bool
    ties_resolved: bool
    sensitivity: list[SensitivityRow]


class AllocationDocument(_Document):
    """Every KKR's composition and chair election (the JSON of ``kkrvalg allocate``)."""

    assumed_mayors: list[AssumedMayor]
    kkr: list[KkrEntry]

    def to_frame(self) -> pd.DataFrame:
        """One row per KKR × party: votes, share, eligibility, mayors, supplementary and members."""
        import pandas as pd

        rows = [{"kkr": k.kkr, "provisional": k.provisional, **p.model_dump()} for k in self.kkr for p in k.parties]
        return pd.DataFrame(rows)

    def seats_frame(self) -> pd.DataFrame:
        """One row per KKR × seat, with the quotient that won it."""
        import pandas as pd

        return pd.DataFrame([{"kkr": k.kkr, **s.model_dump()} for k in self.kkr for s in k.seats])


class OrganDocument(_Document, _Body):
    """KL's repræsentantskab or bestyrelse (the JSON of ``kkrvalg allocate --organ …``); the bestyrelse with the
    election of KL's formand and næstformand (R15)."""

    chair: ChairEntry | None = None

    def to_frame(self) -> pd.DataFrame:
        """One row per party: votes, share, eligibility, mayors, supplementary and members (seats)."""
        return self.parties_frame()


class ChairDocument(_Document):
    """The chair elections (the JSON of ``kkrvalg chair``)."""

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


class PartyVotes(_Model):
    party: str
    votes: int


class BlocRow(_Model):
    members: list[str]
    votes: int
    others: int
    rival: int
    surplus: int
    formand: str | None
    naestformand: str | None


class Guaranteed(_Model):
    formand: list[BlocRow]
    both: list[BlocRow]


class LotCounts(_Model):
    formand: int
    naestformand: int


class Counts(_Model):
    method: Literal["count", "enumerate"]
    partitions: int
    max_scenarios: int | None
    skipped: bool
    skipped_reason: Literal["max_scenarios", "too_many_parties"] | None
    scenarios: int | None = None
    formand: dict[str, int] | None = None
    naestformand: dict[str, int] | None = None
    by_lot: LotCounts | None = None


class OutlookRow(_Model):
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


class ScenarioEntry(_Model):
    """R12 for one KKR."""

    kkr: str
    provisional: bool
    parties: list[PartyVotes]
    given: list[list[str]]
    guaranteed: Guaranteed
    enumeration: Counts
    party: str | None
    sort: str
    outlook_total: int
    outlook: list[OutlookRow]


class ScenarioDocument(_Document):
    """Valgforbund scenarios (the JSON of ``kkrvalg scenarios``)."""

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
                        "scenarios": e.scenarios,
                        "formand": (e.formand or {}).get(p.party),
                        "naestformand": (e.naestformand or {}).get(p.party),
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


def load(path: str | Path) -> ElectionData:
    """The validated election data of a workbook (or folder of CSV files)."""
    return _load(path)


def _rules(rules: RulesLike) -> RulesProfile:
    """A profile from a profile, a mapping of settings or a TOML file — validated the same way each time."""
    if rules is None:
        return RulesProfile()
    if isinstance(rules, RulesProfile):
        return rules
    if isinstance(rules, Mapping):
        return rules_from_mapping(dict(rules), "rules")
    return load_rules(rules)


def _lots(lot: Sequence[LotLike]) -> list[tuple[str, ...]]:
    """Each drawing's winners, as a sequence or as ``"B,C"``/``"B+C"``."""
    return [split_parties(w) if isinstance(w, str) else tuple(w) for w in lot]


def compose(
    data: ElectionData,
    rules: RulesLike = None,
    kkr: str | None = None,
    organ: Literal["kkr", "repraesentantskab", "bestyrelse"] = "kkr",
    seed: int | None = None,
    lot: Sequence[LotLike] = (),
    strict: bool = False,
    assume_mayors: bool = False,
) -> AllocationDocument | OrganDocument:
    """R1–R15 as ``kkrvalg allocate`` computes them: every KKR (or the one named), or a national body.

    ``rules`` is a profile, a mapping of settings or a TOML file; ``seed``/``lot`` settle ties as on the
    CLI (``lot`` lists each drawing's winners, in the order the ties are listed).
    """
    calculation = pipeline.calculate(
        data, _rules(rules), kkr=kkr, organ=organ, seed=seed, lot=_lots(lot), strict=strict, assume_mayors=assume_mayors
    )
    document = json_report.allocation_document(calculation)
    return (AllocationDocument if organ == "kkr" else OrganDocument).model_validate(document)


def chair(
    data: ElectionData,
    kkr: str | None = None,
    valgforbund: Sequence[Sequence[str]] | None = None,
    rules: RulesLike = None,
    seed: int | None = None,
    lot: Sequence[LotLike] = (),
    strict: bool = False,
) -> ChairDocument:
    """R9–R11: formand and næstformand; ``valgforbund`` (with ``kkr``) replaces the workbook's, e.g.
    ``[("A", "F", "Ø")]``."""
    calculation = pipeline.calculate(
        data, _rules(rules), kkr=kkr, seed=seed, lot=_lots(lot), valgforbund=valgforbund, strict=strict
    )
    return ChairDocument.model_validate(json_report.chair_document(calculation))


def scenarios(
    data: ElectionData,
    kkr: str | None = None,
    party: str | None = None,
    given: Sequence[Sequence[str]] = (),
    method: Literal["count", "enumerate"] = "count",
    max_scenarios: int | None = None,
    sort: str = "smallest",
    top: int | None = 15,
    rules: RulesLike = None,
    seed: int | None = None,
    lot: Sequence[LotLike] = (),
) -> ScenarioDocument:
    """R12: the guaranteed blocs and the counts over every way to form valgforbund, as ``kkrvalg scenarios``
    computes them; ``given`` fixes valgforbund (``[("V", "C")]``), ``party`` asks for its options."""
    calculation = pipeline.calculate(data, _rules(rules), kkr=kkr, seed=seed, lot=_lots(lot))
    analysed = pipeline.analyse_scenarios(
        calculation, party, method=method, max_scenarios=max_scenarios, given=given, sort=sort, top=top
    )
    return ScenarioDocument.model_validate(json_report.scenarios_document(analysed))
