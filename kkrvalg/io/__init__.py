"""Reading and writing files. openpyxl is imported here lazily, never on the CLI's start-up path."""
