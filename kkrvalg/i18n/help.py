"""The command line's own texts: command and option help, panel titles, metavars, examples — and the
messages of typer and click themselves, which know only English."""

from __future__ import annotations

HELP: dict[str, dict[str, str]] = {
    "app": {
        "da": "Sammensætning af de fem KKR og KL's landsorganer, og valg af formand og næstformand, efter kommunalvalg.",
        "en": "The composition of the five KKR and KL's national bodies, and the election of formand and næstformand, after a municipal election.",
    },
    "version": {"da": "Vis versionen og afslut.", "en": "Show the version and exit."},
    "help": {"da": "Vis denne hjælp og afslut.", "en": "Show this help and exit."},
    "install_completion": {
        "da": "Installér tab-fuldførelse for den aktuelle skal.",
        "en": "Install tab completion for the current shell.",
    },
    "show_completion": {
        "da": "Vis tab-fuldførelsen for den aktuelle skal, så den kan kopieres eller tilpasses.",
        "en": "Show tab completion for the current shell, to copy it or customise the installation.",
    },
    # commands
    "roster": {
        "da": "Skriv medlemslisten for hvert KKR (eller repræsentantskabet): borgmestrene ved navn, en linje at udfylde pr. supplerende plads og partiernes valgbare medlemmer.",
        "en": "Write the member roster of each KKR (or the repræsentantskab): the mayors by name, a line to fill in per supplementary seat and the parties' eligible members.",
    },
    "ex_roster": {
        "da": "kkrvalg roster data/kv2025_kkr.xlsx --kkr Nordjylland\nkkrvalg roster stemmer.xlsx --xlsx medlemsliste.xlsx --pdf medlemsliste.pdf --sag 25/00001\nkkrvalg roster stemmer.xlsx --organ repraesentantskab --html repraesentantskab.html",
        "en": "kkrvalg roster data/kv2025_kkr.xlsx --kkr Nordjylland --lang en\nkkrvalg roster votes.xlsx --xlsx roster.xlsx --pdf roster.pdf --sag 25/00001\nkkrvalg roster votes.xlsx --organ repraesentantskab --html repraesentantskab.html",
    },
    "roster_organ": {
        "da": "kkr (de fem KKR) eller repraesentantskab (KL's repræsentantskab); KL's bestyrelse har ingen medlemsliste.",
        "en": "kkr (the five KKR) or repraesentantskab (KL's repræsentantskab); KL's bestyrelse has no member roster.",
    },
    "pdf": {
        "da": "Skriv også rapporten som PDF (A4, sidetal) til denne fil; kræver Playwright og Chromium (uv sync --extra pdf).",
        "en": "Also write the report as a PDF (A4, page numbers) to this file; needs Playwright and Chromium (uv sync --extra pdf).",
    },
    "case": {
        "da": "Sagsnummer i sidehoved på hver side (HTML, PDF, Excel) og i underskriftsblokken, f.eks. 25/00001.",
        "en": "Case number in the header of every page (HTML, PDF, Excel) and in the sign-off block, e.g. 25/00001.",
    },
    "prepared_by": {
        "da": "Navn i feltet »Beregnet af« i underskriftsblokken (ellers en tom linje).",
        "en": "Name in the »Prepared by« field of the sign-off block (otherwise a blank line).",
    },
    "checked_by": {
        "da": "Navn i feltet »Kontrolleret af« i underskriftsblokken (ellers en tom linje).",
        "en": "Name in the »Checked by« field of the sign-off block (otherwise a blank line).",
    },
    "allocate": {
        "da": "Beregn KKR's sammensætning (R1–R8) og valget af formand og næstformand (R9–R11); med --organ KL's repræsentantskab eller bestyrelse (R13–R14).",
        "en": "Compute the composition of the KKR (R1–R8) and the election of formand and næstformand (R9–R11); with --organ KL's repræsentantskab or bestyrelse (R13–R14).",
    },
    "chair": {
        "da": "Valg af formand og næstformand ved forholdstalsvalg med valgforbund (R9–R11).",
        "en": "The election of formand and næstformand by proportional representation with valgforbund (R9–R11).",
    },
    "scenarios": {
        "da": "Hvad kan valgforbund opnå? Sikre blokke og optælling af alle mulige opdelinger i valgforbund (R12).",
        "en": "What can valgforbund achieve? Guaranteed blocs and counts over every way to form valgforbund (R12).",
    },
    "validate": {
        "da": "Tjek inputfilen og vis alle problemer på én gang (ark, række, kolonne, værdi og hvad man gør).",
        "en": "Check the input file and show every problem at once (sheet, row, column, value and what to do).",
    },
    "template": {
        "da": "Skriv en tom inputfil med alle ark, en vejledning og validering af cellerne.",
        "en": "Write an empty input file with every sheet, a guide and cell validation.",
    },
    "rules": {
        "da": "Vis standardregelprofilen som TOML med reglerne R1–R15, klar til at rette og bruge med --rules.",
        "en": "Show the default rules profile as TOML with the rules R1–R15, ready to edit and use with --rules.",
    },
    "schema": {
        "da": "Vis JSON Schema for en kommandos JSON-dokument (--format json), genereret af modellerne; også i docs/schema/.",
        "en": "Show the JSON Schema of a command's JSON document (--format json), generated from the models; also in docs/schema/.",
    },
    "arg_schema": {
        "da": "Kommandoen, hvis dokument skal beskrives.",
        "en": "The command whose document to describe.",
    },
    "frist": {
        "da": "Sidste frist for at anmelde valgforbund: tre hverdage før det konstituerende møde (R10).",
        "en": "The last day to notify valgforbund: three hverdage (weekdays) before the constituent meeting (R10).",
    },
    "import": {
        "da": "Importér de officielle resultater (valg.dk) til en inputfil.",
        "en": "Import the official results (valg.dk) into an input file.",
    },
    "import_valgdk": {
        "da": "Læs et valg.dk-datatræ (JSON) og skriv stemmer og mandater pr. kommune og liste.",
        "en": "Read a valg.dk data tree (JSON) and write votes and seats per municipality and list.",
    },
    "import_valgdk_csv": {
        "da": "Læs valg.dk's CSV-eksport (fem eller seks kolonner); mandater findes ikke i den.",
        "en": "Read valg.dk's CSV export (five or six columns); it has no seats.",
    },
    "check": {"da": "Sammenlign inputfilen med andre kilder.", "en": "Compare the input file with other sources."},
    "check_statbank": {
        "da": "Sammenlign de landsdækkende partiers stemmer pr. kommune med VALGK3 (STEMMER = 1); exit 1 ved forskelle.",
        "en": "Compare the national parties' votes per municipality with VALGK3 (STEMMER = 1); exit 1 on differences.",
    },
    "diff": {
        "da": "Hvad har ændret sig mellem to beregninger: stemmer, medlemmer, poster, optalte kommuner.",
        "en": "What changed between two calculations: votes, members, posts, counted municipalities.",
    },
    "watch": {
        "da": "Følg et valg.dk-spejl på valgnatten: opdatér projektmappen ved hver ny frigivelse og vis hvad der ændrede sig.",
        "en": "Follow a valg.dk mirror on election night: refresh the workbook on every new release and show what changed.",
    },
    # arguments and options
    "arg_input": {
        "da": "Projektmappe (.xlsx) eller mappe med CSV-filer.",
        "en": "Workbook (.xlsx) or folder of CSV files.",
    },
    "arg_template": {"da": "Den nye projektmappe (.xlsx).", "en": "The new workbook (.xlsx)."},
    "arg_meeting": {
        "da": "Dato for det konstituerende møde, fx 26.01.2026 (årene 1900–2100).",
        "en": "Date of the constituent meeting, e.g. 26.01.2026 (the years 1900–2100).",
    },
    "arg_valgdk_dir": {
        "da": "valg.dk-data: valgmappen, en mappe over den eller et spejl af hele SFTP-roden.",
        "en": "valg.dk data: the election folder, a folder above it, or a mirror of the whole SFTP root.",
    },
    "arg_csv_files": {
        "da": "valg.dk's CSV-eksport, én fil pr. kommune.",
        "en": "valg.dk's CSV export, one file per municipality.",
    },
    "arg_valgk3": {
        "da": "Udtræk af Danmarks Statistiks tabel VALGK3 (CSV).",
        "en": "An extract of Statistics Denmark's table VALGK3 (CSV).",
    },
    "arg_checked_workbook": {"da": "Projektmappen, der skal kontrolleres.", "en": "The workbook to check."},
    "arg_old": {
        "da": "Den tidligere projektmappe eller gemte JSON (allocate --format json).",
        "en": "The earlier workbook or saved JSON (allocate --format json).",
    },
    "arg_new": {"da": "Den nye projektmappe eller gemte JSON.", "en": "The new workbook or saved JSON."},
    "kkr": {
        "da": "Kun dette KKR, fx Hovedstaden, 'KKR Sjælland' eller sjaelland.",
        "en": "Only this KKR, e.g. Hovedstaden, 'KKR Sjælland' or sjaelland.",
    },
    "template_kkr": {"da": "Udfyld kommunenavnene for dette KKR.", "en": "Fill in the municipality names of this KKR."},
    "organ": {
        "da": "Hvilket organ: kkr (de fem KKR), repraesentantskab eller bestyrelse (KL's landsorganer, R13–R14).",
        "en": "Which body: kkr (the five KKR), repraesentantskab or bestyrelse (KL's national bodies, R13–R14).",
    },
    "format": {"da": "table (tabeller i terminalen) eller json.", "en": "table (tables in the terminal) or json."},
    "strict": {
        "da": "Afvis ufuldstændige data: den officielle beregning.",
        "en": "Refuse partial data: the official calculation.",
    },
    "seed": {
        "da": "Afgør stemmelighed ved en registreret lodtrækning med dette seed, et helt tal fra 0 (R8).",
        "en": "Decide ties by a recorded lot drawn with this seed, a whole number from 0 (R8).",
    },
    "lot": {
        "da": "Resultatet af en virkelig lodtrækning: alle dens vindere, fx A eller B,C (R8). Gentag for flere, i den viste rækkefølge.",
        "en": "The result of a real drawing: all its winners, e.g. A or B,C (R8). Repeat for several, in the order shown.",
    },
    "meeting": {
        "da": "Dato for det konstituerende møde (årene 1900–2100): vis fristen for valgforbund.",
        "en": "Date of the constituent meeting (the years 1900–2100): show the valgforbund deadline.",
    },
    "lang": {
        "da": "Sprog: da (dansk) eller en (engelsk); også KKRVALG_LANG.",
        "en": "Language: da (Danish) or en (English); also KKRVALG_LANG.",
    },
    "names": {
        "da": "Vis borgmestrene, de fødte medlemmer, ved navn under hvert KKR.",
        "en": "Show the mayors, the born members, by name under each KKR.",
    },
    "verbose": {
        "da": "Navngiv hver kommune i advarslerne om foreløbige tal (ellers tælles de, når de er mange).",
        "en": "Name every municipality in the warnings about provisional figures (otherwise they are counted when many).",
    },
    "quotients": {
        "da": "Vis hver plads med den kvotient, der vandt den.",
        "en": "Show every seat with the quotient that won it.",
    },
    "xlsx": {
        "da": "Skriv også Excel-rapporten (bilag) til denne fil.",
        "en": "Also write the Excel report (bilag) to this file.",
    },
    "html": {
        "da": "Skriv også HTML-rapporten (bilag med pladsdiagrammer) til denne fil.",
        "en": "Also write the HTML report (bilag with seat diagrams) to this file.",
    },
    "rules_file": {
        "da": "Regelprofil (TOML); se 'kkrvalg rules' for standardprofilen.",
        "en": "Rules profile (TOML); see 'kkrvalg rules' for the default profile.",
    },
    "assume_mayors": {
        "da": "Valgnat: giv hver kommune uden borgmester den største listes, markeret antaget (largest).",
        "en": "Election night: give each municipality without a mayor its largest list's, marked assumed (largest).",
    },
    "valgforbund": {
        "da": "Et valgforbund som V+C eller A,F,Ø (gentag for flere); erstatter arket for --kkr.",
        "en": "A valgforbund such as V+C or A,F,Ø (repeat for several); replaces the sheet for --kkr.",
    },
    "party": {
        "da": "Vis dette partis muligheder med hvert mulige valgforbund.",
        "en": "Show this party's options with each possible valgforbund.",
    },
    "given": {
        "da": "Et valgforbund, der ligger fast (fx V+C); de øvrige partier regnes i alle opdelinger. Gentag for flere.",
        "en": "A valgforbund that is fixed (e.g. V+C); the other parties are counted in every arrangement. Repeat for several.",
    },
    "method": {
        "da": "count: eksakt optælling uden at gennemløbe opdelingerne (standard); enumerate: gennemløb hver opdeling.",
        "en": "count: exact counts without walking the partitions (default); enumerate: walk every partition.",
    },
    "max_work": {
        "da": "Højst så mange scenarier pr. KKR; ellers vises kun de sikre blokke (--method enumerate: højst 10.000.000).",
        "en": "At most this many scenarios per KKR; otherwise only the guaranteed blocs are shown (--method enumerate: at most 10,000,000).",
    },
    "top": {
        "da": "Vis de N bedste muligheder for partiet (standard 15).",
        "en": "Show the party's N best options (default 15).",
    },
    "all": {"da": "Vis alle partiets muligheder.", "en": "Show all of the party's options."},
    "sort": {
        "da": "Sortering af mulighederne: smallest (mindste vindende blokke først), formand, naestformand eller votes.",
        "en": "Order of the options: smallest (smallest winning blocs first), formand, naestformand or votes.",
    },
    "force": {"da": "Overskriv en eksisterende fil.", "en": "Overwrite an existing file."},
    "output": {"da": "Den nye projektmappe (.xlsx).", "en": "The new workbook (.xlsx)."},
    "update": {
        "da": "Opdatér stemmer og mandater i denne projektmappe; alt andet bevares, og den forrige fil gemmes som sikkerhedskopi.",
        "en": "Refresh votes and seats in this workbook; everything else is kept, and the previous file is kept as a backup.",
    },
    "valg": {
        "da": "Valget i et spejl med flere valg, fx kommunalvalg-134-18-11-2025.",
        "en": "The election in a mirror with several, e.g. kommunalvalg-134-18-11-2025.",
    },
    "kommune": {
        "da": "Kommunen, når filnavnet ikke siger det (kun med én fil).",
        "en": "The municipality, when the file name does not say (one file only).",
    },
    "tid": {
        "da": "Valget (TID) i udtrækket; standard: det seneste.",
        "en": "The election (TID) in the extract; default: the latest.",
    },
    "workbook": {
        "da": "Projektmappen, der opdateres ved hver frigivelse.",
        "en": "The workbook refreshed on every release.",
    },
    "interval": {
        "da": "Kig efter nye filer hvert N. sekund, fra 0,1 til 3600, fx 1,5 (netværksdrev uden filhændelser).",
        "en": "Look for new files every N seconds, from 0.1 to 3600, e.g. 1.5 (network drives without file events).",
    },
    "history": {
        "da": "Tilføj hver tilstand som en JSON-linje til denne fil.",
        "en": "Append each state as a JSON line to this file.",
    },
    "watch_format": {
        "da": "dashboard (live-tavle i terminalen) eller jsonl (én JSON-linje pr. genberegning).",
        "en": "dashboard (live board in the terminal) or jsonl (one JSON line per recomputation).",
    },
    # panels and metavars
    "panel_input": {"da": "Input", "en": "Input"},
    "panel_output": {"da": "Output", "en": "Output"},
    "panel_lots": {"da": "Lodtrækning", "en": "Lots"},
    "panel_rules": {"da": "Regler", "en": "Rules"},
    "panel_scenarios": {"da": "Scenarier", "en": "Scenarios"},
    "meta_file": {"da": "FIL", "en": "FILE"},
    "meta_case": {"da": "SAGSNR", "en": "CASE"},
    "meta_name": {"da": "NAVN", "en": "NAME"},
    "meta_folder": {"da": "MAPPE", "en": "FOLDER"},
    "meta_files": {"da": "FILER", "en": "FILES"},
    "meta_kkr": {"da": "KKR", "en": "KKR"},
    "meta_date": {"da": "DATO", "en": "DATE"},
    "meta_parties": {"da": "PARTIER", "en": "PARTIES"},
    "meta_party": {"da": "PARTI", "en": "PARTY"},
    "meta_number": {"da": "N", "en": "N"},
    "meta_seconds": {"da": "SEK", "en": "SEC"},
    "meta_municipality": {"da": "KOMMUNE", "en": "MUNICIPALITY"},
    "meta_election": {"da": "VALG", "en": "ELECTION"},
    # examples
    "examples": {"da": "Eksempler", "en": "Examples"},
    "ex_app": {
        "da": "kkrvalg allocate data/kv2025_kkr.xlsx\nkkrvalg allocate stemmer.xlsx --kkr Nordjylland --format json\nkkrvalg chair stemmer.xlsx --kkr Sjælland --valgforbund V+C\nkkrvalg scenarios stemmer.xlsx --kkr Syddanmark --party V",
        "en": "kkrvalg allocate data/kv2025_kkr.xlsx --lang en\nkkrvalg allocate votes.xlsx --kkr Nordjylland --format json\nkkrvalg chair votes.xlsx --kkr Sjælland --valgforbund V+C\nkkrvalg scenarios votes.xlsx --kkr Syddanmark --party V",
    },
    "ex_allocate": {
        "da": "kkrvalg allocate stemmer.xlsx\nkkrvalg allocate stemmer.xlsx --kkr 'KKR Nordjylland' --quotients\nkkrvalg allocate stemmer.xlsx --strict --xlsx bilag.xlsx --html bilag.html\nkkrvalg allocate stemmer.xlsx --lot B,C      # resultatet af den virkelige lodtrækning\nkkrvalg allocate stemmer.xlsx --organ bestyrelse",
        "en": "kkrvalg allocate votes.xlsx --lang en\nkkrvalg allocate votes.xlsx --kkr 'KKR Nordjylland' --quotients\nkkrvalg allocate votes.xlsx --strict --xlsx bilag.xlsx --html bilag.html\nkkrvalg allocate votes.xlsx --lot B,C      # the result of the real drawing\nkkrvalg allocate votes.xlsx --organ bestyrelse",
    },
    "ex_chair": {
        "da": "kkrvalg chair stemmer.xlsx --kkr Sjælland --valgforbund V+C --valgforbund A+F\nkkrvalg chair stemmer.xlsx --moede 27.01.2026",
        "en": "kkrvalg chair votes.xlsx --kkr Sjælland --valgforbund V+C --valgforbund A+F\nkkrvalg chair votes.xlsx --moede 27.01.2026",
    },
    "ex_scenarios": {
        "da": "kkrvalg scenarios stemmer.xlsx --kkr Nordjylland\nkkrvalg scenarios stemmer.xlsx --kkr Nordjylland --party V --top 5\nkkrvalg scenarios stemmer.xlsx --kkr Sjælland --given V+C --html scenarier.html",
        "en": "kkrvalg scenarios votes.xlsx --kkr Nordjylland\nkkrvalg scenarios votes.xlsx --kkr Nordjylland --party V --top 5\nkkrvalg scenarios votes.xlsx --kkr Sjælland --given V+C --html scenarios.html",
    },
    "ex_validate": {
        "da": "kkrvalg validate stemmer.xlsx\nkkrvalg validate stemmer.xlsx --strict",
        "en": "kkrvalg validate votes.xlsx\nkkrvalg validate votes.xlsx --strict",
    },
    "ex_template": {
        "da": "kkrvalg template ny.xlsx\nkkrvalg template hovedstaden.xlsx --kkr Hovedstaden",
        "en": "kkrvalg template new.xlsx\nkkrvalg template hovedstaden.xlsx --kkr Hovedstaden",
    },
    "ex_rules": {
        "da": "kkrvalg rules > profil.toml\nkkrvalg allocate stemmer.xlsx --rules profil.toml",
        "en": "kkrvalg rules > profile.toml\nkkrvalg allocate votes.xlsx --rules profile.toml",
    },
    "ex_schema": {
        "da": "kkrvalg schema allocate > allocate.schema.json\nkkrvalg schema watch",
        "en": "kkrvalg schema allocate > allocate.schema.json\nkkrvalg schema watch",
    },
    "ex_frist": {
        "da": "kkrvalg frist 26.01.2026\nkkrvalg frist 2026-01-27",
        "en": "kkrvalg frist 26.01.2026\nkkrvalg frist 2026-01-27",
    },
    "ex_import_valgdk": {
        "da": "kkrvalg import valgdk spejl/ -o stemmer.xlsx\nkkrvalg import valgdk spejl/ --update stemmer.xlsx\nkkrvalg import valgdk spejl/ --valg kommunalvalg-134-18-11-2025 -o stemmer.xlsx",
        "en": "kkrvalg import valgdk mirror/ -o votes.xlsx\nkkrvalg import valgdk mirror/ --update votes.xlsx\nkkrvalg import valgdk mirror/ --valg kommunalvalg-134-18-11-2025 -o votes.xlsx",
    },
    "ex_import_valgdk_csv": {
        "da": "kkrvalg import valgdk-csv Dragør.csv Læsø.csv -o stemmer.xlsx",
        "en": "kkrvalg import valgdk-csv Dragør.csv Læsø.csv -o votes.xlsx",
    },
    "ex_check_statbank": {
        "da": "kkrvalg check statbank VALGK3.csv stemmer.xlsx",
        "en": "kkrvalg check statbank VALGK3.csv votes.xlsx",
    },
    "ex_diff": {
        "da": "kkrvalg diff gammel.xlsx ny.xlsx\nkkrvalg diff kl2300.json kl0100.json --format json",
        "en": "kkrvalg diff old.xlsx new.xlsx\nkkrvalg diff at2300.json at0100.json --format json",
    },
    "ex_watch": {
        "da": "kkrvalg watch spejl/ --workbook stemmer.xlsx --assume-mayors largest\nkkrvalg watch /mnt/valgdk --workbook stemmer.xlsx --interval 30 --format jsonl",
        "en": "kkrvalg watch mirror/ --workbook votes.xlsx --assume-mayors largest\nkkrvalg watch /mnt/valgdk --workbook votes.xlsx --interval 30 --format jsonl",
    },
}

