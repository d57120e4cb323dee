"""The d'Hondt primitive on hand-computed cases: each docstring walks the quotients seat by seat."""

from fractions import Fraction

import pytest
from kkrvalg.engine.dhondt import highest_averages, is_proportional
from kkrvalg.engine.lots import LotError
from kkrvalg.engine.quotient import Quotient

from helpers import seeded, supplied


def test_plain_dhondt_five_seats():
    """A 100, B 60, C 35: A 100, B 60, A 50, C 35, A 33 1/3 → A 3, B 1, C 1 (next: B 30, A 25, C 17 1/2)."""
    result = highest_averages({"A": 100, "B": 60, "C": 35}, seats_to_add=5)
    assert result.seats == {"A": 3, "B": 1, "C": 1}
    assert [(a.party, a.quotient.votes, a.quotient.divisor) for a in result.awards] == [
        ("A", 100, 1),
        ("B", 60, 1),
        ("A", 100, 2),
        ("C", 35, 1),
        ("A", 100, 3),
    ]
    assert result.ties == ()


def test_prior_seats_are_kept_and_count_in_the_divisor():
    """B holds 3 prior seats: next quotients A 100, B 15, C 30 → A, A (50), A (33 1/3), C (30)."""
    result = highest_averages({"A": 100, "B": 60, "C": 30}, {"B": 3}, seats_to_add=4)
    assert result.seats == {"A": 3, "B": 3, "C": 1}
    assert result.added("B") == 0


def test_until_proportional_stops_at_first_consistent_allocation():
    """A holds 3 seats on 100 votes (last 33 1/3); B 100 votes: B 100, B 50 → B's next 33 1/3 = A's last."""
    result = highest_averages({"A": 100, "B": 100}, {"A": 3}, until_proportional=True)
    assert result.seats == {"A": 3, "B": 2}
    assert result.stopped_by == "proportional"


def test_is_proportional_uses_exact_comparison():
    assert is_proportional({"A": 100, "B": 50}, {"A": 2, "B": 1})
    assert not is_proportional({"A": 100, "B": 51}, {"A": 2, "B": 0})
    assert is_proportional({"A": 3, "B": 1}, {"A": 0, "B": 0})


def test_cap_stops_the_allocation():
    result = highest_averages({"A": 100, "B": 10}, {"B": 2}, max_total=4, until_proportional=True)
    assert result.seats == {"A": 2, "B": 2}
    assert result.stopped_by == "cap"


def test_tie_across_the_boundary_is_unresolved_without_a_lot():
    result = highest_averages({"A": 100, "B": 100, "C": 10}, seats_to_add=1)
    (tie,) = result.ties
    assert tie.candidates == ("A", "B") and tie.seats == 1 and tie.resolution == "unresolved"
    assert tie.quotient == Quotient(100, 1)


def test_tie_hidden_behind_a_divisor_is_found():
    """B 60 ÷ 2 = C 30 ÷ 1 for the fifth seat: a tie, although no two vote totals are equal."""
    (tie,) = highest_averages({"A": 100, "B": 60, "C": 30}, seats_to_add=5).ties
    assert tie.candidates == ("B", "C") and tie.seat == 5


def test_tie_where_everyone_fits_is_not_a_tie():
    result = highest_averages({"A": 100, "B": 100, "C": 10}, seats_to_add=2)
    assert result.ties == () and result.seats == {"A": 1, "B": 1, "C": 0}


def test_seeded_lot_is_recorded_and_repeatable():
    draw = lambda lots: highest_averages({"A": 7, "B": 7, "C": 7}, seats_to_add=2, lots=lots)  # noqa: E731
    runs = [seeded(draw, 42) for _ in range(2)]
    assert runs[0] == runs[1]
    (tie,) = runs[0].ties
    assert tie.resolution == "seed" and tie.seed == 42 and len(tie.winners) == 2
    assert sum(runs[0].seats.values()) == 2 and all(runs[0].seats[p] == 1 for p in tie.winners)


def test_supplied_lot_decides_and_is_validated():
    key = highest_averages({"A": 5, "B": 5}, seats_to_add=1).ties[0].key
    result = highest_averages({"A": 5, "B": 5}, seats_to_add=1, lots=supplied(key, "B"))
    assert result.seats == {"A": 0, "B": 1} and result.ties[0].resolution == "supplied"
    with pytest.raises(LotError):
        highest_averages({"A": 5, "B": 5}, seats_to_add=1, lots=supplied(key, "C"))


def test_ordered_seats_flag_every_shared_quotient():
    """Formand and næstformand differ: a tie for the first post matters even though both tied parties get one."""
    result = seeded(lambda lots: highest_averages({"A": 9, "B": 9}, seats_to_add=2, ordered=True, lots=lots), 1)
    assert len(result.ties) == 1 and result.ties[0].seat == 1
    assert result.seats == {"A": 1, "B": 1}


def test_an_unsettled_tie_stops_the_allocation_without_placeholder_winners():
    """R8: with no lot, nothing is awarded from the tie on — neither the tied seat nor any seat after it."""
    result = highest_averages({"A": 9, "B": 9, "C": 1}, seats_to_add=2, ordered=True)
    (tie,) = result.ties
    assert result.stopped_by == "pending" and result.pending == tie
    assert tie.winners == () and tie.resolution == "unresolved" and result.awards == ()
    capped = highest_averages({"A": 5, "B": 5}, {"A": 0, "B": 0}, max_total=1)
    assert capped.pending is not None and capped.seats == {"A": 0, "B": 0}


def test_quotient_comparison_is_exact():
    assert Quotient(1, 3) == Quotient(2, 6)
    assert Quotient(10**18 + 1, 3) > Quotient(10**18, 3)
    assert Quotient(7, 3).value == Fraction(7, 3)
    assert Quotient(22, 5).mixed() == "4 2/5"


def test_negative_votes_are_rejected():
    with pytest.raises(ValueError):
        highest_averages({"A": -1}, seats_to_add=1)


def test_a_seat_won_by_lot_carries_the_winners_own_quotient():
    """V+C 1 000 ÷ 2 and A 500 ÷ 1 share 500 for the second post: whoever wins keeps its own votes ÷ divisor."""
    for winner in ("A", "VC"):
        key = highest_averages({"VC": 1000, "A": 500}, seats_to_add=2, ordered=True).ties[0].key
        result = highest_averages({"VC": 1000, "A": 500}, seats_to_add=2, ordered=True, lots=supplied(key, winner))
        second = result.awards[1]
        assert second.party == winner and second.quotient == (Quotient(500, 1) if winner == "A" else Quotient(1000, 2))
        assert (second.quotient.votes, second.quotient.divisor) == ((500, 1) if winner == "A" else (1000, 2))
