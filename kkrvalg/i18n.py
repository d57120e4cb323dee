"""Every user-facing text in Danish (default) and English, so reports and errors never mix languages."""

from __future__ import annotations

from typing import Literal

from .errors import Problem

Lang = Literal["da", "en"]

MESSAGES: dict[str, dict[str, str]] = {
    "file_missing": {
        "da": "Filen {path} findes ikke. Angiv stien til en .xlsx-projektmappe eller en mappe med CSV-filer.",
        "en": "The file {path} does not exist. Give the path of an .xlsx workbook or a folder of CSV files.",
    },
    "file_type": {
        "da": "{path} er hverken en .xlsx-fil eller en mappe med CSV-filer. Gem filen som Excel-projektmappe (.xlsx).",
        "en": "{path} is neither an .xlsx file nor a folder of CSV files. Save it as an Excel workbook (.xlsx).",
    },
    "file_corrupt": {
        "da": "{path} kan ikke læses som Excel-projektmappe ({detail}). Åbn og gem den igen i Excel.",
        "en": "{path} cannot be read as an Excel workbook ({detail}). Open and save it again in Excel.",
    },
    "csv_undecodable": {
        "da": "{path} er hverken UTF-8 eller Windows-1252. Gem den som CSV (UTF-8).",
        "en": "{path} is neither UTF-8 nor Windows-1252. Save it as CSV (UTF-8).",
    },
    "sheet_missing": {
        "da": "Arket '{sheet}' mangler. Projektmappen skal have arkene {expected}; fandt {found}.",
        "en": "The sheet '{sheet}' is missing. The workbook needs the sheets {expected}; found {found}.",
    },
    "column_missing": {
        "da": "Kolonnen '{column}' mangler i overskriftsrækken. Forventet: {expected}; fandt {found}.",
        "en": "The column '{column}' is missing from the header row. Expected: {expected}; found {found}.",
    },
    "empty_required": {
        "da": "Cellen er tom, men skal udfyldes.",
        "en": "The cell is empty but must be filled in.",
    },
    "not_integer": {
        "da": "'{value}' er ikke et helt tal. Skriv et helt tal som 12345 eller 12.345.",
        "en": "'{value}' is not a whole number. Write a whole number such as 12345 or 12.345.",
    },
    "negative": {
        "da": "{value} er negativ. Stemmetal og mandater skal være 0 eller større.",
        "en": "{value} is negative. Votes and seats must be 0 or more.",
    },
    "not_yes_no": {
        "da": "'{value}' er ikke en gyldig status. Skriv 'endelig' eller 'foreløbig'.",
        "en": "'{value}' is not a valid status. Write 'final' or 'preliminary'.",
    },
    "duplicate_list": {
        "da": "Liste {letter} i {municipality} står to gange (også i række {first_row}). Slet eller læg rækkerne sammen.",
        "en": "List {letter} in {municipality} appears twice (also in row {first_row}). Delete or merge the rows.",
    },
    "duplicate_party": {
        "da": "Partibogstavet {letter} står to gange (også i række {first_row}).",
        "en": "The party letter {letter} appears twice (also in row {first_row}).",
    },
    "unknown_municipality": {
        "da": "Kommunen '{value}' kendes ikke. Skriv navnet som i kommunelisten eller brug kommunekoden.",
        "en": "The municipality '{value}' is not known. Write the name as in the list or use the code.",
    },
    "unknown_municipality_suggest": {
        "da": "Kommunen '{value}' kendes ikke. Mente du: {names}?",
        "en": "The municipality '{value}' is not known. Did you mean: {names}?",
    },
    "two_mayors": {
        "da": "{municipality} har to borgmestre (også i række {first_row}). En kommune har én borgmester.",
        "en": "{municipality} has two mayors (also in row {first_row}). A municipality has one mayor.",
    },
    "mayor_list_unknown": {
        "da": "Borgmesterens liste {letter} har ingen række i arket 'stemmer' for {municipality}. "
        "Ret bogstavet eller tilføj listens stemmer.",
        "en": "The mayor's list {letter} has no row in the sheet 'stemmer' for {municipality}. "
        "Correct the letter or add the list's votes.",
    },
    "pooled_list_unknown": {
        "da": "Listen {letter} i {municipality} har ingen række i arket 'stemmer'. "
        "En liste kan kun indgå i et listesamarbejde, hvis den har stillet op.",
        "en": "The list {letter} in {municipality} has no row in the sheet 'stemmer'. "
        "Only a list that ran can join a listesamarbejde.",
    },
    "pooled_twice": {
        "da": "Listen {letter} i {municipality} er allerede med i listesamarbejdet {other} (række {first_row}).",
        "en": "The list {letter} in {municipality} is already in the listesamarbejde {other} (row {first_row}).",
    },
    "municipality_two_kkr": {
        "da": "{municipality} står i både {first} og {second}. En kommune hører til ét KKR.",
        "en": "{municipality} is in both {first} and {second}. A municipality belongs to one KKR.",
    },
    "no_mayor": {
        "da": "{municipality} har ingen borgmester i arket 'borgmestre' (kræves med --strict).",
        "en": "{municipality} has no mayor in the sheet 'borgmestre' (required with --strict).",
    },
    "strict_missing": {
        "da": "KKR {kkr} mangler resultater fra {count} kommune(r): {names} (kræves med --strict).",
        "en": "KKR {kkr} lacks results from {count} municipalit(y/ies): {names} (required with --strict).",
    },
    "strict_preliminary": {
        "da": "KKR {kkr} har foreløbige optællinger i: {names} (--strict kræver endelige tal).",
        "en": "KKR {kkr} has preliminary counts in: {names} (--strict requires final figures).",
    },
    "unknown_kkr": {
        "da": "KKR '{value}' findes ikke i data. Kendte KKR: {known}.",
        "en": "KKR '{value}' is not in the data. Known KKR: {known}.",
    },
    "ballots_missing": {
        "da": "Reglerne bruger afgivne stemmer som nævner (R4), men arket 'optaelling' mangler "
        "afgivne stemmer for en eller flere kommuner i {kkr}.",
        "en": "The rules use ballots cast as the denominator (R4), but the sheet 'optaelling' lacks "
        "ballots cast for one or more municipalities in {kkr}.",
    },
    "valgforbund_unrepresented": {
        "da": "Valgforbundet {name}: {party} er ikke repræsenteret i KKR {kkr} (R10). Repræsenterede: {known}.",
        "en": "Valgforbund {name}: {party} is not represented in KKR {kkr} (R10). Represented: {known}.",
    },
    "valgforbund_twice": {
        "da": "{party} er med i både valgforbundet {first} og {second}. Et parti kan kun være i ét valgforbund.",
        "en": "{party} is in both valgforbund {first} and {second}. A party can be in one valgforbund only.",
    },
    "valgforbund_too_small": {
        "da": "Valgforbundet {name} har færre end {min} partier (R10).",
        "en": "Valgforbund {name} has fewer than {min} parties (R10).",
    },
    "valgforbund_needs_kkr": {
        "da": "--valgforbund gælder ét KKR: angiv også --kkr.",
        "en": "--valgforbund applies to one KKR: give --kkr too.",
    },
    "lot_not_candidate": {
        "da": "--lot {party}: partiet er ikke med i lodtrækningen mellem {candidates}.",
        "en": "--lot {party}: the party is not in the drawing between {candidates}.",
    },
    "bad_date": {
        "da": "'{value}' er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD, fx 2026-01-26.",
        "en": "'{value}' is not a date. Write it as YYYY-MM-DD, e.g. 2026-01-26.",
    },
    "scenario_party_unrepresented": {
        "da": "--party {party}: partiet er ikke repræsenteret i KKR {kkr}. Repræsenterede: {known}.",
        "en": "--party {party}: the party is not represented in KKR {kkr}. Represented: {known}.",
    },
    "scenario_no_votes": {
        "da": "KKR {kkr}: de repræsenterede partier har ingen stemmer, så der er intet formandsvalg at simulere.",
        "en": "KKR {kkr}: the represented parties have no votes, so there is no chair election to simulate.",
    },
    "lot_invalid": {"da": "Lodtrækningen passer ikke: {detail}", "en": "The lot does not fit: {detail}"},
}