TYPER_TEXTS: dict[str, dict[str, str]] = {
    "DEPRECATED_STRING": {"da": "(forældet) ", "en": "(deprecated) "},
    "DEFAULT_STRING": {"da": "[standard: {}]", "en": "[default: {}]"},
    "ENVVAR_STRING": {"da": "[miljøvariabel: {}]", "en": "[env var: {}]"},
    "REQUIRED_LONG_STRING": {"da": "[påkrævet]", "en": "[required]"},
    "ARGUMENTS_PANEL_TITLE": {"da": "Argumenter", "en": "Arguments"},
    "OPTIONS_PANEL_TITLE": {"da": "Tilvalg", "en": "Options"},
    "COMMANDS_PANEL_TITLE": {"da": "Kommandoer", "en": "Commands"},
    "ERRORS_PANEL_TITLE": {"da": "Fejl", "en": "Error"},
    "ABORTED_TEXT": {"da": "Afbrudt.", "en": "Aborted."},
    "RICH_HELP": {
        "da": "Prøv [blue]'{command_path} {help_option}'[/] for hjælp.",
        "en": "Try [blue]'{command_path} {help_option}'[/] for help.",
    },
    "USAGE": {"da": "Brug: ", "en": "Usage: "},
    "OPTIONS_METAVAR": {"da": "[TILVALG]", "en": "[OPTIONS]"},
    "SUBCOMMAND_METAVAR": {"da": "KOMMANDO [ARGUMENTER]...", "en": "COMMAND [ARGS]..."},
}
"""typer's help and error texts (module constants of ``typer.rich_utils``) and click's usage prefix."""

