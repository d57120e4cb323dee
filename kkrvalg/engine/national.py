"""R13–R14: KL's national bodies from the same vote totals, with the whole country as one area.

The repræsentantskab is R1–R8 applied nationally (:func:`~kkrvalg.engine.composition.compose` on the
national tally, no cap unless the profile sets one); the bestyrelse is a plain d'Hondt allocation of its
seats on the national votes of the R3 parties and listesamarbejder, without prior seats.
"""

from __future__ import annotations

from fractions import Fraction

from .composition import Composition, Ineligibility, Seat, below, party_results, undecided_seats
from .dhondt import highest_averages
from .lots import Lots, TieContext
from .tally import AreaTally, PartyTally


def board_ineligibility(party: PartyTally, denominator: int, threshold_percent: Fraction) -> Ineligibility | None:
    """R14: only parties and listesamarbejder (R3) with votes, above the board's threshold (none by default)."""
    if not party.is_party:
        return "not_a_party"
    if party.votes == 0:
        return "no_votes"
    if below(party.votes, denominator, threshold_percent):
        return "below_threshold"
    return None


def compose_board(area: AreaTally, seats: int, threshold_percent: Fraction, lots: Lots | None = None) -> Composition:
    """R14: ``seats`` seats by d'Hondt on the national votes; a tie for the last seat is decided by lot (R8)."""
    denominator = area.valid_votes
    reasons = {p.party: board_ineligibility(p, denominator, threshold_percent) for p in area.parties}
    votes = {p.party: p.votes for p in area.parties if reasons[p.party] is None}
    # without an eligible party (a threshold nobody reaches) the board has no seats to give
    allocation = highest_averages(
        votes, seats_to_add=seats if votes else 0, lots=lots, context=TieContext(area.name, "seat")
    )
    parties = party_results(area, reasons, denominator, allocation, mayors=False)
    awarded = [Seat(a.party, "seat", a.order, a.quotient, tie=a.tie) for a in allocation.awards]
    return Composition(
        name=area.name,
        tally=area,
        denominator=denominator,
        cap=None,
        cap_reached=False,
        parties=parties,
        seats=tuple(awarded + undecided_seats(allocation, "seat")),
        ties=allocation.ties,
    )