LABELS: dict[str, dict[str, str]] = {
    "file": {"da": "fil", "en": "file"},
    "sheet": {"da": "ark", "en": "sheet"},
    "row": {"da": "række", "en": "row"},
    "column": {"da": "kolonne", "en": "column"},
    "error": {"da": "Fejl", "en": "Error"},
    "party": {"da": "Parti/liste", "en": "Party/list"},
    "other_lists": {"da": "Lokallister uden for R3 ({count})", "en": "Local lists outside R3 ({count})"},
    "votes": {"da": "Stemmer", "en": "Votes"},
    "share": {"da": "Andel", "en": "Share"},
    "council_seats": {"da": "Kommunalbestyrelsesmandater", "en": "Council seats"},
    "council_seats_short": {"da": "KB-mandater", "en": "Council seats"},
    "eligible": {"da": "Berettiget", "en": "Eligible"},
    "mayors": {"da": "Borgmestre", "en": "Mayors"},
    "supplementary": {"da": "Supplerende", "en": "Supplementary"},
    "members": {"da": "Medlemmer", "en": "Members"},
    "yes": {"da": "ja", "en": "yes"},
    "no": {"da": "nej", "en": "no"},
    "total": {"da": "I alt", "en": "Total"},
    "kkr_title": {"da": "KKR {kkr}", "en": "KKR {kkr}"},
    "size_line": {
        "da": "{members} medlemmer: {mayors} borgmestre + {supplementary} supplerende. "
        "Loft: {cap} (2 × {municipalities} kommuner){cap_note}.",
        "en": "{members} members: {mayors} mayors + {supplementary} supplementary. "
        "Cap: {cap} ({factor} × {municipalities} municipalities){cap_note}.",
    },
    "cap_bound": {"da": " — loftet er nået (R7)", "en": " — the cap bound (R7)"},
    "cap_free": {"da": " — ikke nået", "en": " — not reached"},
    "provisional_banner": {
        "da": "FORELØBIG: {counted} af {municipalities} kommuner er talt op.{missing}{preliminary}{no_mayor} "
        "Ikke den officielle sammensætning.",
        "en": "PROVISIONAL: {counted} of {municipalities} municipalities counted.{missing}{preliminary}{no_mayor} "
        "Not the official composition.",
    },
    "banner_missing": {"da": " Mangler: {names}.", "en": " Missing: {names}."},
    "banner_preliminary": {"da": " Foreløbig optælling: {names}.", "en": " Preliminary count: {names}."},
    "banner_no_mayor": {"da": " Uden borgmester: {names}.", "en": " Without mayor: {names}."},
    "reason_not_a_party": {"da": "ikke parti (R3)", "en": "not a party (R3)"},
    "reason_no_votes": {"da": "ingen stemmer", "en": "no votes"},
    "reason_below_threshold": {"da": "under {threshold} % (R4)", "en": "under {threshold} % (R4)"},
    "reason_no_council_seat": {
        "da": "intet KB-mandat (R4)",
        "en": "no council seat (R4)",
    },
    "ties_title": {"da": "Stemmelighed (R8)", "en": "Ties (R8)"},
    "tie_line": {
        "da": "Plads {seat} ({context}): {candidates} har samme kvotient {quotient}; {seats} plads(er) — {outcome}",
        "en": "Seat {seat} ({context}): {candidates} share the quotient {quotient}; {seats} seat(s) — {outcome}",
    },
    "tie_seed": {"da": "afgjort ved lodtrækning (seed {seed}): {winners}", "en": "decided by lot (seed {seed}): {winners}"},
    "tie_supplied": {"da": "afgjort ved lodtrækning: {winners}", "en": "decided by lot: {winners}"},
    "tie_unresolved": {"da": "kræver lodtrækning", "en": "lot required"},
    "tie_alternative": {
        "da": "  Hvis {winners} vinder: {composition}",
        "en": "  If {winners} wins: {composition}",
    },
    "tie_exit": {
        "da": "Stemmelighed kræver lodtrækning. Kør igen med --seed N for en registreret lodtrækning.",
        "en": "A tie requires a lot. Run again with --seed N for a recorded draw.",
    },
    "rules_line": {
        "da": "Regler: spærregrænse {threshold} % af {denominator}; mandat {scope}; loft {factor} × kommuner; "
        "stop {stopping}.",
        "en": "Rules: threshold {threshold} % of {denominator}; council seat {scope}; cap {factor} × "
        "municipalities; stop {stopping}.",
    },
    "valid_votes": {"da": "gyldige stemmer", "en": "valid votes"},
    "ballots_cast": {"da": "afgivne stemmer", "en": "ballots cast"},
    "scope_geography": {"da": "i KKR-området", "en": "in the KKR area"},
    "scope_anywhere": {"da": "i en vilkårlig kommune", "en": "in any municipality"},
    "scope_not_required": {"da": "kræves ikke", "en": "not required"},
    "stopping_proportional": {"da": "ved første forholdsmæssige sammensætning", "en": "at the first proportional composition"},
    "stopping_fill_cap": {"da": "ved loftet", "en": "at the cap"},
    "seats_title": {"da": "Supplerende pladser i tildelingsrækkefølge", "en": "Supplementary seats in award order"},
    "order": {"da": "Nr.", "en": "No."},
    "divisor": {"da": "Divisor", "en": "Divisor"},
    "quotient": {"da": "Kvotient", "en": "Quotient"},
    "chair_title": {"da": "Formandsvalg i KKR {kkr} (R9–R11)", "en": "Chair election in KKR {kkr} (R9–R11)"},
    "chair_list": {"da": "Liste/valgforbund", "en": "List/valgforbund"},
    "chair_parties": {"da": "Partier", "en": "Parties"},
    "post_formand": {"da": "Formand", "en": "Formand (chair)"},
    "post_naestformand": {"da": "Næstformand", "en": "Næstformand (vice-chair)"},
    "via": {"da": " (via valgforbundet {name})", "en": " (via valgforbund {name})"},
    "margin_line": {
        "da": "{post}: {runner_up} manglede {needed} stemmer for at tage posten; {winner} kunne have mistet "
        "{surplus} stemmer og stadig vundet.",
        "en": "{post}: {runner_up} needed {needed} more votes to take the post; {winner} could have lost "
        "{surplus} votes and still won.",
    },
    "deadline_line": {
        "da": "Frist for anmeldelse af valgforbund til mødet {meeting}: {deadline} (tre hverdage før, R10).",
        "en": "Deadline for notifying valgforbund for the meeting on {meeting}: {deadline} (three weekdays before, R10).",
    },
    "source_line": {"da": "Kilde: {name} (SHA-256 {sha})", "en": "Source: {name} (SHA-256 {sha})"},
    "scenarios_title": {
        "da": "Valgforbund-scenarier for formandsvalget i KKR {kkr} (R12)",
        "en": "Valgforbund scenarios for the chair election in KKR {kkr} (R12)",
    },
    "guaranteed_formand": {
        "da": "Sikker formandspost: de mindste blokke (et parti alene eller et valgforbund) med flere stemmer end alle andre tilsammen",
        "en": "Formand secured: the smallest blocs (a party alone or a valgforbund) with more votes than all the others together",
    },
    "guaranteed_both": {
        "da": "Begge poster sikret: de mindste blokke med mere end dobbelt så mange stemmer som alle andre",
        "en": "Both posts secured: the smallest blocs with more than twice the votes of all the others",
    },
    "bloc": {"da": "Blok", "en": "Bloc"},
    "others": {"da": "Alle andre", "en": "All others"},
    "surplus": {"da": "Overskud", "en": "Surplus"},
    "no_bloc": {"da": "Ingen blok kan sikre det.", "en": "No bloc can secure it."},
    "more_blocs": {"da": "… og {count} blokke mere (se --format json).", "en": "… and {count} more blocs (see --format json)."},
    "enumeration_title": {
        "da": "Alle {count} måder at danne valgforbund på: hvor ofte får hvert parti posten",
        "en": "All {count} ways to form valgforbund: how often each party gets the post",
    },
    "by_lot": {"da": "Ved lodtrækning", "en": "By lot"},
    "enumeration_skipped": {
        "da": "KKR {kkr}: en fuld gennemregning kræver {count} scenarier, flere end --max-scenarios {max}. "
        "Kun de sikre udfald vises; hæv --max-scenarios for at regne alle igennem.",
        "en": "KKR {kkr}: a full enumeration needs {count} scenarios, more than --max-scenarios {max}. "
        "Only the guaranteed outcomes are shown; raise --max-scenarios to compute them all.",
    },
    "outlook_title": {
        "da": "Muligheder for {party}: hvert valgforbund {party} kan indgå i, over alle måder resten kan organisere sig",
        "en": "Options for {party}: each valgforbund {party} can join, over every way the rest can organise",
    },
    "scenarios": {"da": "Scenarier", "en": "Scenarios"},
    "alone": {"da": "{party} alene", "en": "{party} alone"},
    "more_outlooks": {"da": "… og {count} valgforbund mere (se --format json).", "en": "… and {count} more valgforbund (see --format json)."},
    "progress": {"da": "Gennemregner KKR {kkr}", "en": "Enumerating KKR {kkr}"},
}


def text(key: str, lang: Lang, **params: object) -> str:
    """A label or message in ``lang``, with its ``{placeholders}`` filled in."""
    table = LABELS.get(key) or MESSAGES[key]
    return table[lang].format(**params)


def describe(problem: Problem, lang: Lang = "da") -> str:
    """One line naming where the problem is (file, sheet, row, column) and what to do about it."""
    where = [
        f"{text(label, lang)} {value!r}" if label in ("sheet", "column") else f"{text(label, lang)} {value}"
        for label, value in (
            ("file", problem.file),
            ("sheet", problem.sheet),
            ("row", problem.row),
            ("column", problem.column),
        )
        if value is not None
    ]
    message = text(problem.code, lang, **problem.params)
    return f"{', '.join(where)}: {message}" if where else message
