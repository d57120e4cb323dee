"""The guide sheet of the input template and the texts of its cell validation."""

from __future__ import annotations

GUIDE: dict[str, dict[str, str]] = {
    "template_guide_title": {"da": "Vejledning til inputfilen", "en": "Guide to the input workbook"},
    "template_guide_intro": {
        "da": "Udfyld arkene stemmer og borgmestre; de øvrige ark kan stå tomme. Brug én række pr. kommune og "
        "liste. Kommunenavne vælges fra listen (kommunekoder accepteres også). Tal skrives som hele tal. "
        "Tjek filen med: kkrvalg validate FIL.xlsx",
        "en": "Fill in the sheets stemmer and borgmestre; the other sheets may stay empty. Use one row per "
        "municipality and list. Pick municipality names from the list (codes are accepted too). Numbers are "
        "whole numbers. Check the file with: kkrvalg validate FILE.xlsx",
    },
    "template_required": {"da": "skal udfyldes", "en": "required"},
    "template_meaning": {"da": "indhold", "en": "contents"},
    "template_list_error": {"da": "Vælg en værdi fra listen.", "en": "Pick a value from the list."},
    "template_list_warning": {
        "da": "Værdien står ikke på listen. Fortsæt kun, hvis den er rigtig (fx en lokalliste).",
        "en": "The value is not in the list. Continue only if it is right (e.g. a local list).",
    },
    "template_whole_error": {"da": "Skriv et helt tal, 0 eller derover.", "en": "Enter a whole number, 0 or more."},
    "template_written": {"da": "Skabelon skrevet: {path}", "en": "Template written: {path}"},
    "guide_stemmer": {
        "da": "Stemmetal og mandater pr. kommune og liste (kandidatliste).",
        "en": "Votes and council seats per municipality and list (kandidatliste).",
    },
    "guide_stemmer_kommune": {"da": "Kommunens navn (eller kommunekode).", "en": "The municipality's name (or code)."},
    "guide_stemmer_liste": {
        "da": "Listens bogstav (A, V, Ø …); en lokalliste uden bogstav skrives med sit navn.",
        "en": "The list's ballot letter (A, V, Ø …); a local list without a letter is written by its name.",
    },
    "guide_stemmer_navn": {
        "da": "Listens navn (valgfrit, til rapporten).",
        "en": "The list's name (optional, for the report).",
    },
    "guide_stemmer_stemmer": {
        "da": "Listens gyldige stemmer i kommunen.",
        "en": "The list's valid votes in the municipality.",
    },
    "guide_stemmer_mandater": {
        "da": "Listens mandater i kommunalbestyrelsen.",
        "en": "The list's seats on the municipal council.",
    },
    "guide_borgmestre": {
        "da": "Én række pr. kommune: borgmesterens liste og/eller navn.",
        "en": "One row per municipality: the mayor's list and/or name.",
    },
    "guide_borgmestre_kommune": {
        "da": "Kommunens navn (eller kommunekode).",
        "en": "The municipality's name (or code).",
    },
    "guide_borgmestre_liste": {
        "da": "Borgmesterens liste (bogstav som i arket stemmer). Tom, indtil borgmesteren er valgt. Kan udelades, når navnet står blandt de valgte i arket byraadsmedlemmer (fra import valgdk).",
        "en": "The mayor's list (letter as in the sheet stemmer). Empty until the mayor is elected. May be left out when the name is among the elected in the sheet byraadsmedlemmer (from import valgdk).",
    },
    "guide_borgmestre_navn": {
        "da": "Borgmesterens navn som på stemmesedlen. Kontrolleres mod de valgte i arket byraadsmedlemmer, når det findes.",
        "en": "The mayor's name as on the ballot. Checked against the elected in the sheet byraadsmedlemmer, when there is one.",
    },
    "guide_listesamarbejder": {
        "da": "Lokallister i et godkendt listesamarbejde, fx Lokallisterne i Danmark (R3).",
        "en": "Local lists in an approved listesamarbejde, e.g. Lokallisterne i Danmark (R3).",
    },
    "guide_listesamarbejder_kommune": {"da": "Lokallistens kommune.", "en": "The local list's municipality."},
    "guide_listesamarbejder_liste": {
        "da": "Lokallisten (som i arket stemmer).",
        "en": "The local list (as in the sheet stemmer).",
    },
    "guide_listesamarbejder_listesamarbejde": {"da": "Listesamarbejdets navn.", "en": "The listesamarbejde's name."},
    "guide_valgforbund": {
        "da": "Anmeldte valgforbund til valget af formand og næstformand (R10).",
        "en": "Notified valgforbund for the election of formand and næstformand (R10).",
    },
    "guide_valgforbund_kkr": {"da": "KKR'et, fx Hovedstaden.", "en": "The KKR, e.g. Hovedstaden."},
    "guide_valgforbund_valgforbund": {
        "da": "Valgforbundets navn (samme på alle dets rækker).",
        "en": "The valgforbund's name (the same on all its rows).",
    },
    "guide_valgforbund_parti": {
        "da": "Et parti i valgforbundet; én række pr. parti.",
        "en": "One party of the valgforbund; one row per party.",
    },
    "guide_optaelling": {
        "da": "Optællingens status pr. kommune; kommuner med foreløbige tal gør KKR'et foreløbigt.",
        "en": "Count status per municipality; municipalities with preliminary figures make the KKR provisional.",
    },
    "guide_optaelling_kommune": {
        "da": "Kommunens navn (eller kommunekode).",
        "en": "The municipality's name (or code).",
    },
    "guide_optaelling_status": {"da": "endelig eller foreløbig.", "en": "endelig (final) or foreløbig (preliminary)."},
    "guide_optaelling_afgivne_stemmer": {
        "da": "Afgivne stemmer i alt (kun nødvendigt, hvis spærregrænsen regnes af afgivne stemmer).",
        "en": "Ballots cast (only needed when the threshold is a share of ballots cast).",
    },
    "guide_optaelling_note": {"da": "Bemærkning (valgfri).", "en": "Remark (optional)."},
    "guide_partier": {
        "da": "Tomt: den medfølgende liste over landsdækkende partier bruges (R3). Udfyldt: erstatter den.",
        "en": "Empty: the bundled list of national parties is used (R3). Filled in: replaces it.",
    },
    "guide_partier_liste": {"da": "Partiets bogstav.", "en": "The party's letter."},
    "guide_partier_navn": {"da": "Partiets navn.", "en": "The party's name."},
    "guide_partier_usikker": {
        "da": "'ja', hvis det er usikkert, om listen tæller som parti (R3); resultatet afprøves så uden den.",
        "en": "'ja' (yes) if it is uncertain whether the list counts as a party (R3); the result is then also tried without it.",
    },
    "guide_partier_farve": {
        "da": "Partiets farve i rapporterne som hex-kode, fx #C8102E (valgfri; ellers den medfølgende).",
        "en": "The party's colour in the reports as a hex code, e.g. #C8102E (optional; else the bundled one).",
    },
    "guide_kommuner": {
        "da": "Tomt: den medfølgende KKR-geografi 2026–2030 bruges. Udfyldt: erstatter den.",
        "en": "Empty: the bundled KKR geography 2026–2030 is used. Filled in: replaces it.",
    },
    "guide_kommuner_kommunekode": {"da": "Kommunekoden, fx 101.", "en": "The municipality code, e.g. 101."},
    "guide_kommuner_kommune": {"da": "Kommunens navn.", "en": "The municipality's name."},
    "guide_kommuner_kkr": {"da": "Det KKR, kommunen hører til.", "en": "The KKR the municipality belongs to."},
}
