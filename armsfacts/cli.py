"""The `armsfacts` command group: its global options, help in the reader's language, and errors.

The commands themselves live in `commands/`; what they share, in `options.py`. Every failure
ends here as one message on stderr (a JSON object when JSON output was asked for) and an exit
code from `errors.ExitCode`; never a traceback.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from .__about__ import __version__
from .commands import check, compare, curation, export, lookup
from .errors import ArmsfactsError, ExitCode
from .i18n import ENV_VAR, LANGUAGES, _, detect, route_click_strings, set_language, unknown_language
from .options import EXIT_CODES_HELP, LocalizedGroup, no_color_option
from .terminal import degrades, json_escaped, make_streams_safe, quoted, visible

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


# ---------------------------------------------------------------------------
# What the command line says before (or without) parsing it.


def option_values(argv: Sequence[str], name: str) -> list[str]:
    """The values given to an option (`--lang es`, `--lang=es`), read without parsing.

    The language must be known before Click parses anything, so that its errors are in it.
    """
    values = []
    for i, arg in enumerate(argv):
        if arg == name and i + 1 < len(argv):
            values.append(argv[i + 1])
        elif arg.startswith(name + "="):
            values.append(arg.split("=", 1)[1])
    return values


def lang_first(argv: list[str]) -> list[str]:
    """`stats --lang es` as `--lang es stats`: the language is a global option, accepted anywhere.

    Only a `--lang` followed by a language is moved (as `--lang=es` is), so that a search
    for the text "--lang" after `--` or as an option's value is left alone.
    """
    if "--" in argv:
        return argv
    moved: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(argv):
        if i > 0 and argv[i] == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            moved += argv[i : i + 2]
            i += 2
            continue
        if i > 0 and argv[i].startswith("--lang=") and argv[i].partition("=")[2] in LANGUAGES:
            moved.append(argv[i])
        else:
            rest.append(argv[i])
        i += 1
    return [*moved, *rest] if moved else argv


def wants_json(argv: Sequence[str]) -> bool:
    """Whether the command line asks for JSON, however the option is spelt (for usage errors)."""
    words = [a.lower() for a in argv]
    for i, arg in enumerate(words):
        value = None
        if arg == "--json":
            return True
        if arg in ("--format", "-f") and i + 1 < len(words):
            value = words[i + 1]
        elif arg.startswith("--format="):
            value = arg.partition("=")[2]
        elif arg.startswith("-f") and not arg.startswith("--"):
            value = arg[2:].lstrip("=")
        if value in ("json", "ndjson"):
            return True
    return False


def silence_stdout() -> None:
    """Point stdout at /dev/null after its reader left, so that the interpreter's final flush is quiet."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def report_error(code: str, message: str, suggestions: Sequence[str], as_json: bool) -> None:
    """One error on stderr; what it quotes (a name typed, a value in a file) cannot act on the terminal."""
    if as_json:
        body = {"error": {"code": code, "message": message, "suggestions": list(suggestions)}}
        ascii_only = degrades(sys.stderr)
        click.echo(json_escaped(json.dumps(body, ensure_ascii=ascii_only)), err=True)
        return
    text = _("Error: {message}").format(message=message)
    if suggestions:
        text += "\n" + _("Did you mean: {names}?").format(names=", ".join(suggestions))
    click.echo(visible(text), err=True)


class ArmsfactsGroup(LocalizedGroup):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # The reader went away (`| head`): what it wanted was delivered; end quietly.
            # Caught here, before Click's own handler turns it into exit code 1.
            silence_stdout()
            raise click.exceptions.Exit(ExitCode.OK) from None

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> int:
        argv = lang_first(list(sys.argv[1:] if args is None else args))
        make_streams_safe(sys.stdout, sys.stderr)
        languages = option_values(argv, "--lang")
        given = languages[-1] if languages and languages[-1] in LANGUAGES else None
        chosen = given or detect()
        set_language(chosen)
        route_click_strings(chosen)
        # Said once, before anything else, that English is in use and why; not where the language
        # was chosen on the command line, nor to a script that reads JSON (stderr is one JSON
        # object there) or completes words (the shell shows stderr as the user types).
        completing = os.environ.get(complete_var or "_ARMSFACTS_COMPLETE")
        unknown = None if given or completing or wants_json(argv) else unknown_language()
        if unknown is not None:
            warning = _("Warning: {variable}={value} is no language armsfacts speaks ({languages}); English is used.")
            said = warning.format(variable=ENV_VAR, value=quoted(unknown), languages=", ".join(LANGUAGES))
            click.echo(visible(said), err=True)
        try:
            result = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
            code = result if isinstance(result, int) else ExitCode.OK
        except (click.ClickException, ArmsfactsError) as exc:
            code = exc.exit_code
            as_json = getattr(exc, "as_json", None)
            as_json = wants_json(argv) if as_json is None else as_json
            if isinstance(exc, ArmsfactsError):
                report_error(exc.code, exc.message, exc.suggestions, as_json)
            elif as_json:
                hints = list(getattr(exc, "possibilities", None) or getattr(exc, "suggestions", None) or [])
                report_error("usage_error", exc.format_message(), hints, as_json=True)
            else:
                shown = io.StringIO()
                exc.show(file=shown)
                click.echo(visible(shown.getvalue()), err=True, nl=False)
        except click.exceptions.Abort:
            code = ExitCode.INTERRUPTED
            click.echo(_("Interrupted."), err=True)
        except click.exceptions.Exit as exc:  # --help, --version, ctx.exit(n)
            code = exc.exit_code
        if standalone_mode:
            sys.exit(int(code))
        return int(code)


def _data_given(ctx: click.Context, param: Any, value: tuple[str, ...]) -> tuple[str, ...]:
    if any(not v.strip() for v in value):
        raise click.BadParameter(_("an empty path names no data (an unset variable?); use 'builtin' or a path"))
    return value


@click.group(cls=ArmsfactsGroup, context_settings=CONTEXT_SETTINGS, epilog=EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="armsfacts", message="%(prog)s %(version)s")
@click.option(
    "--data",
    multiple=True,
    metavar="PATH",
    callback=_data_given,
    help="Data to use instead of the built-in data: a JSON file or a folder of them; repeat to merge. "
    "'builtin' names the built-in data. Default: $ARMSFACTS_DATA (paths joined by ':'), else builtin.",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    help="Language of what people read: en or es (Mexican Spanish). "
    "Default: $ARMSFACTS_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en. JSON is the same in both.",
)
@no_color_option
def cli(data: tuple[str, ...], lang: str | None) -> None:
    """Look up the figures officials report on firearms trafficking from the U.S. into Mexico.

    \b
    Examples:
      armsfacts stats
      armsfacts stats --initiative last-mile --json
      armsfacts operation last-mile
      armsfacts show last-mile-arrests
      armsfacts --data builtin --data mine.json stats
    """


for _command in (*lookup.COMMANDS, *compare.COMMANDS, *curation.COMMANDS, *export.COMMANDS, *check.COMMANDS):
    cli.add_command(_command)
