"""The sync server with fault injection, for the interruption tests only (never the production path).

    FIELDPLAN_SERVER_CRASH=before-commit:N | after-commit:N python -m tests.server.faulty_server --port P --database-url URL

kills the process at the Nth push: before the commit (nothing of the batch may remain) or after it
(the response is lost: the client must replay and get the same receipts).
"""
from __future__ import annotations

import argparse
import os


class Crash:
    def __init__(self, spec: str):
        self.moment, _, count = spec.partition(":")
        self.count = int(count or 0)

    def before_commit(self, n: int) -> None:
        if self.moment == "before-commit" and n == self.count:
            os._exit(17)

    def after_commit(self, n: int) -> None:
        if self.moment == "after-commit" and n == self.count:
            os._exit(17)


def main() -> None:
    import uvicorn

    from app.server.api import create_app

    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--database-url", required=True)
    args = parser.parse_args()
    app = create_app(args.database_url, faults=Crash(os.environ.get("FIELDPLAN_SERVER_CRASH", "")))
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
