"""`fieldplan`: with a command, the CLI (no Qt loaded); without one, the window."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and not argv[0].startswith("-") or any(a in ("-h", "--help") for a in argv):
        from app.cli import main as cli_main

        return cli_main(argv)
    from ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
