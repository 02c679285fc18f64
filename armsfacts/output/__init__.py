"""What people and programs read: one layer for every output of the command line.

- `words`: figures, numbers, dates, periods and names in words, in the reader's language.
- `columns`: which columns a list shows (`shown_columns`, the one place that decides) and
  what each cell says; how `stats` groups its figures into sections.
- `details`: one record in full, for `show`, `operation`, `agency`, `source`.
- `formats`: a writer for each `--format`.
- `table`: Rich's tables and panels at a terminal (imported only when one is drawn).
- `emit`: what a command hands its records to: checks --fields, picks the columns, writes.

Nothing here is imported by `armsfacts --help` or `--version`.
"""
