"""The console script and `python -m armsfacts`.

Ctrl-C handling is installed first, before anything heavy is imported, so that an interrupt
at any moment ends quietly with exit code 130 (an import half done included).
"""

import os
import signal


def _interrupted(signum: int, frame: object) -> None:
    os.write(2, b"Interrupted.\n")
    os._exit(130)  # at once, wherever the interrupt lands: no traceback, no half-built state to unwind


def main() -> None:
    signal.signal(signal.SIGINT, _interrupted)
    from .errors import main as run

    run()


if __name__ == "__main__":
    main()
