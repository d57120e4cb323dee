"""The Python API gives the CLI's JSON as pydantic models; the rules profile file and `kkrvalg rules`."""

import json
import tomllib

import kkrvalg
import pytest
from kkrvalg.model import ElectionData

from helpers import BUNDLED, run, small_sheets, write_workbook


def cli_json(*args):
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def same_document(api, cli):
    """The API's document equals the CLI's JSON, apart from the moment each was computed."""
    dumped = api.model_dump(mode="json")
    assert dumped.pop("computed_at") and cli.pop("computed_at")
    assert dumped == cli


@pytest.fixture(scope="module")
def data():
    return kkrvalg.load(BUNDLED)


def test_compose_serialises_to_the_cli_json(data):
    result = kkrvalg.compose(data)
    assert isinstance(data, ElectionData)
    same_document(result, cli_json("allocate", BUNDLED))
    frame = result.to_frame()
    assert len(frame) == sum(len(k.parties) for k in result.kkr)
    hovedstaden = frame[frame.kkr == "Hovedstaden"]
    assert hovedstaden.members.sum() == result.kkr[0].members
    assert {"kkr", "party", "votes", "eligible", "mayors", "supplementary", "members"} <= set(frame.columns)


def test_chair_and_scenarios_serialise_to_the_cli_json(data):
    chair = kkrvalg.chair(data, kkr="Nordjylland", valgforbund=[("V", "C", "Æ")])
    same_document(chair, cli_json("chair", BUNDLED, "--kkr", "Nordjylland", "--valgforbund", "V+C+Æ"))
    assert chair.kkr[0].formand == "V" and set(chair.to_frame().columns) >= {"kkr", "list", "votes", "posts"}
    scenarios = kkrvalg.scenarios(data, kkr="Nordjylland", party="V")
    same_document(scenarios, cli_json("scenarios", BUNDLED, "--kkr", "Nordjylland", "--party", "v"))
    frame = scenarios.to_frame()
    assert frame.formand.sum() + scenarios.kkr[0].enumeration.by_lot.formand == frame.scenarios.iloc[0]
    outlook = scenarios.outlook_frame()
    assert len(outlook) == len(scenarios.kkr[0].outlook) > 1 and set(outlook.party) == {"V"}
    assert outlook.members.iloc[0] == "+".join(scenarios.kkr[0].outlook[0].members)


def test_api_raises_typed_errors_with_the_cli_messages(tmp_path, data):
    with pytest.raises(kkrvalg.InputError) as missing:
        kkrvalg.load(tmp_path / "nope.xlsx")
    cli = run("allocate", tmp_path / "nope.xlsx")
    assert cli.exit_code == 2 and missing.value.messages()[0] in cli.output
    with pytest.raises(kkrvalg.RulesError) as unknown:
        kkrvalg.compose(data, kkr="Vest")
    assert "KKR 'Vest' findes ikke" in str(unknown.value)
    with pytest.raises(kkrvalg.RulesError):
        kkrvalg.chair(data, valgforbund=[("A", "V")])


def test_rules_command_prints_a_profile_that_reads_back(tmp_path):
    printed = run("rules")
    assert printed.exit_code == 0
    assert all(f"# R{i}:" in printed.stdout for i in range(1, 16))
    defaults = kkrvalg.RulesProfile().model_dump(mode="json")
    defaults |= {"threshold_percent": 2, "bestyrelse_threshold_percent": 0}
    assert tomllib.loads(printed.stdout) | {"repraesentantskab_cap_factor": None} == defaults
    profile = tmp_path / "profil.toml"
    profile.write_text(printed.stdout.replace("cap_factor = 2", "cap_factor = 1"), encoding="utf-8")
    from kkrvalg.io.rules_file import load_rules

    assert load_rules(profile).cap_factor == 1
    assert "allowed values" in run("rules", "--lang", "en").stdout


def test_rules_option_changes_the_result_and_bad_profiles_are_refused(tmp_path):
    """KKR Nord with cap_factor 1: cap 2 = its two mayors, so V gets no supplementary member."""
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    profile = tmp_path / "profil.toml"
    profile.write_text("cap_factor = 1\n", encoding="utf-8")
    nord = cli_json("allocate", path, "--kkr", "Nord", "--rules", profile)["kkr"][0]
    assert (nord["members"], nord["cap_reached"]) == (2, True)
    assert cli_json("allocate", path, "--kkr", "Nord")["kkr"][0]["members"] == 4
    assert kkrvalg.compose(kkrvalg.load(path), rules=profile, kkr="Nord").kkr[0].members == 2
    for content, message in (
        ("cap = 1\n", "Ukendt indstilling 'cap'"),
        ("cap_factor = 0\n", "Tilladt: et helt tal fra 1 til 10"),
        ('stopping_rule = "always"\n', "'stopping_rule' kan ikke være 'always'"),
        ("cap_factor = \n", "ikke gyldig TOML"),
    ):
        profile.write_text(content, encoding="utf-8")
        for command in ("allocate", "chair", "scenarios", "validate"):
            result = run(command, path, "--rules", profile)
            assert result.exit_code == 2 and message in result.output, (command, result.output)
