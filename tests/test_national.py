"""R13–R14: KL's repræsentantskab and bestyrelse from the same data, the whole country as one area."""

import json
import random

import kkrvalg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kkrvalg.engine.composition import compose
from kkrvalg.engine.lots import Lots
from kkrvalg.engine.national import compose_board
from kkrvalg.model import RulesProfile
from kkrvalg.pipeline import composition_rules
from openpyxl import load_workbook

from helpers import BUNDLED, GEOGRAPHY, ended, kkr, party, run, small_sheets, write_workbook

NATIONAL = composition_rules(RulesProfile(), "repraesentantskab")


def organ_json(path, organ, *extra):
    result = run("allocate", path, "--organ", organ, "--format", "json", *extra)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, json.loads(result.stdout)


def by_party(document):
    return {p["party"]: p for p in document["parties"]}


def test_r13_mayors_above_the_national_share_get_no_supplementary(tmp_path):
    """Nationally (Åby, Østerby, Ærø Sogn): A 7 000 with 3 mayors, V 7 000 with none, C 2 000 and Ø 500.

    A's last quotient 7 000 ÷ 3 = 2 333 1/3; V needs seats until its next quotient is no larger: V 7 000,
    3 500, then V's next 2 333 1/3 equals A's last (equal is not over-represented) → V 2 supplementary;
    C's 2 000 and Ø's 500 are below: none. 5 members, and A's 3 mayors exceed its share (7 000 of 17 000
    valid votes for 3 of 5 seats) yet keep their seats (R1, R13).
    """
    sheets = small_sheets()
    sheets["borgmestre"] = [["kommune", "liste"], ["Åby", "A"], ["Østerby", "A"], ["Ærø Sogn", "A"]]
    code, doc = organ_json(write_workbook(tmp_path / "s.xlsx", sheets), "repraesentantskab")
    parties = by_party(doc)
    assert code == 0 and doc["organ"] == "repraesentantskab" and doc["cap"] is None
    assert (parties["A"]["mayors"], parties["A"]["supplementary"]) == (3, 0)
    assert parties["V"]["supplementary"] == 2 and parties["C"]["members"] == 0
    assert (doc["members"], doc["mayors"], doc["supplementary"]) == (5, 3, 2)
    assert "ikke efterprøvet mod en offentliggjort fordeling" in ended(
        run("allocate", tmp_path / "s.xlsx", "--organ", "repraesentantskab"), 0
    )


def test_r13_an_ineligible_mayor_is_a_born_member():
    """Lokal (not a party, R3) holds a mayor: it stays a member, gets nothing more, and takes no part.

    Were Lokal's mayor in the allocation, its quotient 900 would force A and B up; without it A's one mayor
    (last quotient 6 000) against B's next 3 000 is already proportional: 2 members in all.
    """
    tally = kkr([party("A", 6000, mayors=1), party("B", 3000), party("Lokal", 900, mayors=1, is_party=False)], 3)
    result = compose(tally, NATIONAL)
    members = {p.party: p for p in result.parties}
    assert members["Lokal"].members == 1 and not members["Lokal"].eligible and members["Lokal"].supplementary == 0
    assert members["A"].members == 1 and members["B"].members == 0 and result.cap is None and result.members == 2


@settings(max_examples=60)
@given(st.lists(st.tuples(st.integers(1_000, 90_000), st.integers(0, 6)), min_size=1, max_size=8))
def test_r13_members_are_at_least_the_mayors(parties):
    tally = kkr([party(f"P{i}", v, mayors=m) for i, (v, m) in enumerate(parties)], municipalities=98)
    result = compose(tally, NATIONAL, Lots(seed=1))
    assert result.members >= result.mayors == sum(m for _, m in parties)
    assert all(p.members >= p.mayors for p in result.parties)


def three_party_board_sheets():
    """A 50, B 900, C 900 nationally: B and C share every quotient 900 ÷ n, above A's 50 down to 900 ÷ 9."""
    return {
        "kommuner": [row[:] for row in GEOGRAPHY],
        "stemmer": [
            ["kommune", "liste", "stemmer", "mandater"],
            ["Åby", "A", 50, 5],
            ["Østerby", "B", 900, 5],
            ["Ærø Sogn", "C", 900, 5],
        ],
        "borgmestre": [["kommune", "liste"], ["Åby", "A"], ["Østerby", "B"], ["Ærø Sogn", "C"]],
    }


