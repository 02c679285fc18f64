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


def _open_closed_streams() -> None:
    """Standard input or error closed by the shell (`<&-`, `2>&-`) is opened on the null device.

    The command runs as it would otherwise (`show nope 2>&-` still exits 3), what it would say
    is dropped, input reads as empty; and no file armsfacts opens (a database being written)
    takes descriptor 0 or 2, where a stray message would land in it.
    """
    for fd, name in ((0, "stdin"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        with contextlib.suppress(OSError):
            os.fstat(fd)  # open after all: only Python's stream is missing
            continue
        null = os.open(os.devnull, os.O_RDWR)
        if null != fd:
            os.dup2(null, fd)
            os.close(null)
        mode = "r" if fd == 0 else "w"
        setattr(sys, name, open(fd, mode, encoding="utf-8", errors="backslashreplace", closefd=False))  # noqa: SIM115


def main() -> None:
    signal.signal(signal.SIGINT, _interrupted)
    # A run is one short command over a bounded record (data.MAX_BYTES) that makes no cycles
    # worth collecting; reference counting frees what it drops. The cyclic collector's passes,
    # set off by allocation counts alone, walked everything imported and loaded again and again.
    gc.disable()
    from .errors import ExitCode
    from .i18n import _

    if sys.stdout is None:  # started with `>&-`: nowhere to put what was asked for
        _write_stderr(_("Error: {message}").format(message=_("standard output is closed.")) + "\n")
        sys.exit(ExitCode.ERROR)
    _open_closed_streams()
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
