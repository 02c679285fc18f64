"""The subcommands, a module per family: lookups over the record, and curation of data files."""
