"""Every user-facing text in Danish (default) and English, so reports and errors never mix languages."""

from __future__ import annotations

from typing import Literal

from .errors import Label, Problem

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
    "sheet_empty": {
        "da": "Arket '{sheet}' har ingen rækker under overskriften. Indtast mindst én kommunes resultater.",
        "en": "The sheet '{sheet}' has no rows below the header. Enter at least one municipality's results.",
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
    "strict_seats_unknown": {
        "da": "KKR {kkr} mangler mandattal for lister i: {names} (--strict kræver kendte mandater).",
        "en": "KKR {kkr} lacks seat counts for lists in: {names} (--strict requires known seats).",
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
    "rules_syntax": {
        "da": "Regelprofilen er ikke gyldig TOML: {detail}.",
        "en": "The rules profile is not valid TOML: {detail}.",
    },
    "rules_unknown_key": {
        "da": "Ukendt indstilling '{setting}' i regelprofilen. Kendte indstillinger: {known}. Se: kkrvalg rules",
        "en": "Unknown setting '{setting}' in the rules profile. Known settings: {known}. See: kkrvalg rules",
    },
    "rules_bad_value": {
        "da": "Indstillingen '{setting}' kan ikke være {value!r}. Tilladt: {allowed}.",
        "en": "The setting '{setting}' cannot be {value!r}. Allowed: {allowed}.",
    },
    "valgdk_not_a_folder": {
        "da": "{path} er ikke en mappe. Angiv mappen med valg.dk-data (den med valgresultater/ og mandatfordeling/).",
        "en": "{path} is not a folder. Give the folder of valg.dk data (the one with valgresultater/ and mandatfordeling/).",
    },
    "valgdk_not_a_tree": {
        "da": "{path} er ikke et valg.dk-datatræ: der er ingen JSON-filer i en mappe valgresultater/.",
        "en": "{path} is not a valg.dk data tree: there are no JSON files in a folder valgresultater/.",
    },
    "valgdk_not_utf8": {"da": "Filen er ikke UTF-8-kodet JSON.", "en": "The file is not UTF-8 encoded JSON."},
    "valgdk_bad_json": {
        "da": "Ugyldig JSON i linje {line}, kolonne {column} ({detail}). Hent filen igen fra valg.dk.",
        "en": "Invalid JSON at line {line}, column {column} ({detail}). Download the file again from valg.dk.",
    },
    "valgdk_not_object": {"da": "Filen er ikke et JSON-objekt, som valg.dk leverer det.",
                          "en": "The file is not a JSON object as valg.dk delivers it."},
    "valgdk_key_missing": {"da": "Nøglen '{key}' mangler.", "en": "The key '{key}' is missing."},
    "valgdk_bad_time": {"da": "{key} = {value!r} er ikke et tidspunkt som DD-MM-ÅÅÅÅ TT:MM:SS.",
                        "en": "{key} = {value!r} is not a time like DD-MM-YYYY HH:MM:SS."},
    "valgdk_bad_number": {"da": "{key} = {value!r} er ikke et helt tal ≥ 0.", "en": "{key} = {value!r} is not a whole number ≥ 0."},
    "valgdk_unknown_municipality": {"da": "{key} = {value!r} er ikke en kendt kommunekode.",
                                    "en": "{key} = {value!r} is not a known municipality code."},
    "valgdk_wrong_election": {
        "da": "Valgart = {value!r}, men kkrvalg importerer kun {expected}. Fjern filen fra mappen.",
        "en": "Valgart = {value!r}, but kkrvalg imports {expected} only. Remove the file from the folder.",
    },
    "valgdk_wrong_day": {
        "da": "Valgdag = {value!r}, men de øvrige filer er fra {expected}. Fjern filer fra andre valg fra mappen.",
        "en": "Valgdag = {value!r}, but the other files are from {expected}. Remove files of other elections.",
    },
    "valgdk_sum_mismatch": {
        "da": "Afstemningsområde {district}: listernes stemmer giver {lists}, men GyldigeStemmer er {valid}.",
        "en": "Polling district {district}: the lists' votes add up to {lists}, but GyldigeStemmer is {valid}.",
    },
    "valgdk_seat_unknown_list": {
        "da": "{municipality}: mandatfordelingen nævner listen {letter}, som ikke har stemmer i valgresultaterne.",
        "en": "{municipality}: the seat allocation names the list {letter}, which has no votes in the results.",
    },
    "valgdk_seat_numbers": {
        "da": "{municipality}: {count} personlige mandater, men deres numre løber ikke 1–{count} (højeste {highest}); "
        "mandaterne summer ikke til kommunalbestyrelsens størrelse.",
        "en": "{municipality}: {count} personal seats, but their numbers do not run 1–{count} (highest {highest}); "
        "the seats do not add up to the council size.",
    },
    "csv_municipality_unknown": {
        "da": "Filnavnet nævner ingen kendt kommune. Angiv kommunen med --kommune.",
        "en": "The file name names no known municipality. Give the municipality with --kommune.",
    },
    "csv_municipality_twice": {"da": "{municipality} er allerede læst fra en anden fil.",
                               "en": "{municipality} was already read from another file."},
    "csv_empty": {"da": "Filen er tom.", "en": "The file is empty."},
    "csv_unknown_headers": {
        "da": "Ukendte kolonner {found}. Forventet valg.dk-eksporten: Afstemningsområde;Bogstavbetegnelse;"
        "Listenavn;Navn;Stemmetal eller Opstillingskreds;Afstemningsområde;Partibogstav;Partinavn;Navn;Stemmetal.",
        "en": "Unknown columns {found}. Expected the valg.dk export: Afstemningsområde;Bogstavbetegnelse;"
        "Listenavn;Navn;Stemmetal or Opstillingskreds;Afstemningsområde;Partibogstav;Partinavn;Navn;Stemmetal.",
    },
    "csv_row_width": {"da": "Rækken har {found} felter, men overskriften har {expected}.",
                      "en": "The row has {found} fields, but the header has {expected}."},
    "statbank_headers": {
        "da": "Ukendte kolonner {found}. Forventet en VALGK3-udtræk med kolonnerne {expected}.",
        "en": "Unknown columns {found}. Expected a VALGK3 extract with the columns {expected}.",
    },
    "statbank_period": {"da": "--tid {period} findes ikke i udtrækket. Der er: {known}.",
                        "en": "--tid {period} is not in the extract. It has: {known}."},
    "import_output": {
        "da": "Angiv enten -o NY.xlsx (ny projektmappe) eller --update EKSISTERENDE.xlsx.",
        "en": "Give either -o NEW.xlsx (a new workbook) or --update EXISTING.xlsx.",
    },
    "output_exists": {
        "da": "{path} findes allerede. Vælg et andet navn, eller brug --force for at overskrive den.",
        "en": "{path} already exists. Choose another name, or use --force to overwrite it.",
    },
    "output_is_input": {
        "da": "{path} er inputfilen; kkrvalg overskriver den aldrig. Vælg et andet navn til rapporten.",
        "en": "{path} is the input file; kkrvalg never overwrites it. Choose another name for the report.",
    },
    "output_folder_missing": {
        "da": "Kan ikke skrive {path}: mappen {folder} findes ikke. Opret den eller vælg en anden sti.",
        "en": "Cannot write {path}: the folder {folder} does not exist. Create it or choose another path.",
    },
    "write_failed": {
        "da": "Kan ikke skrive {path} ({detail}). Er filen åben i Excel eller skrivebeskyttet? Luk den eller vælg et andet navn.",
        "en": "Cannot write {path} ({detail}). Is the file open in Excel or read-only? Close it or choose another name.",
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
    "head_council_seats": {"da": "KB-\nmandater", "en": "Council\nseats"},
    "head_mayors": {"da": "Borg-\nmestre", "en": "Mayors"},
    "head_supplementary": {"da": "Supple-\nrende", "en": "Supple-\nmentary"},
    "head_members": {"da": "Med-\nlemmer", "en": "Members"},
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
        "da": "FORELØBIG: {counted} af {municipalities} kommuner er talt op.{missing}{preliminary}{no_mayor}"
        "{seats_unknown} Ikke den officielle sammensætning.",
        "en": "PROVISIONAL: {counted} of {municipalities} municipalities counted.{missing}{preliminary}{no_mayor}"
        "{seats_unknown} Not the official composition.",
    },
    "banner_seats_unknown": {
        "da": " Mandattal mangler for lister i: {names} (kravet om et KB-mandat antages opfyldt, R4).",
        "en": " Seat counts are missing for lists in: {names} (the council-seat condition is assumed met, R4).",
    },
    "seat_assumed": {"da": "KB-mandat ukendt, antaget (R4)", "en": "council seat unknown, assumed (R4)"},
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
    "kkr": {"da": "KKR", "en": "KKR"},
    "municipalities": {"da": "Kommuner", "en": "Municipalities"},
    "counted": {"da": "Optalt", "en": "Counted"},
    "cap": {"da": "Loft", "en": "Cap"},
    "cap_reached": {"da": "Loft nået", "en": "Cap reached"},
    "provisional": {"da": "Foreløbig", "en": "Provisional"},
    "rules": {"da": "Regelprofil", "en": "Rules profile"},
    "input_file": {"da": "Inputfil", "en": "Input file"},
    "name": {"da": "Navn", "en": "Name"},
    "post": {"da": "Post", "en": "Post"},
    "chart_title": {"da": "Medlemmer af KKR {kkr} pr. parti", "en": "Members of KKR {kkr} by party"},
    "kind": {"da": "Art", "en": "Kind"},
    "kind_mayor": {"da": "Borgmester", "en": "Mayor"},
    "kind_supplementary": {"da": "Supplerende", "en": "Supplementary"},
    "municipality": {"da": "Kommune", "en": "Municipality"},
    "exact": {"da": "Eksakt kvotient", "en": "Exact quotient"},
    "tie": {"da": "Stemmelighed", "en": "Tie"},
    "context": {"da": "Valg", "en": "Election"},
    "seat": {"da": "Plads", "en": "Seat"},
    "candidates": {"da": "Kandidater", "en": "Candidates"},
    "seats": {"da": "Pladser", "en": "Seats"},
    "winners": {"da": "Vindere", "en": "Winners"},
    "resolution": {"da": "Afgjort", "en": "Resolved"},
    "seed": {"da": "Seed", "en": "Seed"},
    "tie_key": {"da": "Nøgle (til --lot)", "en": "Key (for --lot)"},
    "no_ties": {"da": "Ingen stemmelighed.", "en": "No ties."},
    "validate_failed": {"da": "{count} problem(er) i {path}:", "en": "{count} problem(s) in {path}:"},
    "validate_ok": {
        "da": "{path} er i orden: {municipalities} kommuner med resultater i {kkr} KKR, {rows} listerækker, "
        "{mayors} borgmestre, {pooled} lister i listesamarbejder, {valgforbund} valgforbund.",
        "en": "{path} is valid: {municipalities} municipalities with results in {kkr} KKR, {rows} list rows, "
        "{mayors} mayors, {pooled} pooled lists, {valgforbund} valgforbund.",
    },
    "warning": {"da": "Bemærk", "en": "Note"},
    "report_written": {"da": "Rapport skrevet: {path}", "en": "Report written: {path}"},
    "import_note_districts": {"da": "{counted} af {districts} afstemningsområder optalt",
                              "en": "{counted} of {districts} polling districts counted"},
    "import_note_preliminary": {"da": "foreløbig optælling", "en": "preliminary count"},
    "import_note_no_seats": {"da": "ingen mandatfordeling", "en": "no seat allocation"},
    "import_code": {"da": "Kommunekode", "en": "Municipality code"},
    "import_districts": {"da": "Afstemningsområder", "en": "Polling districts"},
    "import_final": {"da": "Fintalt", "en": "Final count"},
    "import_seats": {"da": "Mandatfordeling", "en": "Seat allocation"},
    "import_status": {"da": "Status", "en": "Status"},
    "import_released": {"da": "Frigivet (UTC)", "en": "Released (UTC)"},
    "import_not_counted": {"da": "ikke optalt", "en": "not counted"},
    "import_source": {"da": "Kilde", "en": "Source"},
    "import_kind": {"da": "Format", "en": "Format"},
    "import_time": {"da": "Importeret", "en": "Imported"},
    "import_checks": {"da": "Kontroller", "en": "Checks"},
    "import_no_warnings": {"da": "Alle kontroller bestået.", "en": "All checks passed."},
    "import_file": {"da": "Fil", "en": "File"},
    "import_file_kind": {"da": "Type", "en": "Kind"},
    "import_district": {"da": "Afstemningsområde", "en": "Polling district"},
    "import_result_kind": {"da": "Resultatart", "en": "Result kind"},
    "import_used": {"da": "Brugt", "en": "Used"},
    "import_done": {
        "da": "Skrev {path}: {counted} af {municipalities} kommuner med resultater, {rows} listerækker, "
        "{final} endeligt optalt.",
        "en": "Wrote {path}: {counted} of {municipalities} municipalities with results, {rows} list rows, "
        "{final} with final counts.",
    },
    "import_csv_no_seats": {
        "da": "CSV-eksporten har ingen mandater: 'mandater' er tom, og allocate antager kravet om et KB-mandat (R4) "
        "med en advarsel. Indtast mandaterne for den officielle beregning.",
        "en": "The CSV export has no seats: 'mandater' is empty, and allocate assumes the council-seat condition "
        "(R4) with a warning. Enter the seats for the official calculation.",
    },
    "import_backup": {"da": "Den forrige fil er gemt som {path}.", "en": "The previous file is kept as {path}."},
    "statbank_title": {"da": "Forskelle mellem VALGK3 og {path}", "en": "Differences between VALGK3 and {path}"},
    "statbank_workbook": {"da": "Projektmappe", "en": "Workbook"},
    "statbank_difference": {"da": "Forskel", "en": "Difference"},
    "statbank_summary": {
        "da": "{compared} partital sammenlignet (TID {period}); {differences} forskelle.",
        "en": "{compared} party figures compared (TID {period}); {differences} differences.",
    },
    "statbank_other_periods": {"da": "Udtrækket har også TID {periods} (vælg med --tid).",
                               "en": "The extract also has TID {periods} (choose with --tid)."},
    "statbank_only_statbank": {"da": "Kun i VALGK3 (mangler i projektmappen): {names}",
                               "en": "Only in VALGK3 (missing from the workbook): {names}"},
    "statbank_only_workbook": {"da": "Kun i projektmappen (mangler i VALGK3): {names}",
                               "en": "Only in the workbook (missing from VALGK3): {names}"},
    "rules_file_title": {
        "da": "kkrvalg regelprofil. Ret værdierne og brug filen med --rules FIL.toml. Reglerne (se dokumentationen):",
        "en": "kkrvalg rules profile. Edit the values and use the file with --rules FILE.toml. The rules (see the docs):",
    },
    "rules_file_values": {"da": "tilladte værdier", "en": "allowed values"},
    "rule_R1": {"da": "borgmestrene er fødte medlemmer af KKR.", "en": "the mayors are born members of the KKR."},
    "rule_R2": {"da": "grundlaget er stemmerne pr. parti og listesamarbejde i KKR-området.",
                "en": "the basis is the votes per party and listesamarbejde in the KKR area."},
    "rule_R3": {"da": "partier = opstillingsberettigede partier og godkendte listesamarbejder (arket partier).",
                "en": "parties = parties entitled to run for the Folketing and approved listesamarbejder."},
    "rule_R4": {"da": "spærregrænse og krav om et kommunalbestyrelsesmandat (threshold_*, council_seat_scope).",
                "en": "threshold and the council-seat condition (threshold_*, council_seat_scope)."},
    "rule_R5": {"da": "supplerende medlemmer efter d'Hondt med borgmestrene som faste pladser (stopping_rule).",
                "en": "supplementary members by d'Hondt with the mayors as prior seats (stopping_rule)."},
    "rule_R6": {"da": "en borgmester fra et parti uden ret til supplerende medlemmer forbliver medlem.",
                "en": "a mayor of a party not entitled to supplementary members stays a member."},
    "rule_R7": {"da": "højst cap_factor × antal kommuner medlemmer.", "en": "at most cap_factor × municipalities members."},
    "rule_R8": {"da": "stemmelighed afgøres kun ved registreret lodtrækning (--seed eller --lot).",
                "en": "ties are decided only by a recorded lot (--seed or --lot)."},
    "rule_R9": {"da": "formand og næstformand vælges ved forholdstalsvalg på stemmetallene.",
                "en": "formand and næstformand are elected proportionally on the vote totals."},
    "rule_R10": {"da": "valgforbund mellem repræsenterede partier (valgforbund_min_parties), frist tre hverdage før.",
                 "en": "valgforbund between represented parties (valgforbund_min_parties), deadline three weekdays before."},
    "rule_R11": {"da": "d'Hondt mellem lister/valgforbund, derefter inden for valgforbundet.",
                 "en": "d'Hondt between lists/valgforbund, then inside the valgforbund."},
    "rule_R12": {"da": "en blok tager begge poster med mere end dobbelt så mange stemmer som resten.",
                 "en": "a bloc takes both posts with more than twice the votes of the rest."},
    "setting_threshold_percent": {"da": "R4: den andel af stemmerne, et parti skal have for at få supplerende medlemmer",
                                  "en": "R4: the share of the votes a party needs for supplementary members"},
    "setting_threshold_denominator": {"da": "R4: hvad andelen regnes af (gyldige eller afgivne stemmer)",
                                      "en": "R4: what the share is a share of (valid votes or ballots cast)"},
    "setting_council_seat_scope": {
        "da": "R4: hvor partiet skal have et kommunalbestyrelsesmandat (i KKR-området, i en vilkårlig kommune, "
        "eller intet krav)",
        "en": "R4: where the party must hold a municipal council seat (in the KKR area, in any municipality, "
        "or not required)",
    },
    "setting_cap_factor": {"da": "R7: et KKR har højst cap_factor × antal kommuner medlemmer",
                           "en": "R7: a KKR has at most cap_factor × municipalities members"},
    "setting_stopping_rule": {
        "da": "R5: stop ved første forholdsmæssige sammensætning (proportional) eller fyld op til loftet (fill_cap)",
        "en": "R5: stop at the first proportional composition (proportional) or fill up to the cap (fill_cap)",
    },
    "setting_valgforbund_min_parties": {"da": "R10: det mindste antal partier i et valgforbund",
                                        "en": "R10: the fewest parties in a valgforbund"},
    "values_threshold_percent": {"da": "et tal fra 0 til 100, fx 2 eller 2.5", "en": "a number from 0 to 100, e.g. 2 or 2.5"},
    "values_threshold_denominator": {"da": '"valid_votes" eller "ballots_cast"', "en": '"valid_votes" or "ballots_cast"'},
    "values_council_seat_scope": {"da": '"geography", "anywhere" eller "not_required"',
                                  "en": '"geography", "anywhere" or "not_required"'},
    "values_cap_factor": {"da": "et helt tal, mindst 1", "en": "a whole number, at least 1"},
    "values_stopping_rule": {"da": '"proportional" eller "fill_cap"', "en": '"proportional" or "fill_cap"'},
    "values_valgforbund_min_parties": {"da": "et helt tal, mindst 2", "en": "a whole number, at least 2"},
}

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
    "guide_stemmer": {"da": "Stemmetal og mandater pr. kommune og liste (kandidatliste).",
                      "en": "Votes and council seats per municipality and list (kandidatliste)."},
    "guide_stemmer_kommune": {"da": "Kommunens navn (eller kommunekode).", "en": "The municipality's name (or code)."},
    "guide_stemmer_liste": {
        "da": "Listens bogstav (A, V, Ø …); en lokalliste uden bogstav skrives med sit navn.",
        "en": "The list's ballot letter (A, V, Ø …); a local list without a letter is written by its name.",
    },
    "guide_stemmer_navn": {"da": "Listens navn (valgfrit, til rapporten).", "en": "The list's name (optional, for the report)."},
    "guide_stemmer_stemmer": {"da": "Listens gyldige stemmer i kommunen.", "en": "The list's valid votes in the municipality."},
    "guide_stemmer_mandater": {"da": "Listens mandater i kommunalbestyrelsen.", "en": "The list's seats on the municipal council."},
    "guide_borgmestre": {"da": "Én række pr. kommune: borgmesterens liste.", "en": "One row per municipality: the mayor's list."},
    "guide_borgmestre_kommune": {"da": "Kommunens navn (eller kommunekode).", "en": "The municipality's name (or code)."},
    "guide_borgmestre_liste": {
        "da": "Borgmesterens liste (bogstav som i arket stemmer). Tom, indtil borgmesteren er valgt.",
        "en": "The mayor's list (letter as in the sheet stemmer). Empty until the mayor is elected.",
    },
    "guide_borgmestre_navn": {"da": "Borgmesterens navn (valgfrit).", "en": "The mayor's name (optional)."},
    "guide_listesamarbejder": {
        "da": "Lokallister i et godkendt listesamarbejde, fx Lokallisterne i Danmark (R3).",
        "en": "Local lists in an approved listesamarbejde, e.g. Lokallisterne i Danmark (R3).",
    },
    "guide_listesamarbejder_kommune": {"da": "Lokallistens kommune.", "en": "The local list's municipality."},
    "guide_listesamarbejder_liste": {"da": "Lokallisten (som i arket stemmer).", "en": "The local list (as in the sheet stemmer)."},
    "guide_listesamarbejder_listesamarbejde": {"da": "Listesamarbejdets navn.", "en": "The listesamarbejde's name."},
    "guide_valgforbund": {
        "da": "Anmeldte valgforbund til valget af formand og næstformand (R10).",
        "en": "Notified valgforbund for the election of formand and næstformand (R10).",
    },
    "guide_valgforbund_kkr": {"da": "KKR'et, fx Hovedstaden.", "en": "The KKR, e.g. Hovedstaden."},
    "guide_valgforbund_valgforbund": {"da": "Valgforbundets navn (samme på alle dets rækker).",
                                      "en": "The valgforbund's name (the same on all its rows)."},
    "guide_valgforbund_parti": {"da": "Et parti i valgforbundet; én række pr. parti.",
                                "en": "One party of the valgforbund; one row per party."},
    "guide_optaelling": {
        "da": "Optællingens status pr. kommune; kommuner med foreløbige tal gør KKR'et foreløbigt.",
        "en": "Count status per municipality; municipalities with preliminary figures make the KKR provisional.",
    },
    "guide_optaelling_kommune": {"da": "Kommunens navn (eller kommunekode).", "en": "The municipality's name (or code)."},
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
    "guide_kommuner": {
        "da": "Tomt: den medfølgende KKR-geografi 2026–2030 bruges. Udfyldt: erstatter den.",
        "en": "Empty: the bundled KKR geography 2026–2030 is used. Filled in: replaces it.",
    },
    "guide_kommuner_kommunekode": {"da": "Kommunekoden, fx 101.", "en": "The municipality code, e.g. 101."},
    "guide_kommuner_kommune": {"da": "Kommunens navn.", "en": "The municipality's name."},
    "guide_kommuner_kkr": {"da": "Det KKR, kommunen hører til.", "en": "The KKR the municipality belongs to."},
}


def text(key: str, lang: Lang, /, **params: object) -> str:
    """A label or message in ``lang``, with its ``{placeholders}`` filled in."""
    table = LABELS.get(key) or GUIDE.get(key) or MESSAGES[key]
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
    params = {k: text(v.key, lang) if isinstance(v, Label) else v for k, v in problem.params.items()}
    message = text(problem.code, lang, **params)
    return f"{', '.join(where)}: {message}" if where else message
