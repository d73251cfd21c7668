"""`fieldplan sync --server URL`: one sync from the terminal, with progress and a clear failure line.

The first sync asks for the server password (FIELDPLAN_PASSWORD or a prompt) and keeps the device
token; later syncs need no password until the token is revoked.
"""
from __future__ import annotations

import os
import sys

from app.cli import EXIT_DENIED, EXIT_FAILED, EXIT_INVALID, CliError, _password, open_workspace


def register(subparsers, common) -> None:
    p = subparsers.add_parser("sync", parents=[common], help="exchange changes with the central server")
    p.add_argument("--server", default=os.environ.get("FIELDPLAN_SERVER"), help="server URL, e.g. https://fieldplan.example.org")
    p.add_argument("--server-user", help="user name on the server (default: --user)")
    p.add_argument("--sign-out", action="store_true", help="revoke and forget this device's token")
    p.set_defaults(func=cmd_sync)


def _progress(stage: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{stage}: {done}/{total}   ", end="", file=sys.stderr, flush=True)


def cmd_sync(args) -> int:
    from app.sync.client import SignInNeeded, SyncError, sign_out, sync
    from app.sync.transport import SyncRejected

    if not args.server:
        raise CliError("Give the server with --server URL (or FIELDPLAN_SERVER).", 2)
    workspace = open_workspace(args)
    try:
        if args.sign_out:
            sign_out(workspace, args.server)
            print("Signed this device out of the server.")
            return 0
        username = args.server_user or args.user
        try:
            result = sync(workspace, args.server, username=username, progress=_progress)
        except SignInNeeded as exc:
            if "Wrong user name" in str(exc):
                raise
            print(f"fieldplan: {exc}", file=sys.stderr)
            result = sync(workspace, args.server, username=username, password=_password(), progress=_progress)
    except SignInNeeded as exc:
        raise CliError(str(exc), EXIT_DENIED) from None
    except SyncRejected as exc:
        raise CliError(str(exc), EXIT_INVALID) from None
    except SyncError as exc:
        raise CliError(str(exc), EXIT_FAILED) from None
    finally:
        workspace.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Synced with {args.server}: sent {result.pushed}, received {result.pulled}, "
          f"{_count(result.conflicts, 'new conflict')}, {_count(result.blobs_up + result.blobs_down, 'file')} in {result.seconds:.1f} s.")
    if not result.digest_ok:
        print(f"fieldplan: the server holds rows this device lacks ({', '.join(result.mismatched)}); sync again.", file=sys.stderr)
        return EXIT_FAILED
    return 0


def _count(n: int, noun: str) -> str:
    """ "1 file", "2 files": the plural right, never "file(s)"."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"
