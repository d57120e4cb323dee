"""Labels and sentences of the reports: column headers, banners, tie and margin lines."""

from __future__ import annotations

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
    "tie_seed": {
        "da": "afgjort ved lodtrækning (seed {seed}): {winners}",
        "en": "decided by lot (seed {seed}): {winners}",
    },
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
    "stopping_proportional": {
        "da": "ved første forholdsmæssige sammensætning",
        "en": "at the first proportional composition",
    },
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
    "more_blocs": {
        "da": "… og {count} blokke mere (se --format json).",
        "en": "… and {count} more blocs (see --format json).",
    },
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
    "more_outlooks": {
        "da": "… og {count} valgforbund mere (se --format json).",
        "en": "… and {count} more valgforbund (see --format json).",
    },
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
    "import_note_districts": {
        "da": "{counted} af {districts} afstemningsområder optalt",
        "en": "{counted} of {districts} polling districts counted",
    },
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
    "statbank_other_periods": {
        "da": "Udtrækket har også TID {periods} (vælg med --tid).",
        "en": "The extract also has TID {periods} (choose with --tid).",
    },
    "statbank_only_statbank": {
        "da": "Kun i VALGK3 (mangler i projektmappen): {names}",
        "en": "Only in VALGK3 (missing from the workbook): {names}",
    },
    "statbank_only_workbook": {
        "da": "Kun i projektmappen (mangler i VALGK3): {names}",
        "en": "Only in the workbook (missing from VALGK3): {names}",
    },
    "rules_file_title": {
        "da": "kkrvalg regelprofil. Ret værdierne og brug filen med --rules FIL.toml. Reglerne (se dokumentationen):",
        "en": "kkrvalg rules profile. Edit the values and use the file with --rules FILE.toml. The rules (see the docs):",
    },
    "rules_file_values": {"da": "tilladte værdier", "en": "allowed values"},
    "rule_R1": {"da": "borgmestrene er fødte medlemmer af KKR.", "en": "the mayors are born members of the KKR."},
    "rule_R2": {
        "da": "grundlaget er stemmerne pr. parti og listesamarbejde i KKR-området.",
        "en": "the basis is the votes per party and listesamarbejde in the KKR area.",
    },
    "rule_R3": {
        "da": "partier = opstillingsberettigede partier og godkendte listesamarbejder (arket partier).",
        "en": "parties = parties entitled to run for the Folketing and approved listesamarbejder.",
    },
    "rule_R4": {
        "da": "spærregrænse og krav om et kommunalbestyrelsesmandat (threshold_*, council_seat_scope).",
        "en": "threshold and the council-seat condition (threshold_*, council_seat_scope).",
    },
    "rule_R5": {
        "da": "supplerende medlemmer efter d'Hondt med borgmestrene som faste pladser (stopping_rule).",
        "en": "supplementary members by d'Hondt with the mayors as prior seats (stopping_rule).",
    },
    "rule_R6": {
        "da": "en borgmester fra et parti uden ret til supplerende medlemmer forbliver medlem.",
        "en": "a mayor of a party not entitled to supplementary members stays a member.",
    },
    "rule_R7": {
        "da": "højst cap_factor × antal kommuner medlemmer.",
        "en": "at most cap_factor × municipalities members.",
    },
    "rule_R8": {
        "da": "stemmelighed afgøres kun ved registreret lodtrækning (--seed eller --lot).",
        "en": "ties are decided only by a recorded lot (--seed or --lot).",
    },
    "rule_R9": {
        "da": "formand og næstformand vælges ved forholdstalsvalg på stemmetallene.",
        "en": "formand and næstformand are elected proportionally on the vote totals.",
    },
    "rule_R10": {
        "da": "valgforbund mellem repræsenterede partier (valgforbund_min_parties), frist tre hverdage før.",
        "en": "valgforbund between represented parties (valgforbund_min_parties), deadline three weekdays before.",
    },
    "rule_R11": {
        "da": "d'Hondt mellem lister/valgforbund, derefter inden for valgforbundet.",
        "en": "d'Hondt between lists/valgforbund, then inside the valgforbund.",
    },
    "rule_R12": {
        "da": "en blok tager begge poster med mere end dobbelt så mange stemmer som resten.",
        "en": "a bloc takes both posts with more than twice the votes of the rest.",
    },
    "setting_threshold_percent": {
        "da": "R4: den andel af stemmerne, et parti skal have for at få supplerende medlemmer",
        "en": "R4: the share of the votes a party needs for supplementary members",
    },
    "setting_threshold_denominator": {
        "da": "R4: hvad andelen regnes af (gyldige eller afgivne stemmer)",
        "en": "R4: what the share is a share of (valid votes or ballots cast)",
    },
    "setting_council_seat_scope": {
        "da": "R4: hvor partiet skal have et kommunalbestyrelsesmandat (i KKR-området, i en vilkårlig kommune, "
        "eller intet krav)",
        "en": "R4: where the party must hold a municipal council seat (in the KKR area, in any municipality, "
        "or not required)",
    },
    "setting_cap_factor": {
        "da": "R7: et KKR har højst cap_factor × antal kommuner medlemmer",
        "en": "R7: a KKR has at most cap_factor × municipalities members",
    },
    "setting_stopping_rule": {
        "da": "R5: stop ved første forholdsmæssige sammensætning (proportional) eller fyld op til loftet (fill_cap)",
        "en": "R5: stop at the first proportional composition (proportional) or fill up to the cap (fill_cap)",
    },
    "setting_valgforbund_min_parties": {
        "da": "R10: det mindste antal partier i et valgforbund",
        "en": "R10: the fewest parties in a valgforbund",
    },
    "values_threshold_percent": {
        "da": "et tal fra 0 til 100, fx 2 eller 2.5",
        "en": "a number from 0 to 100, e.g. 2 or 2.5",
    },
    "values_threshold_denominator": {
        "da": '"valid_votes" eller "ballots_cast"',
        "en": '"valid_votes" or "ballots_cast"',
    },
    "values_council_seat_scope": {
        "da": '"geography", "anywhere" eller "not_required"',
        "en": '"geography", "anywhere" or "not_required"',
    },
    "values_cap_factor": {"da": "et helt tal, mindst 1", "en": "a whole number, at least 1"},
    "values_stopping_rule": {"da": '"proportional" eller "fill_cap"', "en": '"proportional" or "fill_cap"'},
    "values_valgforbund_min_parties": {"da": "et helt tal, mindst 2", "en": "a whole number, at least 2"},
}

