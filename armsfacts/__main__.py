"""The console script and `python -m armsfacts`: every command, with what surrounds it handled once.

Ctrl-C handling is installed first, before anything heavy is imported, so that an interrupt
at any moment ends quietly with exit code 130 (an import half done included). A reader that
goes away (`| head`) ends quietly with 0; a closed or full stdout is one line of error and 1.
"""

import contextlib
import gc
import os
import signal
import sys


def _interrupted(signum: int, frame: object) -> None:
    os.write(2, b"Interrupted.\n")
    os._exit(130)  # at once, wherever the interrupt lands: no traceback, no half-built state to unwind


def _write_stderr(text: str) -> None:
    with contextlib.suppress(OSError):
        os.write(2, text.encode(getattr(sys.stderr, "encoding", None) or "utf-8", "replace"))


def main() -> None:
    signal.signal(signal.SIGINT, _interrupted)
    # A run is one short command over a bounded record (data.MAX_BYTES) that makes no cycles
    # worth collecting; reference counting frees what it drops. The cyclic collector's passes,
    # set off by allocation counts alone, walked everything imported and loaded again and again.
    gc.disable()
    from .errors import ExitCode
    from .i18n import _

    if sys.stdout is None or sys.stderr is None:  # started with `>&-` or `2>&-`
        _write_stderr(_("Error: {message}").format(message=_("standard output is closed.")) + "\n")
        sys.exit(ExitCode.ERROR)
    from .cli import cli, silence_stdout

    try:
        code = cli.main(prog_name="armsfacts", standalone_mode=False)
        sys.stdout.flush()
    except BrokenPipeError:  # on the final flush: what the reader wanted was delivered
        silence_stdout()
        code = ExitCode.OK
    except OSError as exc:  # stdout on a full disk, a closed descriptor
        silence_stdout()
        message = _("cannot write the output ({reason}).").format(reason=exc.strerror or exc)
        _write_stderr(_("Error: {message}").format(message=message) + "\n")
        code = ExitCode.ERROR
    # Output is flushed, and every file and database armsfacts writes is closed where it is
    # written. The interpreter's last collection at exit would walk every object still alive to
    # free memory the process's end frees anyway (frozen objects are skipped, and clean-up code
    # of objects in reference cycles with them would not run: nothing here relies on it).
    gc.freeze()
    sys.exit(int(code) if isinstance(code, int) else ExitCode.OK)


if __name__ == "__main__":
    main()
