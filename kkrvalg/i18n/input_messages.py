"""Messages for input that could mislead: one identity per thing, figures that contradict each other, bounds,
options given twice (the second sweep of bad input). Merged into :data:`~kkrvalg.i18n.messages.MESSAGES`."""

from __future__ import annotations

INPUT_MESSAGES: dict[str, dict[str, str]] = {
    "invisible_character": {
        "da": "'{value}' indeholder usynlige tegn ({codepoints}: fx mellemrum uden bredde, blød bindestreg, BOM eller hårdt mellemrum). De gør teksten til en anden end den, der ses. Skriv cellen igen uden at kopiere den.",
        "en": "'{value}' contains invisible characters ({codepoints}: such as a zero-width space, soft hyphen, BOM or no-break space). They make the text another one than the one shown. Type the cell again instead of copying it.",
    },
    "letter_digit": {
        "da": "'{value}' indeholder cifret {digits}; et listebogstav består af bogstaver (skrev du 0 for O?). Skriv listens bogstav.",
        "en": "'{value}' contains the digit {digits}; a list letter is made of letters (did you write 0 for O?). Write the list's letter.",
    },
    "sheet_invisible": {
        "da": "Arket '{value}' har usynlige tegn i sit navn ({codepoints}), så kkrvalg ville ikke finde det. Omdøb arket ved at skrive navnet igen.",
        "en": "The sheet '{value}' has invisible characters in its name ({codepoints}), so kkrvalg would not find it. Rename the sheet by typing its name again.",
    },
    "header_invisible": {
        "da": "Overskriften '{value}' i kolonne {column} har usynlige tegn ({codepoints}), så kolonnen ville ikke blive genkendt. Skriv overskriften igen.",
        "en": "The header '{value}' in column {column} has invisible characters ({codepoints}), so the column would not be recognised. Type the header again.",
    },
    "empty_formula": {
        "da": "Cellen er en formel uden gemt værdi (filen er skrevet af et program, der ikke beregner formler). Åbn og gem filen i Excel, eller skriv værdien i stedet for formlen.",
        "en": "The cell is a formula without a saved value (the file was written by a program that does not calculate formulas). Open and save the file in Excel, or type the value instead of the formula.",
    },
    "empty_merged": {
        "da": "Cellen er en del af flettede celler, og kun den første af dem har værdien. Ophæv fletningen, og udfyld hver række.",
        "en": "The cell is part of merged cells, and only the first of them holds the value. Unmerge the cells and fill in every row.",
    },
    "municipality_code_disagrees": {
        "da": "Kolonnen 'kommune' siger {name} ({municipality}), men 'kommunekode' {given} er {other}. Ret den, der er forkert.",
        "en": "The column 'kommune' says {name} ({municipality}), but 'kommunekode' {given} is {other}. Correct the one that is wrong.",
    },
    "code_two_names": {
        "da": "Kommunekode {given} står både som {first} (række {first_row}) og {second}. En kode hører til én kommune.",
        "en": "Municipality code {given} stands both for {first} (row {first_row}) and {second}. A code belongs to one municipality.",
    },
    "name_two_codes": {
        "da": "{name} har både kommunekode {first} (række {first_row}) og {second}; den ene kommunes resultater ville gå tabt. Giv hver kommune sin egen kode.",
        "en": "{name} has both municipality code {first} (row {first_row}) and {second}; one of them would lose its results. Give each municipality its own code.",
    },
    "kkr_typo": {
        "da": "KKR '{value}' (række {rows}) er ét tegn fra '{known}'. Mente du {known}? Ret stavningen, så kommunerne hører til samme KKR.",
        "en": "KKR '{value}' (rows {rows}) is one character from '{known}'. Did you mean {known}? Correct the spelling so that the municipalities belong to one KKR.",
    },
    "listesamarbejde_named_like_party": {
        "da": "Listesamarbejdet '{name}' hedder som partibogstavet {letter}; dets stemmer ville blive lagt til {letter}. Giv listesamarbejdet sit fulde navn.",
        "en": "The listesamarbejde '{name}' is named like the party letter {letter}; its votes would be added to {letter}'s. Give the listesamarbejde its full name.",
    },
    "pooled_national_party": {
        "da": "{letter} ({name}) er et landsparti og kan ikke indgå i listesamarbejdet {group}; kun lokallister samles i et listesamarbejde (R3). Slet rækken.",
        "en": "{letter} ({name}) is a national party and cannot be part of the listesamarbejde {group}; only local lists are pooled in a listesamarbejde (R3). Delete the row.",
    },
    "valgforbund_named_like_party": {
        "da": "Valgforbundet '{name}' hedder som partiet {party}, så resultatet ikke kunne skelne dem. Giv valgforbundet et andet navn, fx medlemmerne som V+C.",
        "en": "The valgforbund '{name}' is named like the party {party}, so the result could not tell them apart. Give the valgforbund another name, such as its members as V+C.",
    },
    "valgforbund_repeated_row": {
        "da": "{party} står allerede i valgforbundet {name} (række {first_row}). Nævn hvert parti én gang.",
        "en": "{party} is already in valgforbund {name} (row {first_row}). Name each party once.",
    },
    "valgforbund_twice_row": {
        "da": "{party} står både i valgforbundet {other} (række {first_row}) og {name}. Et parti kan kun være i ét valgforbund (R10).",
        "en": "{party} is in both valgforbund {other} (row {first_row}) and {name}. A party can be in one valgforbund only (R10).",
    },
    "status_twice": {
        "da": "{municipality} har to rækker i optællingen (også række {first_row}); en kommune kan ikke både være endelig og foreløbig. Slet den ene.",
        "en": "{municipality} has two rows in the count (also row {first_row}); a municipality cannot be both final and preliminary. Delete one.",
    },
    "ballots_below_valid": {
        "da": "{municipality}: afgivne stemmer {ballots} er færre end de {valid} gyldige stemmer i arket 'stemmer'. Ret tallet (afgivne stemmer = gyldige + ugyldige + blanke).",
        "en": "{municipality}: ballots cast {ballots} are fewer than the {valid} valid votes in the sheet 'stemmer'. Correct the figure (ballots cast = valid + invalid + blank).",
    },
    "path_is_folder": {
        "da": "{path} er en mappe, ikke en fil. Angiv stien til {what}.",
        "en": "{path} is a folder, not a file. Give the path of {what}.",
    },
    "csv_folder_empty": {
        "da": "Mappen {path} har ingen CSV-filer. Angiv en .xlsx-projektmappe eller en mappe med stemmer.csv, borgmestre.csv osv.",
        "en": "The folder {path} has no CSV files. Give an .xlsx workbook or a folder with stemmer.csv, borgmestre.csv and so on.",
    },
    "scenario_too_many_parties": {
        "da": "KKR {kkr}: {units} partier og faste valgforbund er flere, end optællingen klarer på få sekunder (højst {limit}); det ville tage omkring {time} og {memory} MB hukommelse. Læg nogle valgforbund fast med --given (fx --given A+F), så mindst {fix} færre enheder er tilbage; et valgforbund af k partier tæller som én.",
        "en": "KKR {kkr}: {units} parties and fixed valgforbund are more than the counting handles in seconds (at most {limit}); it would take about {time} and {memory} MB of memory. Fix some valgforbund with --given (e.g. --given A+F) to leave at least {fix} fewer units; a valgforbund of k parties counts as one.",
    },
    "enumeration_too_large": {
        "da": "--max-scenarios {value} er for mange til --method enumerate, der gennemgår hvert scenarie (højst {limit}, nogle sekunder). Brug --method count, der tæller alle uden at gennemgå dem.",
        "en": "--max-scenarios {value} is too many for --method enumerate, which walks every scenario (at most {limit}, a few seconds). Use --method count, which counts them all without walking them.",
    },
    "hidden_sheet_read": {
        "da": "Arket er skjult i projektmappen, men læses og tæller med. Vis det (højreklik på et arkfaneblad → Vis), og kontrollér det.",
        "en": "The sheet is hidden in the workbook but is read and counts. Unhide it (right-click a sheet tab → Unhide) and check it.",
    },
    "date_out_of_range": {
        "da": "'{value}' ligger uden for årene {first}–{last}. Skriv mødets dato, fx 26.01.2026.",
        "en": "'{value}' lies outside the years {first}–{last}. Write the meeting's date, e.g. 26.01.2026.",
    },
    "option_twice": {
        "da": "{option} er angivet {count} gange ({values}), men tager én værdi; kun én ville blive brugt. Angiv {option} én gang.",
        "en": "{option} is given {count} times ({values}) but takes one value; only one would be used. Give {option} once.",
    },
    "option_invisible": {
        "da": "Værdien '{value}' af {option} indeholder usynlige tegn ({codepoints}). Skriv værdien igen uden at kopiere den.",
        "en": "The value '{value}' of {option} contains invisible characters ({codepoints}). Type the value again instead of copying it.",
    },
    "seconds_not_number": {
        "da": "'{value}' er ikke et antal sekunder. Skriv fx 30 eller 1,5.",
        "en": "'{value}' is not a number of seconds. Write e.g. 30 or 1.5.",
    },
    "seconds_range": {
        "da": "skal være mindst {low} og højst {high} sekunder (fik {value}).",
        "en": "must be at least {low} and at most {high} seconds (got {value}).",
    },
    "valgdk_folder_missing": {
        "da": "Mappen {path} findes ikke. Angiv mappen med valg.dk-data (den med valgresultater/ og mandatfordeling/).",
        "en": "The folder {path} does not exist. Give the folder of valg.dk data (the one with valgresultater/ and mandatfordeling/).",
    },
    "valgdk_municipality_disagrees": {
        "da": "Kommunekode {code} er {municipality}, men {where} siger {other}; filen ville blive lagt til den forkerte kommune. Hent filen igen fra valg.dk.",
        "en": "Municipality code {code} is {municipality}, but {where} says {other}; the file would be added to the wrong municipality. Download the file again from valg.dk.",
    },
    "valgdk_list_twice": {
        "da": "Liste {letter} står to gange i afstemningsområdet {district} (Kandidatlister[{first}] og [{second}]); stemmerne ville blive lagt sammen. Hent filen igen fra valg.dk.",
        "en": "List {letter} appears twice in the polling district {district} (Kandidatlister[{first}] and [{second}]); its votes would be added up. Download the file again from valg.dk.",
    },
    "valgdk_letter_two_names": {
        "da": "Liste {letter} i {municipality} hedder '{second}' her, men '{first}' i {first_file}; to lister med ét bogstav ville blive lagt sammen. Kontrollér filerne.",
        "en": "List {letter} in {municipality} is named '{second}' here but '{first}' in {first_file}; two lists under one letter would be added up. Check the files.",
    },
    "output_write_protected": {
        "da": "{path} er skrivebeskyttet, så kkrvalg erstatter den ikke. Fjern skrivebeskyttelsen, eller vælg et andet navn.",
        "en": "{path} is write-protected, so kkrvalg does not replace it. Remove the write protection, or choose another name.",
    },
    "seats_disagree_members": {
        "da": "Liste {letter} i {municipality} har {seats} mandater her, men {members} valgte i arket 'byraadsmedlemmer'. Ret tallet, så de to ark siger det samme.",
        "en": "List {letter} in {municipality} has {seats} seats here but {members} elected members in the sheet 'byraadsmedlemmer'. Correct the figure so that the two sheets agree.",
    },
    "compatibility_character": {
        "da": "'{value}' har tegn i en særlig form ({codepoints}: fx fuldbredde-bogstaver eller ligaturer), så det er en anden tekst end den almindelige. Skriv teksten med almindelige bogstaver.",
        "en": "'{value}' has characters in a special form ({codepoints}: such as full-width letters or ligatures), so it is another text than the ordinary one. Write it with ordinary letters.",
    },
}
