"""Validated election data and the rules profile. Knows nothing about files (that is ``io``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Organ = Literal["kkr", "repraesentantskab", "bestyrelse"]
ORGANS: tuple[Organ, ...] = ("kkr", "repraesentantskab", "bestyrelse")
"""The bodies kkrvalg composes: each KKR, and KL's repræsentantskab and bestyrelse (R13, R14)."""

MAX_CAP_FACTOR = 10
"""R7 and R13 bound the bodies at twice the municipalities; ten times is far beyond any reading, and keeps
``fill_cap`` (which adds one seat at a time up to the cap) within a second."""
MAX_BOARD_SEATS = 1000
"""KL's bestyrelse has 17 seats; a thousand is far beyond any reading, and d'Hondt on it takes milliseconds."""
MAX_VALGFORBUND_MIN = 30
"""No KKR has thirty represented parties; a larger minimum would forbid every valgforbund."""


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RulesProfile(Frozen):
    """Every uncertain rule of the reference as a named setting; the defaults are our reading (R4–R10)."""

    threshold_percent: Decimal = Field(
        default=Decimal(2), ge=0, le=100, description="R4: share of the votes a party needs for supplementary members"
    )
    threshold_denominator: Literal["valid_votes", "ballots_cast"] = Field(
        default="valid_votes", description="R4: what the share is a share of"
    )
    council_seat_scope: Literal["geography", "anywhere", "not_required"] = Field(
        default="geography",
        description="R4: where the party must hold a municipal council seat (in the KKR, in any municipality "
        "of the data, or no seat needed)",
    )
    cap_factor: int = Field(
        default=2, ge=1, le=MAX_CAP_FACTOR, description="R7: a KKR has at most cap_factor × municipalities members"
    )
    stopping_rule: Literal["proportional", "fill_cap"] = Field(
        default="proportional",
        description="R5: stop adding supplementary members at the first d'Hondt-consistent size "
        "(proportional) or keep adding until the cap (fill_cap)",
    )
    valgforbund_min_parties: int = Field(
        default=2, ge=2, le=MAX_VALGFORBUND_MIN, description="R10: the fewest parties in a valgforbund"
    )
    repraesentantskab_cap_factor: int | None = Field(
        default=None,
        ge=1,
        le=MAX_CAP_FACTOR,
        description="R13: at most this × municipalities members of KL's repræsentantskab (none: no cap)",
    )
    bestyrelse_seats: int = Field(default=17, ge=1, le=MAX_BOARD_SEATS, description="R14: the seats of KL's bestyrelse")
    bestyrelse_threshold_percent: Decimal = Field(
        default=Decimal(0),
        ge=0,
        le=100,
        description="R14: share of the national votes a party needs for a bestyrelse seat",
    )
    bestyrelse_chair_basis: Literal["seats", "votes"] = Field(
        default="seats",
        description="R15: what KL's formand and næstformand are elected on: the parties' bestyrelse seats, or "
        "their national votes",
    )


UNCERTAIN_SETTINGS: dict[str, tuple[str, tuple[int | str | None, ...], tuple[str, ...]]] = {
    "threshold_denominator": ("R4", ("valid_votes", "ballots_cast"), ("kkr", "repraesentantskab")),
    "council_seat_scope": ("R4", ("geography", "anywhere", "not_required"), ("kkr", "repraesentantskab")),
    "stopping_rule": ("R5", ("proportional", "fill_cap"), ("kkr", "repraesentantskab")),
    "repraesentantskab_cap_factor": ("R13", (None, 2), ("repraesentantskab",)),
    "bestyrelse_chair_basis": ("R15", ("seats", "votes"), ("bestyrelse",)),
}
"""The settings that are our reading, not a known rule: (rule, the values worth trying, the bodies they touch).
Every result says whether it would change under the other values (:mod:`kkrvalg.sensitivity`); the R3 letters
marked ``usikker`` in ``partier`` are tried the same way."""


class Municipality(Frozen):
    code: int
    name: str
    kkr: str


class ListResult(Frozen):
    """Votes and council seats of one list (kandidatliste) in one municipality."""

    municipality: int
    letter: str
    name: str = ""
    votes: int = Field(ge=0)
    seats: int | None = Field(ge=0)
    """Council seats won; None when the source does not give them (e.g. valg.dk's CSV export)."""


class Mayor(Frozen):
    municipality: int
    letter: str
    name: str = ""
    assumed: bool = False
    """Not elected yet: assumed on election night to come from the largest list (``--assume-mayors``)."""


class PendingMayor(Frozen):
    """A mayor typed ahead that cannot be checked yet: the municipality has no results (``not_counted``), or its
    elected members are not known, so a mayor given by name has no list yet (``members_unknown``). It is shown
    as waiting and checked once the results arrive."""

    municipality: int
    letter: str | None = None
    name: str = ""
    reason: Literal["not_counted", "members_unknown"]


class CouncilMember(Frozen):
    """An elected member of a municipal council (the import's ``byraadsmedlemmer``, from valg.dk)."""

    municipality: int
    letter: str
    name: str
    """The name as on the ballot (``Stemmeseddelnavn``), often with the candidate's town after a comma."""
    candidate_id: str = ""


class PooledList(Frozen):
    """A local list that counts for an approved listesamarbejde (R3)."""

    municipality: int
    letter: str
    listesamarbejde: str


class Location(Frozen):
    """Where a row of the input is, so a problem found later (in the pipeline) can still name it."""

    file: str
    sheet: str
    row: int


class ValgforbundMember(Frozen):
    kkr: str
    valgforbund: str
    party: str
    where: Location | None = None
    """The row of the ``valgforbund`` sheet it was read from."""


class CountStatus(Frozen):
    """What is known of a municipality's count: preliminary counts make its KKR provisional."""

    municipality: int
    final: bool = True
    ballots_cast: int | None = Field(default=None, ge=0)
    note: str = ""


class SourceInfo(Frozen):
    name: str
    sha256: str


class CellNote(Frozen):
    """A cell the loader read differently from how it was written (a letter in another case or form)."""

    file: str
    sheet: str
    row: int
    column: str
    value: str
    read_as: str


class ElectionData(Frozen):
    """Everything one calculation needs, checked for consistency by the loader."""

    source: SourceInfo
    municipalities: tuple[Municipality, ...]
    parties: dict[str, str]
    results: tuple[ListResult, ...]
    mayors: tuple[Mayor, ...]
    pending_mayors: tuple[PendingMayor, ...] = ()
    members: tuple[CouncilMember, ...] = ()
    """The elected council members, where the input has them (an import of valg.dk's data does)."""
    uncertain_parties: tuple[str, ...] = ()
    """R3 letters marked uncertain in ``partier``: whether they count as parties is checked for its effect."""
    pooled: tuple[PooledList, ...] = ()
    valgforbund: tuple[ValgforbundMember, ...] = ()
    status: tuple[CountStatus, ...] = ()
    colours: dict[str, str] = Field(default_factory=dict)
    """Party colours given in the ``farve`` column of the ``partier`` sheet (they override the bundled)."""
    notes: tuple[CellNote, ...] = ()
    hidden_sheets: tuple[str, ...] = ()
    """Sheets read although they are hidden in the workbook: their content counts, unseen in Excel."""

    @property
    def kkr_names(self) -> tuple[str, ...]:
        """The KKR in the order the geography first names them."""
        return tuple(dict.fromkeys(m.kkr for m in self.municipalities))
