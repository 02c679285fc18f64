"""The Spanish catalog, kept with Babel: extract the strings, update the .po, compile the .mo.

    python tools/catalog.py update     # add new strings to armsfacts.po, drop the ones gone
    python tools/catalog.py compile    # write armsfacts.mo from armsfacts.po
    python tools/catalog.py check      # every string has its Spanish; the .mo is current (default)

The strings are every `_("…")` in the package (Babel's Python extractor), every help text of
the command line and the metavariables of its usage lines (read from the Click commands, as
`options.TranslatedHelp` looks them up), and the Click strings armsfacts shows (CLICK_STRINGS,
CLICK_PLURALS): Click looks them up in the same catalog. The .mo is committed and shipped in
the package; the runtime reads it with the standard gettext module, so Babel is only a tool of
development. An entry Babel marks fuzzy (a msgid that changed) counts as untranslated until a
translator has looked at it.
"""

from __future__ import annotations

import inspect
import io
import sys
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import click
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "armsfacts"
PO = PACKAGE / "locale" / "es" / "LC_MESSAGES" / "armsfacts.po"
MO = PO.with_suffix(".mo")
LOCALE = "es_MX"
# The functions of armsfacts.i18n that mark a string: _(message) and pgettext(context, message).
KEYWORDS = {"_": None, "pgettext": ((1, "c"), 2)}

CLICK_STRINGS = [
    "Usage:",
    "Options",
    "Commands",
    "Show this message and exit.",
    "Show the version and exit.",
    "Error: {message}",
    "Try '{command} {option}' for help.",
    "No such option {name!r}.",
    "No such command {name!r}.",
    "Missing argument",
    "Missing option",
    "Invalid value for {param_hint}: {message}",
    "Invalid value: {message}",
    "{value!r} is not a valid {number_type}.",
    "Aborted!",
    "default: {default}",
    "required",
]
# Click's strings with a plural form, (singular, plural).
CLICK_PLURALS = [
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."),
]


def _relative(path: Path | str) -> str:
    return Path(path).resolve().relative_to(ROOT).as_posix()


def _source_of(command: click.Command) -> str:
    callback = inspect.unwrap(command.callback) if command.callback else None
    source = inspect.getsourcefile(callback) if callback else None
    return _relative(source) if source else "armsfacts/cli.py"


def _commands(command: click.Command) -> Iterator[click.Command]:
    """The command and, for a group (the root, `export`), every command under it."""
    yield command
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            yield from _commands(sub)


def command_strings() -> Iterator[tuple[str, str]]:
    """(text, file) for each help text and usage metavariable of the command line, as looked up."""
    from armsfacts.cli import cli
    from armsfacts.options import translatable_metavar

    for command in _commands(cli):
        where = _source_of(command)
        # with the command line's own help names: Click keeps the help option a context first
        # makes, and one made here with only --help would stay for the rest of the process
        ctx = click.Context(
            command, info_name=command.name, help_option_names=cli.context_settings["help_option_names"]
        )
        for text in [command.help, command.epilog, *(getattr(p, "help", None) for p in command.params)]:
            if text:
                yield inspect.cleandoc(text), where
        choices = {p.make_metavar(ctx) for p in command.params if isinstance(p.type, click.Choice)}
        for piece in command.collect_usage_pieces(ctx):
            if piece not in choices:  # a choice lists values, typed as they are
                yield piece, where
        for param in command.params:
            metavar = translatable_metavar(param, ctx)
            if metavar:
                yield metavar, where


def template() -> Catalog:
    """Every interface string, as a catalog without translations (what a .pot file holds)."""
    pot = Catalog(project="armsfacts", locale=None, charset="utf-8")
    for filename, lineno, message, _comments, context in extract_from_dir(
        # the HTML page's template marks its strings with _() too: Jinja2's own extractor reads them
        PACKAGE,
        method_map=[("**.py", "python"), ("**/templates/**.j2", "jinja2.ext:babel_extract")],
        keywords=KEYWORDS,
    ):
        pot.add(message, locations=[(f"armsfacts/{filename}", lineno)], context=context)
    for text, where in command_strings():
        pot.add(text, locations=[(where, 0)])
    for text in CLICK_STRINGS:
        pot.add(text, locations=[("click", 0)])
    for plural in CLICK_PLURALS:
        pot.add(plural, locations=[("click", 0)])
    return pot


def read(path: Path | None = None) -> Catalog:
    with (path or PO).open("rb") as f:
        return read_po(f, locale=LOCALE, domain="armsfacts")


def write(catalog: Catalog, path: Path | None = None) -> None:
    out = io.BytesIO()
    write_po(out, catalog, width=100, include_lineno=False, ignore_obsolete=True, sort_output=False)
    # Babel escapes only \t, \r, \n, " and \\; Click's no-rewrap marker (a backspace) is
    # written the way gettext writes it, so the file holds no raw control character.
    (path or PO).write_bytes(out.getvalue().replace(b"\x08", b"\\b"))


def compiled(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def update() -> Catalog:
    """The .po with every current string (translations kept, new ones empty, gone ones dropped)."""
    catalog = read()
    catalog.update(template(), update_header_comment=False, update_creation_date=False)
    catalog.project, catalog.version = "armsfacts", version("armsfacts")
    catalog.last_translator = catalog.language_team = "armsfacts contributors"
    write(catalog)
    return catalog


def translated(message: Message) -> bool:
    forms = message.string if isinstance(message.string, (list, tuple)) else [message.string]
    return not message.fuzzy and all(forms)


def problems() -> list[str]:
    catalog = read()
    found = []
    for wanted in template():
        if not wanted.id:
            continue
        message = catalog.get(wanted.id, wanted.context)
        if message is None or not translated(message):
            found.append(f"no Spanish for: {wanted.id!r}")
    if not MO.exists() or MO.read_bytes() != compiled(catalog):
        found.append(f"{MO.name} is not compiled from {PO.name}: run python tools/catalog.py compile")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "compile":
        MO.write_bytes(compiled(read()))
    found = problems()
    print("\n".join(found) or "catalog complete")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
