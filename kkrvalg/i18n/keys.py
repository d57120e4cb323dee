"""The catalogue keys of each family of texts, written out in full.

A key is never put together at run time (``"post_" + post``): every text the tool can show is found by
searching for its key, and a test checks that every catalogue entry is used somewhere. A value the code holds
(a post, a status, a setting) is looked up here instead.
"""

from __future__ import annotations

from typing import NamedTuple

ORGAN = {"kkr": "organ_kkr", "repraesentantskab": "organ_repraesentantskab", "bestyrelse": "organ_bestyrelse"}
ORGAN_INTRO = {
    "kkr": "html_intro_kkr",
    "repraesentantskab": "html_intro_repraesentantskab",
    "bestyrelse": "html_intro_bestyrelse",
}
POST = {"formand": "post_formand", "naestformand": "post_naestformand"}
DRAWING = {"formand": "drawing_formand", "naestformand": "drawing_naestformand"}
STATUS = {
    "final": "status_final",
    "provisional": "status_provisional",
    "undecided": "status_undecided",
    "absent": "status_absent",
}
SEAT_KIND = {"mayor": "kind_mayor", "supplementary": "kind_supplementary", "seat": "kind_seat"}
TIE_PLACE = {
    "supplementary": "tie_place_supplementary",
    "seat": "tie_place_seat",
    "chair": "tie_place_chair",
    "valgforbund": "tie_place_valgforbund",
}
REASON = {
    "not_a_party": "reason_not_a_party",
    "no_votes": "reason_no_votes",
    "below_threshold": "reason_below_threshold",
    "no_council_seat": "reason_no_council_seat",
}
SENSITIVITY = {
    "threshold_denominator": "sensitivity_threshold_denominator",
    "council_seat_scope": "sensitivity_council_seat_scope",
    "stopping_rule": "sensitivity_stopping_rule",
    "repraesentantskab_cap_factor": "sensitivity_repraesentantskab_cap_factor",
    "bestyrelse_chair_basis": "sensitivity_bestyrelse_chair_basis",
}
"""The uncertain settings whose alternative a sensitivity line names (a party letter has ``sensitivity_party``)."""
RULE = {
    "R1": "rule_R1",
    "R2": "rule_R2",
    "R3": "rule_R3",
    "R4": "rule_R4",
    "R5": "rule_R5",
    "R6": "rule_R6",
    "R7": "rule_R7",
    "R8": "rule_R8",
    "R9": "rule_R9",
    "R10": "rule_R10",
    "R11": "rule_R11",
    "R12": "rule_R12",
    "R13": "rule_R13",
    "R14": "rule_R14",
    "R15": "rule_R15",
}
CHOICE = {
    "threshold_denominator": {"valid_votes": "valid_votes", "ballots_cast": "ballots_cast"},
    "council_seat_scope": {
        "geography": "scope_geography",
        "geography_national": "scope_geography_national",
        "anywhere": "scope_anywhere",
        "not_required": "scope_not_required",
    },
    "stopping_rule": {"proportional": "stopping_proportional", "fill_cap": "stopping_fill_cap"},
    "bestyrelse_chair_basis": {"seats": "chair_basis_seats", "votes": "chair_basis_votes"},
}
"""The settings that are a choice between named values, each value in words (``geography_national``: the
scope of KL's national bodies, where the area is the whole country)."""
VALGDK_NAMED = {"Kommune": "valgdk_named_Kommune", "folder": "valgdk_named_folder", "file": "valgdk_named_file"}
"""Where a valg.dk file names its municipality."""
EMPTY_CELL = {"formula": "empty_formula", "merged": "empty_merged"}
"""Why a required cell reads as empty (messages)."""


class SettingTexts(NamedTuple):
    """A setting of the rules profile in words: its name, what it does, and the values it takes."""

    name: str
    description: str
    values: str


