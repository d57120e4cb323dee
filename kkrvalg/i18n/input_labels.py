"""Words for what went wrong with a file (inserted in messages as their ``detail``), and the other labels of
the second sweep of bad input. Merged into :data:`~kkrvalg.i18n.labels.LABELS`."""

from __future__ import annotations

INPUT_LABELS: dict[str, dict[str, str]] = {
    "corrupt_not_zip": {
        "da": "filen er ikke en zip-fil, som en .xlsx-fil er",
        "en": "the file is not a zip file, as an .xlsx file is",
    },
    "corrupt_part_missing": {"da": "en del af projektmappen mangler", "en": "a part of the workbook is missing"},
    "corrupt_bad_xml": {"da": "et ark er beskadiget eller afkortet", "en": "a sheet is damaged or cut off"},
    "corrupt_damaged": {"da": "filen er beskadiget", "en": "the file is damaged"},
    "os_denied": {"da": "ingen adgang til filen", "en": "no permission to the file"},
    "os_missing": {"da": "filen findes ikke", "en": "the file does not exist"},
    "os_folder": {"da": "det er en mappe", "en": "it is a folder"},
    "os_io": {"da": "læsefejl på disken", "en": "a read error on the disk"},
    "csv_field_too_long": {
        "da": "et felt er over 131.072 tegn langt",
        "en": "a field is longer than 131,072 characters",
    },
    "csv_malformed": {
        "da": "et anførselstegn eller et skilletegn står forkert",
        "en": "a quotation mark or a delimiter is misplaced",
    },
    "valgdk_named_Kommune": {"da": "nøglen Kommune", "en": "the key Kommune"},
    "valgdk_named_folder": {"da": "mappen, den ligger i,", "en": "the folder it lies in"},
    "valgdk_named_file": {"da": "filnavnet", "en": "the file name"},
    "json_expecting_value": {"da": "en værdi mangler", "en": "a value is missing"},
    "json_expecting_comma": {"da": "et komma mangler", "en": "a comma is missing"},
    "json_expecting_colon": {"da": "et kolon mangler", "en": "a colon is missing"},
    "json_expecting_name": {
        "da": "et nøglenavn i anførselstegn mangler",
        "en": "a key name in quotation marks is missing",
    },
    "json_unterminated": {"da": "en tekst slutter ikke", "en": "a text does not end"},
    "json_control": {"da": "et styretegn i en tekst", "en": "a control character in a text"},
    "json_escape": {"da": "en ugyldig \\-kode i en tekst", "en": "an invalid \\ code in a text"},
    "json_extra": {"da": "der står mere efter JSON-objektet", "en": "more follows the JSON object"},
    "json_malformed": {"da": "filen er ikke gyldig JSON", "en": "the file is not valid JSON"},
    "statbank_nothing_compared": {
        "da": "Intet er sammenlignet: ingen kommune og intet parti med tal i udtrækket findes i projektmappen. Det er ikke en bekræftelse; tjek udtrækket (se nedenfor, hvad der ikke kunne bruges).",
        "en": "Nothing was compared: no municipality and party with a figure in the extract is in the workbook. That is no confirmation; check the extract (see below what could not be used).",
    },
    "statbank_no_figure": {
        "da": "{rows} rækker med gyldige stemmer har intet tal ('..' eller '-') og er ikke sammenlignet.",
        "en": "{rows} rows of valid votes have no figure ('..' or '-') and are not compared.",
    },
    "statbank_other_areas": {
        "da": "Områder, der ikke er en kommune, er ikke sammenlignet: {names}",
        "en": "Areas that are not a municipality are not compared: {names}",
    },
    "statbank_other_parties": {
        "da": "Partier, der ikke er et landsparti i projektmappen, er ikke sammenlignet: {names}",
        "en": "Parties that are not a national party of the workbook are not compared: {names}",
    },
    "scenario_skipped": {
        "da": "Denne KKR er sprunget over; de øvrige er beregnet.",
        "en": "This KKR is skipped; the others are computed.",
    },
}

INPUT_COUNTED: dict[str, dict[str, tuple[str, str]]] = {
    "n_seconds": {"da": ("{n} sekund", "{n} sekunder"), "en": ("{n} second", "{n} seconds")},
    "n_minutes": {"da": ("{n} minut", "{n} minutter"), "en": ("{n} minute", "{n} minutes")},
    "n_hours": {"da": ("{n} time", "{n} timer"), "en": ("{n} hour", "{n} hours")},
    "n_days": {"da": ("{n} døgn", "{n} døgn"), "en": ("{n} day", "{n} days")},
    "n_years": {"da": ("{n} år", "{n} år"), "en": ("{n} year", "{n} years")},
}
"""Durations, for the estimate of a run that is refused because it would take too long."""