def test_r14_a_tie_for_the_17th_seat_waits_for_a_lot(tmp_path):
    """17 seats: B and C take one seat each at every divisor 1…8 (both fit, no tie); the 17th seat goes to
    900 ÷ 9 = 100, shared by B and C and above A's 50: one seat, two candidates — a drawing (R8)."""
    path = write_workbook(tmp_path / "board.xlsx", three_party_board_sheets())
    code, doc = organ_json(path, "bestyrelse")
    (tie,) = doc["ties"]
    assert code == 3 and doc["ties_resolved"] is False and doc["undecided"] == 1
    assert (tie["seat"], tie["candidates"], tie["winners"]) == (17, ["B", "C"], [])
    assert {p["party"]: p["members"] for p in doc["parties"]} == {"A": 0, "B": 8, "C": 8}
    assert [a["members"] for a in tie["alternatives"]] == [{"B": 9, "C": 8}, {"B": 8, "C": 9}]
    shown = ended(run("allocate", path, "--organ", "bestyrelse"), 3)
    assert "uafgjort — lodtrækning mellem B og C" in shown and "KL's bestyrelse, plads 17" in shown
    code, seeded = organ_json(path, "bestyrelse", "--seed", "11")
    assert code == 0 and sum(p["members"] for p in seeded["parties"]) == 17 and seeded["ties"][0]["seed"] == 11
    code, drawn = organ_json(path, "bestyrelse", "--lot", "c")
    assert code == 0 and by_party(drawn)["C"]["members"] == 9 and drawn["ties"][0]["resolution"] == "supplied"


def test_r14_board_equals_votelib_dhondt():
    """1 000 tie-free random national tallies: our 17 seats equal votelib's plain d'Hondt."""
    from votelib.evaluate.proportional import HighestAverages

    evaluator = HighestAverages("d_hondt")
    rng = random.Random(2025)
    compared = 0
    while compared < 1000:
        parties = [party(f"P{i}", rng.randint(1, 900_000)) for i in range(rng.randint(1, 12))]
        board = compose_board(kkr(parties, municipalities=98), 17, threshold_percent=0)
        if board.ties:
            continue
        expected = evaluator.evaluate({p.party: p.votes for p in parties}, 17)
        assert {p.party: p.members for p in board.parties if p.members} == expected
        compared += 1


@settings(max_examples=60)
@given(st.lists(st.integers(0, 50_000), min_size=1, max_size=10), st.integers(0, 40_000))
def test_r14_seventeen_seats_and_monotone(votes, extra):
    if not any(votes):
        votes = [1, *votes[1:]]
    tally = kkr([party(f"P{i}", v) for i, v in enumerate(votes)], municipalities=98)
    board = compose_board(tally, 17, 0, Lots(seed=5))
    assert board.size == 17 == sum(p.members for p in board.parties)
    more = kkr([party(f"P{i}", v + (extra if i == 0 else 0)) for i, v in enumerate(votes)], municipalities=98)
    bigger = compose_board(more, 17, 0, Lots(seed=5))
    if not board.ties and not bigger.ties:
        assert {p.party: p.members for p in bigger.parties}["P0"] >= {p.party: p.members for p in board.parties}["P0"]


def test_r14_the_kv2025_board_is_the_published_one():
    """KV2025's national votes give A5 V3 C2 F2 Ø1 O1 I1 B1 Æ1; A's 5 of 17 is what was published (March 2026)."""
    code, doc = organ_json(BUNDLED, "bestyrelse")
    assert code == 0 and not doc["provisional"] and doc["complete"] and doc["members"] == 17
    assert doc["mayors"] == 0 and all(s["kind"] == "seat" for s in doc["seats"])
    members = {p["party"]: p["members"] for p in doc["parties"] if p["members"]}
    assert members == {"A": 5, "V": 3, "C": 2, "F": 2, "Ø": 1, "O": 1, "I": 1, "B": 1, "Æ": 1}
    shown = ended(run("allocate", BUNDLED, "--organ", "bestyrelse"), 0)
    assert "FORELØBIG" not in shown and "17 pladser i alt (R14)" in shown


def test_r15_kls_formand_is_elected_on_board_seats_with_valgforbund():
    """On seats (the default): A 5 takes formand, V 3 næstformand (3 > 5 ÷ 2). A+F+Ø+B pools 9 of 17 seats,
    more than twice any other list's (V 3), so it takes both posts; inside it A 5 ÷ 1 and 5 ÷ 2 beat F's 2."""
    code, doc = organ_json(BUNDLED, "bestyrelse")
    assert (doc["chair"]["formand"], doc["chair"]["naestformand"], doc["chair"]["basis"]) == ("A", "V", "seats")
    assert [(lst["list"], lst["votes"]) for lst in doc["chair"]["lists"]][:2] == [("A", 5), ("V", 3)]
    result = run("chair", BUNDLED, "--organ", "bestyrelse", "--valgforbund", "A+F+Ø+B", "--format", "json")
    (board,) = json.loads(ended(result, 0))["kkr"]
    assert board["lists"][0] == {
        "list": "A+F+Ø+B",
        "parties": ["A", "B", "F", "Ø"],
        "votes": 9,
        "quotients": [{"votes": 9, "divisor": 1, "quotient": "9"}, {"votes": 9, "divisor": 2, "quotient": "4 1/2"}],
    }
    assert (board["formand"], board["naestformand"]) == ("A", "A")
    shown = ended(run("chair", BUNDLED, "--organ", "bestyrelse", "--valgforbund", "A+F+Ø+B"), 0)
    assert "V manglede 7 pladser" in shown and "på pladser i bestyrelsen" in shown
    assert "formandsvalget på landsdækkende stemmer (R15)" in shown
    assert "vælger ikke formand" in ended(run("chair", BUNDLED, "--organ", "repraesentantskab"), 2)


