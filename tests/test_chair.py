"""R9–R11 on hand-checked cases, the valgforbund checks, --lot and the R10 deadline."""

import json
from datetime import date

import pytest
from kkrvalg.cli import app
from kkrvalg.engine.chair import elect_chair
from kkrvalg.engine.deadline import valgforbund_deadline
from kkrvalg.engine.dhondt import highest_averages
from kkrvalg.report.wording import post_lines
from typer.testing import CliRunner

from helpers import small_sheets, supplied, write_workbook

runner = CliRunner()


def test_r12_bloc_with_more_than_twice_the_rest_takes_both_posts():
    """Bloc A+F = 2 100 > 2 × V's 1 000: quotients 2 100, 1 050 beat V's 1 000; inside, A 1 100 then F 1 000."""
    result = elect_chair("X", {"A": 1100, "F": 1000, "V": 1000}, {"rød": ("A", "F")})
    assert (result.holder("formand"), result.holder("naestformand")) == ("A", "F")
    assert [p.list_key for p in result.posts] == ["rød", "rød"]


def test_valgforbund_wins_formand_while_its_second_member_gets_nothing():
    """A 900 + F 200 = 1 100 > V 1 000: the bloc takes formand (A, its largest); V næstformand at 1 000 > 550."""
    result = elect_chair("X", {"A": 900, "F": 200, "V": 1000}, {"rød": ("A", "F")})
    assert (result.holder("formand"), result.holder("naestformand")) == ("A", "V")
    assert all(p.party != "F" for p in result.posts)
    formand = result.margins[0]
    assert (formand.runner_up, formand.needed, formand.surplus) == ("V", 101, 99)


def test_without_valgforbund_the_two_largest_win():
    result = elect_chair("X", {"A": 900, "F": 200, "V": 1000}, {})
    assert (result.holder("formand"), result.holder("naestformand")) == ("V", "A")
    naestformand = result.margins[1]
    assert naestformand.runner_up == "V" and naestformand.needed == 801  # V needs 1 801 ÷ 2 > 900


def test_tie_for_naestformand_needs_a_lot():
    pending = elect_chair("X", {"A": 900, "B": 500, "C": 500}, {})
    (tie,) = pending.ties
    assert tie.seat == 2 and tie.candidates == ("B", "C") and not pending.complete
    drawn = elect_chair("X", {"A": 900, "B": 500, "C": 500}, {}, supplied(tie.key, "C"))
    assert drawn.holder("naestformand") == "C" and drawn.complete


def test_each_undecided_post_names_the_drawing_it_waits_for():
    """X+Y (3 + 3) takes formand at 6 but X and Y tie inside; then X+Y ÷ 2, A and B tie at 3 for næstformand."""
    result = elect_chair("X", {"X": 3, "Y": 3, "A": 3, "B": 3}, {"X+Y": ("X", "Y")})
    assert [p.list_key for p in result.posts] == ["X+Y", None]
    assert post_lines(result, "da") == [
        "Formand: uafgjort — lodtrækning mellem X og Y",
        "Næstformand: uafgjort — lodtrækning mellem A, B og X+Y",
    ]


def test_pooled_votes_equal_direct_dhondt_with_pooled_votes():
    votes = {"A": 1200, "B": 700, "C": 650, "D": 90}
    result = elect_chair("X", votes, {"bc": ("B", "C")})
    direct = highest_averages({"A": 1200, "bc": 1350, "D": 90}, seats_to_add=2, ordered=True)
    assert [p.list_key for p in result.posts] == [a.party for a in direct.awards]


def test_deadline_across_a_weekend():
    assert valgforbund_deadline(date(2026, 1, 26)) == date(2026, 1, 21)  # Monday → Wednesday before


def test_deadline_across_easter():
    """Tuesday 7 April 2026: Easter Monday, Sunday, Saturday, Good Friday and Maundy Thursday are skipped."""
    assert valgforbund_deadline(date(2026, 4, 7)) == date(2026, 3, 30)


def chair_cli(*args):
    return runner.invoke(app, ["chair", *map(str, args)], env={"COLUMNS": "160"})


@pytest.fixture
def three_party(small_workbook):
    """KKR Nord: A 6 000 (2 mayors), V 7 000 (2 supplementary), Ø 500 has no member."""
    return small_workbook


def test_chair_command_json(three_party):
    result = chair_cli(three_party, "--kkr", "Nord", "--format", "json")
    assert result.exit_code == 0, result.output
    (entry,) = json.loads(result.stdout)["kkr"]
    assert (entry["formand"], entry["naestformand"]) == ("V", "A")
    assert entry["margins"]["formand"]["votes_needed_by_runner_up"] == 1001


def test_valgforbund_option_and_errors(three_party):
    bad = chair_cli(three_party, "--kkr", "Nord", "--valgforbund", "A,Ø")
    assert bad.exit_code == 2 and "Ø er ikke repræsenteret" in bad.output
    single = chair_cli(three_party, "--kkr", "Nord", "--valgforbund", "A")
    assert single.exit_code == 2 and "færre end 2 partier" in single.output
    twice = chair_cli(three_party, "--kkr", "Nord", "--valgforbund", "A,V", "--valgforbund", "V,A")
    assert twice.exit_code == 2 and "både valgforbundet" in twice.output
    no_kkr = chair_cli(three_party, "--valgforbund", "A,V")
    assert no_kkr.exit_code == 2


def test_valgforbund_sheet_for_unknown_kkr(tmp_path):
    sheets = small_sheets()
    sheets["valgforbund"] = [["kkr", "valgforbund", "parti"], ["Vest", "blå", "V"], ["Vest", "blå", "C"]]
    result = chair_cli(write_workbook(tmp_path / "s.xlsx", sheets))
    assert result.exit_code == 2 and "KKR 'Vest' findes ikke" in result.output


def test_allocate_json_includes_chair(three_party):
    document = json.loads(runner.invoke(app, ["allocate", str(three_party), "--format", "json"]).stdout)
    assert document["kkr"][0]["chair"]["formand"] == "V"


def test_lot_option_records_the_real_drawing(tmp_path):
    """Syd: C's mayor on 2 000, A 4 000 gets one supplementary seat; A ÷ 2 = C ÷ 1 = 2 000 for næstformand."""
    sheets = small_sheets()
    sheets["stemmer"][-1] = ["Ærø Sogn", "A", "Socialdemokratiet", 4000, 4]
    path = write_workbook(tmp_path / "s.xlsx", sheets)
    pending = chair_cli(path, "--kkr", "Syd")
    assert pending.exit_code == 3 and "kræver lodtrækning" in pending.output
    settled = chair_cli(path, "--kkr", "Syd", "--lot", "C", "--format", "json")
    assert settled.exit_code == 0, settled.output
    (entry,) = json.loads(settled.stdout)["kkr"]
    assert (entry["formand"], entry["naestformand"]) == ("A", "C")
    assert entry["ties"][0]["resolution"] == "supplied" and entry["ties"][0]["candidates"] == ["A", "C"]
    wrong = chair_cli(path, "--kkr", "Syd", "--lot", "V")
    assert wrong.exit_code == 2 and "står mellem A og C; V er ikke blandt dem" in wrong.output


def test_frist_command():
    result = runner.invoke(app, ["frist", "2026-01-26"])
    assert result.exit_code == 0 and "onsdag den 21. januar 2026" in " ".join(result.output.split())
    assert runner.invoke(app, ["frist", "26/1"]).exit_code == 2
