"""R4–R8 on small hand-checked KKR (tallies built directly, no files)."""

from decimal import Decimal

import pytest
from kkrvalg.engine.composition import compose

from helpers import kkr, party, rules, seeded

RULES = rules()


def by_party(composition):
    return {p.party: p for p in composition.parties}


def test_r4_threshold_exactly_two_percent():
    """Valid votes 10 000: B with 200 (exactly 2 %) is eligible, C with 199 is not."""
    result = by_party(compose(kkr([party("A", 9601, mayors=1), party("B", 200), party("C", 199)]), RULES))
    assert result["B"].eligible and result["B"].reason is None
    assert not result["C"].eligible and result["C"].reason == "below_threshold"


def test_r4_threshold_uses_all_valid_votes_including_local_lists():
    """B has 2 % of the party votes but only 1.96 % of all valid votes (local lists count too)."""
    result = by_party(compose(kkr([party("A", 9800, mayors=1), party("B", 200)], extra_votes=200), RULES))
    assert result["B"].reason == "below_threshold"


def test_r4_council_seat_condition_and_its_setting():
    tally = kkr([party("A", 5000, mayors=1), party("B", 5000, seats=0)])
    assert by_party(compose(tally, RULES))["B"].reason == "no_council_seat"
    relaxed = rules(council_seat_scope="not_required")
    assert by_party(compose(tally, relaxed))["B"].eligible


def test_r4_threshold_percent_is_a_setting():
    tally = kkr([party("A", 9500, mayors=1), party("B", 500)])
    assert by_party(compose(tally, rules(threshold_percent=Decimal("5.01"))))["B"].reason == "below_threshold"
    assert by_party(compose(tally, rules(threshold_percent=Decimal(5))))["B"].eligible


def test_r5_supplementary_members_hand_checked():
    """A 3 mayors on 6 000 votes (last quotient 2 000), B 0 mayors on 9 000, C 1 mayor on 2 500.

    B 9 000, B 4 500, B 3 000 (A's next is 1 500, C's 1 250), B 2 250 > A's last 2 000 → B gets a fourth;
    then B's next 1 800 < every last quotient (A 2 000, B 2 250, C 2 500): proportional at 8 members.
    """
    result = compose(kkr([party("A", 6000, mayors=3), party("B", 9000), party("C", 2500, mayors=1)]), RULES)
    members = by_party(result)
    assert (members["A"].members, members["B"].members, members["C"].members) == (3, 4, 1)
    assert (result.mayors, result.supplementary, result.members) == (4, 4, 8)
    supplementary = [s for s in result.seats if s.kind == "supplementary"]
    assert [(s.order, s.party, s.quotient.divisor) for s in supplementary] == [
        (1, "B", 1),
        (2, "B", 2),
        (3, "B", 3),
        (4, "B", 4),
    ]
    assert not result.cap_reached


def test_r5_no_supplementary_members_when_mayors_are_proportional():
    result = compose(kkr([party("A", 5000, mayors=2), party("B", 2400, mayors=1)]), RULES)
    assert result.supplementary == 0


def test_r6_ineligible_mayor_stays_but_takes_no_part():
    """C holds two mayors on 1 % of the votes: born members, no supplementary seats, not in the allocation.

    Were C in the allocation, its last quotient 50 would force A and B far up. Without it: A's one mayor
    (last 6 000) against B's next 3 900 is already proportional.
    """
    result = compose(kkr([party("A", 6000, mayors=1), party("B", 3900), party("C", 100, mayors=2)]), RULES)
    members = by_party(result)
    assert members["C"].members == 2 and members["C"].supplementary == 0 and not members["C"].eligible
    assert members["A"].members == 1 and members["B"].members == 0
    assert all(s.party != "C" for s in result.seats if s.kind == "supplementary")


def test_r6_local_list_mayor_outside_r3():
    """R5 read literally: with no eligible mayor, the smallest proportional size is 0 supplementary seats."""
    result = compose(kkr([party("A", 6000), party("Lokal", 4000, mayors=1, is_party=False)], municipalities=1), RULES)
    members = by_party(result)
    assert members["Lokal"].reason == "not_a_party" and members["Lokal"].members == 1
    assert members["A"].members == 0 and result.members == 1


def test_r7_cap_binds():
    """Two municipalities (cap 4); A's two mayors on 1 000 votes would need B at 18 seats to be proportional."""
    result = compose(kkr([party("A", 1000, mayors=2), party("B", 9000)], municipalities=2), RULES)
    assert result.cap == 4 and result.cap_reached and result.members == 4
    assert by_party(result)["B"].supplementary == 2


def test_r7_cap_counts_ineligible_mayors():
    result = compose(
        kkr([party("A", 1000, mayors=1), party("B", 9000), party("L", 50, mayors=1, is_party=False)], municipalities=2),
        RULES,
    )
    assert result.members == 4 and by_party(result)["B"].supplementary == 2


def test_r7_cap_factor_and_fill_cap_are_settings():
    tally = kkr([party("A", 5000, mayors=2), party("B", 2400, mayors=1)], municipalities=3)
    filled = compose(tally, rules(stopping_rule="fill_cap"))
    assert filled.members == 6 and filled.cap_reached
    assert compose(tally, rules(cap_factor=3)).cap == 9


def test_r8_tie_at_the_cap_needs_a_lot():
    """One municipality (cap 2), C's mayor on 1 000 votes; A and B both 2 000 tie for the one seat left."""
    tally = kkr([party("A", 2000), party("B", 2000), party("C", 1000, mayors=1)], municipalities=1)
    pending = compose(tally, RULES)
    (tie,) = pending.ties
    assert tie.candidates == ("A", "B") and tie.seats == 1 and not pending.complete
    drawn = seeded(lambda lots: compose(tally, RULES, lots), 7)
    assert drawn.complete and drawn.ties[0].seed == 7
    winner = drawn.ties[0].winners[0]
    assert by_party(drawn)[winner].supplementary == 1 and drawn.members == 2
    assert seeded(lambda lots: compose(tally, RULES, lots), 7) == drawn


def test_ballots_cast_denominator_needs_ballots():
    with pytest.raises(ValueError):
        compose(kkr([party("A", 100, mayors=1)]), rules(threshold_denominator="ballots_cast"))


def test_r7_a_tie_at_the_cap_says_the_cap_is_reached():
    """The drawing for the one seat left below the cap decides the last seat: the cap is reached either way."""
    tally = kkr([party("A", 2000), party("B", 2000), party("C", 1000, mayors=1)], municipalities=1)
    pending = compose(tally, RULES)
    assert pending.pending is not None and pending.size == pending.cap == 2 and pending.cap_reached
