"""`fieldplan`: with a command, the CLI (no Qt loaded); without one, the window.

    fieldplan [--data-dir DIR]      the window on that profile folder
    fieldplan --version             the version, no window
    fieldplan --self-check          checks this installation without a display (app/self_check.py)
    fieldplan COMMAND …             the command line (fieldplan --help)

`multiprocessing.freeze_support()` runs first: in the bundle a spawned child (the caseload export)
re-runs this entry point, and without it each child opened a new unlock window.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    import multiprocessing
    import time

    started = time.perf_counter()
    multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    if "--version" in argv[:1]:
        from app import __version__

        print(f"fieldplan {__version__}")
        return 0
    if "--self-check" in argv[:1]:
        from app.self_check import main as self_check
        from ui.qt_check import check_qt

        return self_check(argv[1:], extra_checks=[("Qt platform plugin", check_qt)])
    if argv and not argv[0].startswith("-") or any(a in ("-h", "--help") for a in argv):
        from app.cli import main as cli_main

        return cli_main(argv)
    return start_window(argv, started)


def start_window(argv: list[str], started: float | None = None) -> int:
    """The window, or one sentence on stderr when this computer lacks what Qt needs."""
    from ui.platform_libs import MissingSystemLibrary, check_platform, explain_loader_error, xcb_display_opens

    try:
        check_platform(connect_display=xcb_display_opens)
        import PySide6.QtWidgets  # noqa: F401 - loads Qt's libraries: a missing one raises here

        from ui.app import run
    except MissingSystemLibrary as error:
        return _refuse(str(error))
    except (ImportError, OSError) as error:
        sentence = explain_loader_error(error)
        if sentence is None:
            raise
        return _refuse(sentence)
    from ui.app import end_quickly

    code = run(argv, started)
    end_quickly(code)  # the window is closed and everything saved: the process then ends without waiting
    return code


def _refuse(sentence: str) -> int:
    print(sentence, file=sys.stderr)
    return 3


if __name__ == "__main__":
    sys.exit(main())
