"""What stands around every command: errors reported in one place, the language, help in it.

`ArmsfactsGroup.main` turns every failure into a message on stderr (a JSON object when JSON
output was asked for) and an exit code from `errors.ExitCode`; never a traceback. It also
sets the language before anything is parsed, so that usage errors are in it too.
"""

from __future__ import annotations

import inspect
import json
import shlex
import sys
from collections.abc import Sequence
from typing import Any

import click

from .dataset import data_specs
from .errors import ArmsfactsError, DataError, ExitCode
from .i18n import LANGUAGES, _, detect, route_click_strings, set_language
from .output import can_encode
from .streams import make_streams_safe, silence_stdout

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

EXIT_CODES_HELP = """
\b
Exit codes: 0 success (also for an empty result), 1 data or runtime error,
2 usage error, 3 no such record, 130 interrupted.
"""

JSON_FORMATS = ("json", "ndjson")


def _wants_json(argv: Sequence[str]) -> bool:
    """Whether the command line asks for JSON output, read before (or without) parsing it."""
    for i, arg in enumerate(argv):
        if arg == "--json" or arg in {f"--format={f}" for f in JSON_FORMATS} or arg in {f"-f{f}" for f in JSON_FORMATS}:
            return True
        if arg in ("--format", "-f") and i + 1 < len(argv) and argv[i + 1].lower() in JSON_FORMATS:
            return True
    return False


def report_error(code: str, message: str, suggestions: Sequence[str], as_json: bool) -> None:
    if as_json:
        from .schema import ErrorOutput

        payload = ErrorOutput.model_validate({"error": {"code": code, "message": message, "suggestions": suggestions}})
        ascii_only = not can_encode(sys.stderr)
        click.echo(json.dumps(payload.model_dump(mode="json"), ensure_ascii=ascii_only), err=True)
        return
    text = _("Error: {message}").format(message=message)
    if suggestions:
        text += "\n" + _("Did you mean: {names}?").format(names=", ".join(suggestions))
    click.echo(text, err=True)


def option_values(argv: Sequence[str], name: str) -> list[str]:
    """The values given to an option (`--data a --data=b`), read without parsing the command line.

    The language and the data must be known before Click parses anything, so that its
    errors are in the right language and data errors can name the files.
    """
    values = []
    for i, arg in enumerate(argv):
        if arg == name and i + 1 < len(argv):
            values.append(argv[i + 1])
        elif arg.startswith(name + "="):
            values.append(arg.split("=", 1)[1])
    return values


def choose_language(language: str | None) -> None:
    chosen = language if language in LANGUAGES else detect()
    set_language(chosen)
    route_click_strings(chosen)


class TranslatedHelp:
    """Help texts are written in English in the code and translated when help is shown.

    Click keeps each command's and option's help as given at import time; for the time a
    help page is drawn, they are swapped for their translations (and put back after).
    """

    def __init__(self, *commands: click.Command) -> None:
        self.commands = commands
        self.saved: list[tuple[Any, str, Any]] = []

    def __enter__(self) -> None:
        for command in self.commands:
            for holder, name in ((command, "help"), (command, "epilog"), *((p, "help") for p in command.params)):
                value = getattr(holder, name, None)
                if isinstance(value, str) and value:
                    self.saved.append((holder, name, value))
                    setattr(holder, name, _(inspect.cleandoc(value)))

    def __exit__(self, *exc: object) -> None:
        for holder, name, value in self.saved:
            setattr(holder, name, value)
        self.saved.clear()


class LocalizedCommand(click.Command):
    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with TranslatedHelp(self):
            super().format_help(ctx, formatter)


def _is_validate(argv: Sequence[str]) -> bool:
    return "validate" in argv


def _validate_hint(argv: Sequence[str]) -> str:
    specs = data_specs(option_values(argv, "--data"))
    return "armsfacts validate" + "".join(f" {shlex.quote(s)}" for s in specs if specs != ["builtin"])


class ArmsfactsGroup(click.Group):
    command_class = LocalizedCommand

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with TranslatedHelp(self, *self.commands.values()):
            super().format_help(ctx, formatter)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # The reader went away (`| head`): what it wanted was delivered; end quietly.
            # Caught here, before Click's own handler turns it into exit code 1.
            silence_stdout()
            ctx.exit(ExitCode.OK)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        as_json = _wants_json(argv)
        make_streams_safe()
        languages = option_values(argv, "--lang")
        choose_language(languages[-1] if languages else None)
        try:
            try:
                result = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
                code = result if isinstance(result, int) else ExitCode.OK
                sys.stdout.flush()
            except click.ClickException as exc:
                code = exc.exit_code
                if as_json:
                    hints = list(getattr(exc, "possibilities", None) or getattr(exc, "suggestions", None) or [])
                    report_error("usage_error", exc.format_message(), hints, as_json=True)
                else:
                    exc.show()
            except ArmsfactsError as exc:
                code = exc.exit_code
                message = exc.message
                if isinstance(exc, DataError) and not _is_validate(argv):
                    message += "\n" + _("Run `{command}` for every problem.").format(command=_validate_hint(argv))
                report_error(exc.code, message, exc.suggestions, as_json)
            except (KeyboardInterrupt, click.exceptions.Abort):
                code = ExitCode.INTERRUPTED
                click.echo(_("Interrupted."), err=True)
        except BrokenPipeError:  # on the final flush
            silence_stdout()
            code = ExitCode.OK
        if standalone_mode:
            sys.exit(int(code))
        return code