CLICK_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"Missing argument '(?P<name>[^']+)'\.", "Argumentet '{name}' mangler."),
    (r"Missing option '(?P<name>[^']+)'\.", "Tilvalget '{name}' mangler."),
    (r"Missing command\.", "Der mangler en kommando."),
    (r"No such command '(?P<name>[^']+)'\.", "Kommandoen '{name}' findes ikke."),
    (
        r"No such option: (?P<name>\S+) \(Possible options: (?P<options>[^)]+)\)",
        "Tilvalget {name} findes ikke (mente du: {options}?).",
    ),
    (r"No such option: (?P<name>\S+)", "Tilvalget {name} findes ikke."),
    (r"Option '(?P<name>[^']+)' requires an argument\.", "Tilvalget '{name}' kræver en værdi."),
    (r"Option '(?P<name>[^']+)' requires (?P<n>\d+) arguments\.", "Tilvalget '{name}' kræver {n} værdier."),
    (r"Option '(?P<name>[^']+)' does not take a value\.", "Tilvalget '{name}' tager ingen værdi."),
    (r"Got unexpected extra arguments? \((?P<values>.*)\)", "Uventede ekstra argumenter: {values}."),
    (
        r"Invalid value for (?P<name>'[^']+') \(env var: (?P<env>'[^']+')\): (?P<detail>.+)",
        "Ugyldig værdi for {name} (miljøvariabel {env}): {detail}",
    ),
    (r"Invalid value for (?P<name>.+?): (?P<detail>.+)", "Ugyldig værdi for {name}: {detail}"),
    (r"Input should be a valid integer.*", "skal være et helt tal."),
    (r"Input should be greater than or equal to (?P<n>-?\d+(?:\.\d+)?)", "skal være mindst {n}."),
    (r"Input should be less than or equal to (?P<n>-?\d+(?:\.\d+)?)", "må højst være {n}."),
    (r"Value error, '(?P<value>[^']*)' is not one of (?P<choices>.+)\.", "'{value}' er ikke en af {choices}."),
    (r"'(?P<value>[^']*)' is not one of (?P<choices>.+)\.", "'{value}' er ikke en af {choices}."),
    (r"(?P<kind>[Ff]ile|[Dd]ir(?:ectory)?|[Pp]ath) '(?P<path>.+)' does not exist\.", "'{path}' findes ikke."),
    (
        r"(?P<kind>[Ff]ile|[Dd]ir(?:ectory)?|[Pp]ath) '(?P<path>.+)' is not readable\.",
        "'{path}' kan ikke læses (ingen læseadgang).",
    ),
    (
        r"(?P<kind>[Ff]ile|[Dd]ir(?:ectory)?|[Pp]ath) '(?P<path>.+)' is not writable\.",
        "'{path}' kan ikke skrives (ingen skriveadgang).",
    ),
    (
        r"(?P<kind>[Ff]ile|[Dd]ir(?:ectory)?|[Pp]ath) '(?P<path>.+)' is a directory\.",
        "'{path}' er en mappe, ikke en fil.",
    ),
    (r"(?P<kind>[Ff]ile|[Dd]ir(?:ectory)?|[Pp]ath) '(?P<path>.+)' is a file\.", "'{path}' er en fil, ikke en mappe."),
    (r"Input should be a valid number.*", "skal være et tal."),
    (r"Input should be a finite number.*", "skal være et endeligt tal."),
)
"""Regular expressions over click's and typer's English messages, with the Danish rendering. A message
that matches none stays English (a new click version may word things differently)."""