SETTING = {
    "threshold_percent": SettingTexts(
        "excel_setting_threshold_percent", "setting_threshold_percent", "values_threshold_percent"
    ),
    "threshold_denominator": SettingTexts(
        "excel_setting_threshold_denominator", "setting_threshold_denominator", "values_threshold_denominator"
    ),
    "council_seat_scope": SettingTexts(
        "excel_setting_council_seat_scope", "setting_council_seat_scope", "values_council_seat_scope"
    ),
    "cap_factor": SettingTexts("excel_setting_cap_factor", "setting_cap_factor", "values_cap_factor"),
    "stopping_rule": SettingTexts("excel_setting_stopping_rule", "setting_stopping_rule", "values_stopping_rule"),
    "valgforbund_min_parties": SettingTexts(
        "excel_setting_valgforbund_min_parties", "setting_valgforbund_min_parties", "values_valgforbund_min_parties"
    ),
    "repraesentantskab_cap_factor": SettingTexts(
        "excel_setting_repraesentantskab_cap_factor",
        "setting_repraesentantskab_cap_factor",
        "values_repraesentantskab_cap_factor",
    ),
    "bestyrelse_seats": SettingTexts(
        "excel_setting_bestyrelse_seats", "setting_bestyrelse_seats", "values_bestyrelse_seats"
    ),
    "bestyrelse_threshold_percent": SettingTexts(
        "excel_setting_bestyrelse_threshold_percent",
        "setting_bestyrelse_threshold_percent",
        "values_bestyrelse_threshold_percent",
    ),
    "bestyrelse_chair_basis": SettingTexts(
        "excel_setting_bestyrelse_chair_basis", "setting_bestyrelse_chair_basis", "values_bestyrelse_chair_basis"
    ),
}
"""Every field of :class:`~kkrvalg.model.RulesProfile` (a test keeps the two in step)."""

GUIDE_SHEET = {
    "stemmer": "guide_stemmer",
    "borgmestre": "guide_borgmestre",
    "listesamarbejder": "guide_listesamarbejder",
    "valgforbund": "guide_valgforbund",
    "optaelling": "guide_optaelling",
    "partier": "guide_partier",
    "kommuner": "guide_kommuner",
}
GUIDE_COLUMN = {
    ("stemmer", "kommune"): "guide_stemmer_kommune",
    ("stemmer", "liste"): "guide_stemmer_liste",
    ("stemmer", "navn"): "guide_stemmer_navn",
    ("stemmer", "stemmer"): "guide_stemmer_stemmer",
    ("stemmer", "mandater"): "guide_stemmer_mandater",
    ("borgmestre", "kommune"): "guide_borgmestre_kommune",
    ("borgmestre", "liste"): "guide_borgmestre_liste",
    ("borgmestre", "navn"): "guide_borgmestre_navn",
    ("listesamarbejder", "kommune"): "guide_listesamarbejder_kommune",
    ("listesamarbejder", "liste"): "guide_listesamarbejder_liste",
    ("listesamarbejder", "listesamarbejde"): "guide_listesamarbejder_listesamarbejde",
    ("valgforbund", "kkr"): "guide_valgforbund_kkr",
    ("valgforbund", "valgforbund"): "guide_valgforbund_valgforbund",
    ("valgforbund", "parti"): "guide_valgforbund_parti",
    ("optaelling", "kommune"): "guide_optaelling_kommune",
    ("optaelling", "status"): "guide_optaelling_status",
    ("optaelling", "afgivne_stemmer"): "guide_optaelling_afgivne_stemmer",
    ("optaelling", "note"): "guide_optaelling_note",
    ("partier", "liste"): "guide_partier_liste",
    ("partier", "navn"): "guide_partier_navn",
    ("partier", "usikker"): "guide_partier_usikker",
    ("partier", "farve"): "guide_partier_farve",
    ("kommuner", "kommunekode"): "guide_kommuner_kommunekode",
    ("kommuner", "kommune"): "guide_kommuner_kommune",
    ("kommuner", "kkr"): "guide_kommuner_kkr",
}
"""The input template's guide to each sheet and column (a test keeps it in step with the loader's columns)."""
