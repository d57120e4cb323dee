"""The composition's document (``kkrvalg allocate``): every KKR with its chair election, or one of KL's bodies."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..results import BodyRecord, Calculation
from .chair import ChairEntry, chair_entry
from .common import Head, Model, TieRow, head, tie_rows

if TYPE_CHECKING:
    import pandas as pd


class EligibleMember(Model):
    """An elected council member who can be elected a supplementary member for the party (not its mayor)."""

    name: str
    """As on the ballot (with the town the ballot adds)."""
    municipality: str


class PartyRow(Model):
    party: str
    name: str
    votes: int
    share: float
    """The share of the threshold's denominator, rounded to six decimals (the exact fraction decides, R4)."""
    council_seats: int
    eligible: bool
    reason: Literal["not_a_party", "no_votes", "below_threshold", "no_council_seat"] | None
    council_seat_assumed: bool
    mayors: int
    supplementary: int
    members: int
    eligible_members: list[EligibleMember]
    """The party's elected council members in the body's municipalities, but its mayors (empty without the
    elected members in the data): who the party can elect to its supplementary seats."""


class SeatRow(Model):
    order: int | None
    party: str | None
    kind: Literal["mayor", "supplementary", "seat"]
    municipality: str | None
    name: str | None
    """A mayor's name, where the data give it."""
    votes: int | None
    divisor: int | None
    quotient: str | None
    tie: str | None
    candidates: list[str]
    assumed: bool


class AssumedMayor(Model):
    municipality: str
    party: str
    """The largest list, whose mayor is assumed on election night (``--assume-mayors``)."""


class BodyFields(Model):
    """A body's composition: the state of its count, every party, every seat and every tie (R1–R8)."""

    municipalities: int
    counted: int
    cap: int | None
    cap_reached: bool
    """The cap (R7) bound the allocation."""
    members: int
    mayors: int
    supplementary: int
    undecided: int
    complete: bool
    provisional: bool
    status: Literal["final", "provisional", "undecided"]
    """``undecided`` while a lot is pending (here or in the chair election), else ``provisional`` on partial data."""
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


class KkrEntry(BodyFields):
    """One KKR: its composition (R1–R8) and its chair election."""

    kkr: str
    chair: ChairEntry


class AllocationDocument(Head):
    """Every KKR's composition and chair election (the JSON of ``kkrvalg allocate``)."""

    command: Literal["allocate"] = "allocate"
    organ: Literal["kkr"] = "kkr"
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


class OrganDocument(Head, BodyFields):
    """KL's repræsentantskab or bestyrelse (the JSON of ``kkrvalg allocate --organ …``); the bestyrelse with the
    election of KL's formand and næstformand (R15)."""

    command: Literal["allocate"] = "allocate"
    organ: Literal["repraesentantskab", "bestyrelse"]
    chair: ChairEntry | None = None

    def to_frame(self) -> pd.DataFrame:
        """One row per party: votes, share, eligibility, mayors, supplementary and members (seats)."""
        return self.parties_frame()


def _assumed(record: BodyRecord) -> list[AssumedMayor]:
    return [
        AssumedMayor(municipality=s.municipality or "", party=s.party or "")
        for s in record.composition.seats
        if s.kind == "mayor" and s.assumed
    ]


def body_fields(calculation: Calculation, record: BodyRecord) -> dict[str, Any]:
    """One KKR or national body: the tally's state, every party, every seat and every tie."""
    c = record.composition
    t = c.tally
    eligible = {p.party: p.eligible for p in t.parties}
    return {
        "municipalities": len(t.municipalities),
        "counted": t.counted,
        "cap": c.cap,
        "cap_reached": c.cap_reached,
        "members": c.members,
        "mayors": c.mayors,
        "supplementary": c.supplementary,
        "undecided": c.undecided,
        "complete": record.complete,
        "provisional": record.provisional,
        "status": record.status,
        "missing": list(t.missing),
        "preliminary": list(t.preliminary),
        "without_mayor": list(t.without_mayor),
        "seats_unknown": list(t.seats_unknown),
        "assumed_mayors": _assumed(record),
        "waiting_mayors": list(t.waiting_mayors),
        "valid_votes": t.valid_votes,
        "threshold_denominator": c.denominator,
        "parties": [
            PartyRow(
                party=p.party,
                name=p.name,
                votes=p.votes,
                share=round(float(p.share), 6),
                council_seats=p.council_seats,
                eligible=p.eligible,
                reason=p.reason,
                council_seat_assumed=p.seat_assumed,
                mayors=p.mayors,
                supplementary=p.supplementary,
                members=p.members,
                eligible_members=[EligibleMember(name=n, municipality=m) for n, m in eligible.get(p.party, ())],
            )
            for p in c.parties
        ],
        "seats": [
            SeatRow(
                order=s.order,
                party=s.party,
                kind=s.kind,
                municipality=s.municipality,
                name=s.name or None,
                votes=s.quotient.votes if s.quotient else None,
                divisor=s.quotient.divisor if s.quotient else None,
                quotient=s.quotient.mixed() if s.quotient else None,
                tie=s.tie,
                candidates=list(s.candidates),
                assumed=s.assumed,
            )
            for s in c.seats
        ],
        "ties": tie_rows(calculation, c.ties, record.pending),
    }


def allocation_document(calculation: Calculation) -> AllocationDocument | OrganDocument:
    """``allocate --format json``: a list of KKR, or one national body's keys at the top level."""
    if calculation.organ != "kkr":
        (record,) = calculation.records
        chair = chair_entry(calculation, record) if record.organ == "bestyrelse" else None
        fields = head(calculation, "allocate") | body_fields(calculation, record)  # one body: one `complete`
        return OrganDocument(**fields, chair=chair)
    return AllocationDocument(
        **head(calculation, "allocate"),
        assumed_mayors=[a for r in calculation.records for a in _assumed(r)],
        kkr=[
            KkrEntry(kkr=r.name, **body_fields(calculation, r), chair=chair_entry(calculation, r))
            for r in calculation.records
        ],
    )