COUNTED: dict[str, dict[str, tuple[str, str]]] = {
    "n_mayors": {"da": ("{n} borgmester", "{n} borgmestre"), "en": ("{n} mayor", "{n} mayors")},
    "n_members": {"da": ("{n} medlem", "{n} medlemmer"), "en": ("{n} member", "{n} members")},
    "n_supplementary": {"da": ("{n} supplerende", "{n} supplerende"), "en": ("{n} supplementary", "{n} supplementary")},
    "n_votes": {"da": ("{n} stemme", "{n} stemmer"), "en": ("{n} vote", "{n} votes")},
    "n_municipalities": {"da": ("{n} kommune", "{n} kommuner"), "en": ("{n} municipality", "{n} municipalities")},
    "n_seats": {"da": ("{n} plads", "{n} pladser"), "en": ("{n} seat", "{n} seats")},
    "n_problems": {"da": ("{n} problem", "{n} problemer"), "en": ("{n} problem", "{n} problems")},
    "n_scenarios": {"da": ("{n} scenarie", "{n} scenarier"), "en": ("{n} scenario", "{n} scenarios")},
    "n_blocs": {"da": ("{n} blok", "{n} blokke"), "en": ("{n} bloc", "{n} blocs")},
    "n_valgforbund": {"da": ("{n} valgforbund", "{n} valgforbund"), "en": ("{n} valgforbund", "{n} valgforbund")},
    "n_rows": {"da": ("{n} listerække", "{n} listerækker"), "en": ("{n} list row", "{n} list rows")},
    "n_lists": {"da": ("{n} liste", "{n} lister"), "en": ("{n} list", "{n} lists")},
}
"""Counted nouns, singular and plural (Danish and English agree on when to use which: only 1 is singular)."""