def test_r15_the_kv21_board_shows_why_seats_are_the_default():
    """After KV21 the board was A6 V5 C3 F1 Ø1 B1 and V's Martin Damm became formand: a V+C+B valgforbund wins on
    seats (9 against A+F+Ø's 8) — on KV21's votes (1.30 M against 1.34 M) it would not have."""
    from kkrvalg.engine.chair import elect_chair

    seats = {"A": 6, "V": 5, "C": 3, "F": 1, "Ø": 1, "B": 1}
    blocs = {"V+C+B": ("V", "C", "B"), "A+F+Ø": ("A", "F", "Ø")}
    on_seats = elect_chair("bestyrelse", seats, blocs)
    assert on_seats.holder("formand") == "V" and [lst.votes for lst in on_seats.lists] == [9, 8]
    on_votes = elect_chair(
        "bestyrelse", {"V": 800_000, "C": 400_000, "B": 100_000, "A": 1_000_000, "F": 240_000, "Ø": 100_000}, blocs
    )
    assert on_votes.holder("formand") == "A"


def test_r15_the_basis_is_a_setting(tmp_path):
    profile = tmp_path / "p.toml"
    profile.write_text('bestyrelse_chair_basis = "votes"\n', encoding="utf-8")
    code, doc = organ_json(BUNDLED, "bestyrelse", "--rules", profile)
    national = {p["party"]: p["votes"] for p in doc["parties"]}
    assert doc["chair"]["basis"] == "votes"
    assert all(lst["votes"] == national[lst["list"]] for lst in doc["chair"]["lists"])
    assert (doc["chair"]["formand"], doc["chair"]["naestformand"]) == ("A", "V")


def test_board_settings_come_from_the_rules_profile(tmp_path):
    profile = tmp_path / "p.toml"
    profile.write_text("bestyrelse_seats = 5\nbestyrelse_threshold_percent = 20\n", encoding="utf-8")
    code, doc = organ_json(BUNDLED, "bestyrelse", "--rules", profile)
    members = {p["party"]: p["members"] for p in doc["parties"] if p["members"]}
    assert code == 0 and sum(members.values()) == 5 and set(members) == {"A"}  # only A has 20 % (24.8 %)
    assert by_party(doc)["V"]["reason"] == "below_threshold"
    profile.write_text("bestyrelse_threshold_percent = 90\n", encoding="utf-8")
    code, nobody = organ_json(BUNDLED, "bestyrelse", "--rules", profile)
    assert code == 0 and nobody["members"] == 0 and nobody["seats"] == []


def test_the_api_gives_organs_as_documents():
    data = kkrvalg.load(BUNDLED)
    board = kkrvalg.compose(data, organ="bestyrelse")
    assert board.organ == "bestyrelse" and board.members == 17
    frame = board.to_frame()
    assert frame.members.sum() == 17 and {"party", "votes", "members"} <= set(frame.columns)
    assembly = kkrvalg.compose(data, organ="repraesentantskab")
    assert assembly.mayors == 98 and assembly.members >= assembly.mayors
    with pytest.raises(kkrvalg.RulesError):
        kkrvalg.compose(data, organ="bestyrelse", kkr="Hovedstaden")


def test_validate_checks_an_organ(tmp_path):
    assert "er i orden" in ended(run("validate", BUNDLED, "--organ", "bestyrelse", "--strict"), 0)
    book = load_workbook(BUNDLED)
    votes = book["stemmer"]
    for row in reversed(range(2, votes.max_row + 1)):
        if votes.cell(row, 2).value in ("Læsø", "Fanø"):
            votes.delete_rows(row)
    book.save(tmp_path / "partial.xlsx")
    strict = ended(run("validate", tmp_path / "partial.xlsx", "--organ", "bestyrelse", "--strict"), 2)
    assert "KL's bestyrelse mangler resultater fra 2 kommuner: Fanø, Læsø" in strict


def test_r15_scenarios_on_the_board_count_what_the_enumeration_walks():
    """R12 on KL's bestyrelse: the counts over every way to form valgforbund, on board seats, agree with walking
    every partition; A+F+Ø+B (9 of 17 seats, more than the other 8 together) is among the blocs that secure
    formand whatever the others do."""
    counted = json.loads(run("scenarios", BUNDLED, "--organ", "bestyrelse", "--format", "json").stdout)
    walked = json.loads(
        run("scenarios", BUNDLED, "--organ", "bestyrelse", "--method", "enumerate", "--format", "json").stdout
    )
    (board,) = counted["kkr"]
    assert board["enumeration"]["formand"] == walked["kkr"][0]["enumeration"]["formand"]
    assert board["enumeration"]["naestformand"] == walked["kkr"][0]["enumeration"]["naestformand"]
    assert {p["party"]: p["votes"] for p in board["parties"]} == {
        "A": 5,
        "V": 3,
        "C": 2,
        "F": 2,
        "Ø": 1,
        "O": 1,
        "I": 1,
        "B": 1,
        "Æ": 1,
    }
    assert {"A", "B", "F", "Ø"} in [set(b["members"]) for b in board["guaranteed"]["formand"]]
