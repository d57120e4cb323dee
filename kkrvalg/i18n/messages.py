"""Messages for problems with the input, the options or the output (the code of a :class:`~kkrvalg.errors.Problem`)."""

from __future__ import annotations

from .input_messages import INPUT_MESSAGES

MESSAGES: dict[str, dict[str, str]] = {
    "file_missing": {
        "da": "Filen {path} findes ikke. Angiv stien til {what}.",
        "en": "The file {path} does not exist. Give the path of {what}.",
    },
    "update_missing": {
        "da": "Projektmappen {path} findes ikke; --update opdaterer en eksisterende. Brug -o {path} for at oprette den.",
        "en": "The workbook {path} does not exist; --update refreshes an existing one. Use -o {path} to create it.",
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
        "da": "{path} er hverken UTF-8, UTF-16 eller Windows-1252 (eller også er det ikke tekst). Gem den som CSV (UTF-8).",
        "en": "{path} is neither UTF-8, UTF-16 nor Windows-1252 (or it is not text). Save it as CSV (UTF-8).",
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
    "not_ascii_digits": {
        "da": "'{value}' indeholder andre tegn end cifrene 0–9 (fx ² eller brede cifre). Skriv tallet med almindelige cifre.",
        "en": "'{value}' contains characters other than the digits 0–9 (such as ² or full-width digits). Write the number with ordinary digits.",
    },
    "valgdk_too_large": {
        "da": "{key} = {value} er for stort til at være et stemmetal (højst 1.000.000.000). Hent filen igen fra valg.dk.",
        "en": "{key} = {value} is too large to be a number of votes (at most 1,000,000,000). Download the file again from valg.dk.",
    },
    "too_large": {
        "da": "{value} er for stort til at være et stemmetal eller antal mandater (højst 1.000.000.000). Ret tallet.",
        "en": "{value} is too large to be a number of votes or seats (at most 1,000,000,000). Correct the number.",
    },
    "not_integer": {
        "da": "'{value}' er ikke et helt tal. Skriv et helt tal som 12345 eller 12.345.",
        "en": "'{value}' is not a whole number. Write a whole number such as 12345 or 12.345.",
    },
    "negative": {
        "da": "{value} er negativ. Stemmetal og mandater skal være 0 eller større.",
        "en": "{value} is negative. Votes and seats must be 0 or more.",
    },
    "not_colour": {
        "da": "'{value}' er ikke en farve. Skriv den som hex-kode, fx #C8102E.",
        "en": "'{value}' is not a colour. Write it as a hex code, e.g. #C8102E.",
    },
    "letter_lookalike": {
        "da": "'{value}' ({codepoints}) ligner partibogstavet {letter}, men er et andet tegn. Skriv {letter}, hvis det er partiet; er det en lokalliste, så skriv dens navn i stedet.",
        "en": "'{value}' ({codepoints}) looks like the party letter {letter} but is another character. Write {letter} if it is that party; if it is a local list, write its name instead.",
    },
    "duplicate_header": {
        "da": "Kolonnerne '{first}' (kolonne {first_column}) og '{second}' (kolonne {second_column}) betyder det samme. Slet eller omdøb den ene.",
        "en": "The columns '{first}' (column {first_column}) and '{second}' (column {second_column}) mean the same. Delete or rename one of them.",
    },
    "duplicate_sheet": {
        "da": "Arkene '{first}' og '{second}' betyder det samme ark. Slet eller omdøb det ene.",
        "en": "The sheets '{first}' and '{second}' mean the same sheet. Delete or rename one of them.",
    },
    "not_ja_nej": {
        "da": "'{value}' er hverken ja eller nej. Skriv 'ja' eller lad cellen stå tom.",
        "en": "'{value}' is neither yes nor no. Write 'ja' (yes) or leave the cell empty.",
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
    "mayor_needs_letter": {
        "da": "Borgmesteren for {municipality} ({name}) har intet listebogstav. Uden arket 'byraadsmedlemmer' (fra import valgdk) "
        "skal kolonnen 'liste' udfyldes.",
        "en": "The mayor of {municipality} ({name}) has no list letter. Without the sheet 'byraadsmedlemmer' (from import valgdk) "
        "the column 'liste' must be filled in.",
    },
    "mayor_list_no_seat": {
        "da": "Listen {letter} vandt intet mandat i {municipality}, så borgmesteren kan ikke komme fra den. Ret bogstavet.",
        "en": "The list {letter} won no seat in {municipality}, so the mayor cannot come from it. Correct the letter.",
    },
    "mayor_not_member": {
        "da": "{name} er ikke valgt til kommunalbestyrelsen i {municipality}. Nærmeste valgte: {closest}. Ret navnet, som det står på stemmesedlen.",
        "en": "{name} was not elected to the council of {municipality}. Closest elected members: {closest}. Correct the name as it is on the ballot.",
    },
    "mayor_letter_disagrees": {
        "da": "{name} er valgt for liste {member_letter}, men rækken siger liste {letter}. Ret bogstavet eller navnet.",
        "en": "{name} was elected for list {member_letter}, but the row says list {letter}. Correct the letter or the name.",
    },
    "mayor_name_ambiguous": {
        "da": "To valgte i {municipality} hedder {name} (lister {lists}). Skriv borgmesterens liste i kolonnen 'liste'.",
        "en": "Two members elected in {municipality} are named {name} (lists {lists}). Write the mayor's list in the column 'liste'.",
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
        "da": "{kkr} mangler resultater fra {count}: {names} (kræves med --strict).",
        "en": "{kkr} lacks results from {count}: {names} (required with --strict).",
    },
    "strict_seats_unknown": {
        "da": "{kkr} mangler mandattal for lister i: {names} (--strict kræver kendte mandater).",
        "en": "{kkr} lacks seat counts for lists in: {names} (--strict requires known seats).",
    },
    "strict_preliminary": {
        "da": "{kkr} har foreløbige optællinger i: {names} (--strict kræver endelige tal).",
        "en": "{kkr} has preliminary counts in: {names} (--strict requires final figures).",
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
    "organ_meeting": {
        "da": "--moede gælder KKR: fristen for valgforbund før det konstituerende møde (R10). Den har ingen betydning for {organ}.",
        "en": "--moede applies to the KKR: the valgforbund deadline before the constituent meeting (R10). It means nothing for {organ}.",
    },
    "options_exclusive": {
        "da": "{first} og {second} kan ikke bruges sammen. Brug den ene.",
        "en": "{first} and {second} cannot be used together. Use one of them.",
    },
    "option_no_parties": {
        "da": "{option} '{value}' nævner ingen partier. Skriv partibogstaverne adskilt af + eller komma, fx V+C.",
        "en": "{option} '{value}' names no parties. Write the party letters separated by + or commas, e.g. V+C.",
    },
    "valgforbund_repeated": {
        "da": "{party} står mere end én gang i valgforbundet {name}. Nævn hvert parti én gang.",
        "en": "{party} appears more than once in valgforbund {name}. Name each party once.",
    },
    "valgforbund_needs_kkr": {
        "da": "--valgforbund gælder ét KKR: angiv også --kkr.",
        "en": "--valgforbund applies to one KKR: give --kkr too.",
    },
    "lot_not_candidate": {
        "da": "--lot {winners}: lodtrækningen om {seat} ({body}) står mellem {candidates}; {winners} er ikke blandt dem.",
        "en": "--lot {winners}: the drawing for {seat} ({body}) is between {candidates}; {winners} is not among them.",
    },
    "lot_wrong_count": {
        "da": "--lot {winners}: lodtrækningen om {seat} ({body}) mellem {candidates} har {seats}; angiv netop så mange forskellige partier, adskilt af komma.",
        "en": "--lot {winners}: the drawing for {seat} ({body}) between {candidates} has {seats}; give exactly that many different parties, separated by commas.",
    },
    "lot_unused": {
        "da": "--lot {values} passer ikke til nogen stemmelighed (der var {ties} at afgøre). Fjern den, eller tjek rækkefølgen.",
        "en": "--lot {values} matches no tie (there were {ties} to settle). Remove it, or check the order.",
    },
    "lot_and_seed": {
        "da": "--lot og --seed kan ikke bruges sammen: --lot er resultatet af den virkelige lodtrækning, --seed trækker lod. Brug den ene.",
        "en": "--lot and --seed cannot be used together: --lot is the result of the real drawing, --seed draws one. Use one of them.",
    },
    "letter_normalised": {
        "da": "'{value}' er læst som partibogstavet {letter}.",
        "en": "'{value}' was read as the party letter {letter}.",
    },
    "organ_no_chair": {
        "da": "{organ} vælger ikke formand og næstformand; det gør hvert KKR (--organ kkr) og KL's bestyrelse (--organ bestyrelse).",
        "en": "{organ} does not elect a formand and næstformand; each KKR does (--organ kkr), and KL's bestyrelse (--organ bestyrelse).",
    },
    "strict_waiting_mayors": {
        "da": "{kkr} har borgmestre, der venter på optælling eller mandatfordeling: {names} (--strict kræver kontrollerede borgmestre).",
        "en": "{kkr} has mayors waiting for the count or the seat allocation: {names} (--strict requires checked mayors).",
    },
    "strict_assumed_mayors": {
        "da": "{kkr} har antagne borgmestre i: {names} (--strict kræver valgte borgmestre).",
        "en": "{kkr} has assumed mayors in: {names} (--strict requires elected mayors).",
    },
    "scenario_waits_for_lot": {
        "da": "KKR {kkr}: sammensætningen venter på en lodtrækning, så det afgøres først, hvem der er repræsenteret. Afgør den med --seed eller --lot.",
        "en": "KKR {kkr}: the composition waits for a lot, which decides who is represented. Settle it with --seed or --lot.",
    },
    "diff_not_a_result": {
        "da": "Filen er ikke et resultat fra 'kkrvalg allocate --format json'. Gem resultatet sådan, eller sammenlign projektmapperne direkte.",
        "en": "The file is not a result of 'kkrvalg allocate --format json'. Save the result that way, or compare the workbooks directly.",
    },
    "option_text_bad": {
        "da": "{option} {value!r}: skriv en linje synlig tekst på højst {max} tegn (ingen linjeskift eller usynlige tegn).",
        "en": "{option} {value!r}: write one line of visible text of at most {max} characters (no line breaks or invisible characters).",
    },
    "pdf_no_playwright": {
        "da": "--pdf {path}: PDF'en skrives med Playwright, som ikke er installeret. Installér den med `uv sync --extra pdf` (eller `pip install 'kkrvalg[pdf]'`) og en Chromium (`apt-get install chromium`, eller `uv run playwright install chromium`).",
        "en": "--pdf {path}: the PDF is written with Playwright, which is not installed. Install it with `uv sync --extra pdf` (or `pip install 'kkrvalg[pdf]'`) and a Chromium (`apt-get install chromium`, or `uv run playwright install chromium`).",
    },
    "pdf_failed": {
        "da": "--pdf {path}: Chromium kunne ikke skrive PDF'en ({reason}).",
        "en": "--pdf {path}: Chromium could not write the PDF ({reason}).",
    },
    "pdf_no_browser": {
        "da": "--pdf {path}: ingen Chromium at skrive PDF'en med ({reason}). Installér en (`apt-get install chromium`, eller `uv run playwright install chromium`), eller angiv den med KKRVALG_CHROMIUM=/sti/til/chromium.",
        "en": "--pdf {path}: no Chromium to write the PDF with ({reason}). Install one (`apt-get install chromium`, or `uv run playwright install chromium`), or name it with KKRVALG_CHROMIUM=/path/to/chromium.",
    },
    "bad_option": {
        "da": "{option} kan ikke være {value}. Tilladt: {allowed}.",
        "en": "{option} cannot be {value}. Allowed: {allowed}.",
    },
    "organ_kkr": {
        "da": "--kkr gælder kun KKR; {organ} omfatter hele landet.",
        "en": "--kkr applies to the KKR only; {organ} covers the whole country.",
    },
    "output_not_file": {
        "da": "{path} findes og er ikke en almindelig fil (fx en mappe eller en enhed). Vælg et andet navn.",
        "en": "{path} exists and is not a regular file (e.g. a folder or a device). Choose another name.",
    },
    "bad_date": {
        "da": "'{value}' er ikke en dato. Skriv den som DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD, fx 26.01.2026.",
        "en": "'{value}' is not a date. Write it as DD.MM.YYYY or YYYY-MM-DD, e.g. 26.01.2026.",
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
        "da": "Regelprofilen er ikke gyldig TOML (linje {line}, kolonne {column}). Skriv hver indstilling som navn = værdi, fx cap_factor = 2; kkrvalg rules viser dem alle.",
        "en": "The rules profile is not valid TOML (line {line}, column {column}). Write each setting as name = value, e.g. cap_factor = 2; kkrvalg rules shows them all.",
    },
    "rules_not_text": {
        "da": "Regelprofilen er ikke en tekstfil (UTF-8). En regelprofil er en TOML-fil, som kkrvalg rules skriver.",
        "en": "The rules profile is not a text file (UTF-8). A rules profile is a TOML file, as kkrvalg rules writes it.",
    },
    "rules_unknown_key": {
        "da": "Ukendt indstilling '{setting}' i regelprofilen. Kendte indstillinger: {known}. Se: kkrvalg rules",
        "en": "Unknown setting '{setting}' in the rules profile. Known settings: {known}. See: kkrvalg rules",
    },
    "rules_bad_value": {
        "da": "Indstillingen '{setting}' kan ikke være {value}. Tilladt: {allowed}.",
        "en": "The setting '{setting}' cannot be {value}. Allowed: {allowed}.",
    },
    "valgdk_not_a_folder": {
        "da": "{path} er ikke en mappe. Angiv mappen med valg.dk-data (den med valgresultater/ og mandatfordeling/).",
        "en": "{path} is not a folder. Give the folder of valg.dk data (the one with valgresultater/ and mandatfordeling/).",
    },
    "valgdk_not_a_tree": {
        "da": "{path} er ikke et valg.dk-datatræ: hverken den eller mapperne under den har JSON-filer i en mappe valgresultater/.",
        "en": "{path} is not a valg.dk data tree: neither it nor the folders below it have JSON files in a folder valgresultater/.",
    },
    "valgdk_several_elections": {
        "da": "{path} rummer flere valg: {found}. Vælg ét med --valg og mappens navn eller stien, som den står her.",
        "en": "{path} holds several elections: {found}. Choose one with --valg and its folder's name or path as shown here.",
    },
    "valgdk_unknown_election": {
        "da": "--valg {election} er ikke et af valgene i {path}: {found}.",
        "en": "--valg {election} is not one of the elections in {path}: {found}.",
    },
    "file_unreadable": {
        "da": "Filen kan ikke læses ({detail}).",
        "en": "The file cannot be read ({detail}).",
    },
    "valgdk_not_utf8": {"da": "Filen er ikke UTF-8-kodet JSON.", "en": "The file is not UTF-8 encoded JSON."},
    "valgdk_bad_json": {
        "da": "Ugyldig JSON i linje {line}, kolonne {column} ({detail}). Hent filen igen fra valg.dk.",
        "en": "Invalid JSON at line {line}, column {column} ({detail}). Download the file again from valg.dk.",
    },
    "valgdk_empty": {
        "da": "Filen er tom; den er måske ikke hentet færdig. Hent den igen fra valg.dk.",
        "en": "The file is empty; it may not have finished downloading. Download it again from valg.dk.",
    },
    "valgdk_too_deep": {
        "da": "JSON'en er indlejret for dybt til at være en valg.dk-fil. Hent filen igen fra valg.dk.",
        "en": "The JSON is nested too deep to be a valg.dk file. Download the file again from valg.dk.",
    },
    "valgdk_number_too_long": {
        "da": "Filen har et tal med over {limit} cifre; det er ikke en valg.dk-fil. Hent filen igen fra valg.dk.",
        "en": "The file has a number of more than {limit} digits; it is not a valg.dk file. Download it again from valg.dk.",
    },
    "valgdk_not_object": {
        "da": "Filen er ikke et JSON-objekt, som valg.dk leverer det.",
        "en": "The file is not a JSON object as valg.dk delivers it.",
    },
    "valgdk_key_missing": {"da": "Nøglen '{key}' mangler.", "en": "The key '{key}' is missing."},
    "valgdk_bad_time": {
        "da": "{key} = {value} er ikke et tidspunkt som DD-MM-ÅÅÅÅ TT:MM:SS.",
        "en": "{key} = {value} is not a time like DD-MM-YYYY HH:MM:SS.",
    },
    "valgdk_bad_number": {
        "da": "{key} = {value} er ikke et helt tal ≥ 0.",
        "en": "{key} = {value} is not a whole number ≥ 0.",
    },
    "valgdk_not_ascii_digits": {
        "da": "{key} = {value} indeholder andre tegn end cifrene 0–9 (fx ² eller brede cifre).",
        "en": "{key} = {value} contains characters other than the digits 0–9 (such as ² or full-width digits).",
    },
    "valgdk_expected_text": {
        "da": "{key} = {value} er hverken en tekst eller et helt tal.",
        "en": "{key} = {value} is neither a text nor a whole number.",
    },
    "valgdk_expected_list": {
        "da": "{key} = {value} er ikke en liste ([…]), som valg.dk skriver den.",
        "en": "{key} = {value} is not a list ([…]) as valg.dk writes it.",
    },
    "valgdk_expected_object": {
        "da": "{key} = {value} er ikke et objekt ({{…}}), som valg.dk skriver det.",
        "en": "{key} = {value} is not an object ({{…}}) as valg.dk writes it.",
    },
    "valgdk_unknown_municipality": {
        "da": "{key} = {value} er ikke en kendt kommunekode.",
        "en": "{key} = {value} is not a known municipality code.",
    },
    "valgdk_bad_day": {
        "da": "{key} = {value} er ikke en dag som DD-MM-ÅÅÅÅ.",
        "en": "{key} = {value} is not a day like DD-MM-YYYY.",
    },
    "valgdk_which_day": {
        "da": "{path} rummer filer fra flere valgdage, og ingen af dem har flertal: {found}. Vælg valget med --valg DD-MM-ÅÅÅÅ.",
        "en": "{path} holds files of several election days, and none of them has a majority: {found}. Choose the election with --valg DD-MM-YYYY.",
    },
    "valgdk_same_release": {
        "da": "{first} og {second} er udgivet samme tidspunkt ({released}) for samme afstemningsområde, men med forskellige tal. Hent begge filer igen fra valg.dk.",
        "en": "{first} and {second} were released at the same time ({released}) for the same polling district, but with different figures. Download both files again from valg.dk.",
    },
    "valgdk_ignored_test_data": {
        "da": "testdata i {folder}/",
        "en": "test data in {folder}/",
    },
    "valgdk_ignored_hash": {"da": "kontrolsum (.hash), ikke data", "en": "checksum (.hash), not data"},
    "valgdk_ignored_unused": {
        "da": "{folder}/ bruges ikke i beregningen",
        "en": "{folder}/ is not used in the calculation",
    },
    "valgdk_ignored_stray": {
        "da": "ikke en datafil fra valg.dk",
        "en": "not a data file of valg.dk",
    },
    "valgdk_ignored_other_election": {
        "da": "fra et andet valg (Valgart {election}, Valgdag {day}), ikke kommunalvalget {expected}",
        "en": "of another election (Valgart {election}, Valgdag {day}), not the municipal election of {expected}",
    },
    "valgdk_ignored_before_day": {
        "da": "frigivet {released}, før valgdagen {day}: en testfil",
        "en": "released {released}, before the election day {day}: a test file",
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
    "csv_municipality_twice": {
        "da": "{municipality} er allerede læst fra en anden fil.",
        "en": "{municipality} was already read from another file.",
    },
    "csv_empty": {"da": "Filen er tom.", "en": "The file is empty."},
    "csv_unreadable": {
        "da": "Filen kan ikke læses som CSV ({detail}). Gem den igen som CSV (UTF-8) fra regnearket.",
        "en": "The file cannot be read as CSV ({detail}). Save it again as CSV (UTF-8) from the spreadsheet.",
    },
    "csv_unknown_headers": {
        "da": "Ukendte kolonner {found}. Forventet valg.dk-eksporten: Afstemningsområde;Bogstavbetegnelse;"
        "Listenavn;Navn;Stemmetal eller Opstillingskreds;Afstemningsområde;Partibogstav;Partinavn;Navn;Stemmetal.",
        "en": "Unknown columns {found}. Expected the valg.dk export: Afstemningsområde;Bogstavbetegnelse;"
        "Listenavn;Navn;Stemmetal or Opstillingskreds;Afstemningsområde;Partibogstav;Partinavn;Navn;Stemmetal.",
    },
    "csv_row_width": {
        "da": "Rækken har {found} felter, men overskriften har {expected}.",
        "en": "The row has {found} fields, but the header has {expected}.",
    },
    "statbank_headers": {
        "da": "Ukendte kolonner {found}. Forventet en VALGK3-udtræk med kolonnerne {expected}.",
        "en": "Unknown columns {found}. Expected a VALGK3 extract with the columns {expected}.",
    },
    "statbank_period": {
        "da": "--tid {period} findes ikke i udtrækket. Der er: {known}.",
        "en": "--tid {period} is not in the extract. It has: {known}.",
    },
    "import_output": {
        "da": "Angiv enten -o NY.xlsx (ny projektmappe) eller --update EKSISTERENDE.xlsx.",
        "en": "Give either -o NEW.xlsx (a new workbook) or --update EXISTING.xlsx.",
    },
    "output_exists": {
        "da": "{path} findes allerede. Vælg et andet navn, eller brug --force for at overskrive den.",
        "en": "{path} already exists. Choose another name, or use --force to overwrite it.",
    },
    "output_is_input": {
        "da": "{path} er inputfilen; kkrvalg overskriver aldrig sit input. Vælg et andet navn.",
        "en": "{path} is the input file; kkrvalg never overwrites its input. Choose another name.",
    },
    "output_in_input": {
        "da": "{path} ligger i inputmappen {folder}; kkrvalg skriver aldrig i sit input. Vælg en anden mappe.",
        "en": "{path} is inside the input folder {folder}; kkrvalg never writes into its input. Choose another folder.",
    },
    "output_suffix": {
        "da": "{option} {path}: filnavnet skal ende på {suffix}, så filen åbner i det rigtige program.",
        "en": "{option} {path}: the file name must end in {suffix}, so that it opens in the right program.",
    },
    "output_twice": {
        "da": "{path} er angivet til to output; hvert output skal have sin egen fil.",
        "en": "{path} is given for two outputs; each output needs its own file.",
    },
    "output_folder_missing": {
        "da": "Kan ikke skrive {path}: mappen {folder} findes ikke. Opret den eller vælg en anden sti.",
        "en": "Cannot write {path}: the folder {folder} does not exist. Create it or choose another path.",
    },
    "write_failed": {
        "da": "Kan ikke skrive {path}: {detail}. Vælg et andet navn eller en anden mappe.",
        "en": "Cannot write {path}: {detail}. Choose another name or folder.",
    },
    "diff_other_command": {
        "da": "Filen er resultatet af 'kkrvalg {command}', ikke af 'kkrvalg allocate --format json'. Gem resultatet med allocate --format json.",
        "en": "The file is the result of 'kkrvalg {command}', not of 'kkrvalg allocate --format json'. Save the result with allocate --format json.",
    },
    "diff_other_body": {
        "da": "{old} gælder {first}, men {new} gælder {second}; diff sammenligner kun resultater for de samme organer.",
        "en": "{old} is about {first}, but {new} is about {second}; diff compares results for the same bodies only.",
    },
}

MESSAGES.update(INPUT_MESSAGES)
