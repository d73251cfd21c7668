"""`fieldplan-server`: create the database, add organizations and users, revoke tokens, serve.

    fieldplan-server init-db [--database-url URL]
    fieldplan-server add-org "Rock River Works" --region "Northern Region"
    fieldplan-server add-user carla --role caseworker --organization "Rock River Works"   (password: FIELDPLAN_NEW_PASSWORD or prompt)
    fieldplan-server revoke --user carla
    fieldplan-server wipe --device DEVICE_ID | --user carla   (its next request answers 410 "wipe")
    fieldplan-server new-epoch          (after restoring a backup: devices upload what they hold again)
    fieldplan-server migrate [--status]   (bring the schema to the latest revision; `serve` does it at start)
    fieldplan-server serve [--host 127.0.0.1 --port 8765] [--no-migrate] [--workers N]   (N processes: PostgreSQL only)

The database URL comes from --database-url, else FIELDPLAN_SERVER_DATABASE_URL, else a SQLite file
`fieldplan-server.db` in the current folder. PostgreSQL: `postgresql+psycopg://user@host/db`.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys

from sqlalchemy import select

DEFAULT_URL = "sqlite:///fieldplan-server.db"


def _engine(args):
    from app.server import store
    from app.server.tables import make_engine

    engine = make_engine(args.database_url)
    store.init_db(engine)
    return engine


def _system_push(engine, ops_fields: list[tuple[str, str, dict]]) -> None:
    """Server-side writes go through the same merge as device pushes, so devices pull them."""
    from app.server import merge, store
    from app.sync.protocol import Op
    from db.ids import uuid7

    ops = [Op(change_id=uuid7(), table_name=table, row_id=row_id, op="insert", fields=fields, hlc=merge.CLOCK.now(), device_id="server")
           for table, row_id, fields in ops_fields]
    with store.writing(engine) as conn:
        receipts = merge.push(conn, store.SERVER_ACCOUNT, ops)
    refused = [r.reason for r in receipts if r.status == "rejected"]
    if refused:
        raise store.ServerError(422, " ".join(refused))


def _find(engine, table_name: str, ref: str | None) -> str | None:
    from app.server.tables import REPLICAS

    if not ref:
        return None
    table = REPLICAS[table_name][0]
    with engine.connect() as conn:
        found = conn.scalar(select(table.c.id).where((table.c.id == ref) | (table.c.name == ref), table.c.deleted.is_(False)))
    if found is None:
        raise SystemExit(f"fieldplan-server: no {table_name} named {ref}.")
    return found


def cmd_init_db(args) -> int:
    from app.server import store
    from app.server.tables import make_engine

    epoch = store.init_db(make_engine(args.database_url))
    print(f"Server database ready (epoch {epoch}).")
    return 0


def cmd_add_org(args) -> int:
    from db.ids import uuid7

    engine = _engine(args)
    ops = []
    try:
        region_id = _find(engine, "region", args.region)
    except SystemExit:
        region_id = uuid7()
        ops.append(("region", region_id, {"name": args.region}))
    org_id = uuid7()
    ops.append(("organization", org_id, {"name": args.name, "kind": args.kind, "region_id": region_id, "address": "", "phone": ""}))
    _system_push(engine, ops)
    print(org_id)
    return 0


def publish_account(engine, account_id: str, username: str, role: str, *, full_name: str = "",
                    organization_id: str | None = None, region_id: str | None = None) -> None:
    """The account as a profile user that devices show by name; its password never leaves the server
    (a device verifies a sign-in against the server and keeps only its own user's credentials)."""
    _system_push(engine, [("app_user", account_id, {"username": username, "full_name": full_name or username, "email": "", "phone": "",
                                                   "role": role, "organization_id": organization_id, "region_id": region_id,
                                                   "participant_id": None, "password_hash": "", "active": True})])


def cmd_add_user(args) -> int:
    from app.server import store

    engine = _engine(args)
    password = os.environ.get("FIELDPLAN_NEW_PASSWORD") or getpass.getpass(f"Password for {args.username}: ")
    if args.role == "participant":
        from app.server.participant.cli import add_participant_user

        return add_participant_user(args, engine, password)
    org = _find(engine, "organization", args.organization)
    region = _find(engine, "region", args.region)
    account_id = store.add_account(engine, args.username, password, args.role, full_name=args.full_name or "", organization_id=org, region_id=region)
    publish_account(engine, account_id, args.username, args.role, full_name=args.full_name or "", organization_id=org, region_id=region)
    print(account_id)
    return 0


def cmd_revoke(args) -> int:
    from app.server import store

    count = store.revoke(_engine(args), username=args.user)
    print(f"Revoked {count} device token(s) of {args.user}.")
    return 0


def cmd_wipe(args) -> int:
    from app.server import guard

    if not args.device and not args.user:
        raise SystemExit("fieldplan-server: give --device ID or --user NAME.")
    count = guard.mark_wipe(_engine(args), device_id=args.device, username=args.user)
    print(f"Marked {count} device(s) to be wiped at their next contact.")
    return 0 if count else 4


def cmd_migrate(args) -> int:
    from app.server import migrate
    from app.server.tables import make_engine

    engine = make_engine(args.database_url)
    if args.status:
        current, head = migrate.status(engine)
        print(f"Database revision: {current or 'none (empty database)'}")
        print(f"Latest revision:   {head}")
        print("Up to date." if current == head else "An upgrade is pending: run `fieldplan-server migrate`.")
        return 0 if current == head else 3
    before, head = migrate.upgrade(engine)
    from app.server import store

    store.init_db(engine, migrate=False)  # the epoch and seq counter of a new database
    print(f"Server database at {head}." if before == head else f"Server database upgraded from {before or 'nothing'} to {head}.")
    return 0


def cmd_new_epoch(args) -> int:
    from app.server import store

    print(store.new_epoch(_engine(args)))
    return 0


def cmd_serve(args) -> int:
    import logging

    import uvicorn

    workers = args.workers
    if workers < 1:
        raise SystemExit("fieldplan-server: --workers must be at least 1.")
    if workers > 1 and args.database_url.startswith("sqlite"):
        # each process would read the seq counter before SQLite's one write lock: two pushes could take the same seq
        raise SystemExit("fieldplan-server: several worker processes need PostgreSQL (SQLite has one writer); use --workers 1.")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # the worker processes build their app from the environment (app.server.api:app_from_env)
    os.environ["FIELDPLAN_SERVER_DATABASE_URL"] = args.database_url
    # uvicorn's own access log prints client addresses and query strings: app.server.api logs requests instead
    # the schema is brought to head (or refused, --no-migrate) once here, before any worker process starts:
    # N workers upgrading at once would race; each worker then only checks that it is at head
    from app.server import store
    from app.server.tables import make_engine

    engine = make_engine(args.database_url)
    try:
        store.init_db(engine, migrate=not args.no_migrate)
    finally:
        engine.dispose()
    os.environ["FIELDPLAN_SERVER_MIGRATE"] = "0"
    uvicorn.run("app.server.api:app_from_env", factory=True, host=args.host, port=args.port, workers=workers,
                log_level=args.log_level, access_log=False)
    return 0


def build_parser() -> argparse.ArgumentParser:
    from app.server.config import Settings

    settings = Settings.from_env()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database-url", default=settings.database_url)
    parser = argparse.ArgumentParser(prog="fieldplan-server", description="Fieldplan central sync server.")
    from app import __version__

    parser.add_argument("--version", action="version", version=f"fieldplan-server {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("init-db", parents=[common], help="create or upgrade the schema (as migrate does) and the server epoch").set_defaults(func=cmd_init_db)
    p = sub.add_parser("add-org", parents=[common], help="add an organization (and its region if new)")
    p.add_argument("name")
    p.add_argument("--region", required=True, help="region name or id")
    p.add_argument("--kind", default="Provider")
    p.set_defaults(func=cmd_add_org)
    p = sub.add_parser("add-user", parents=[common], help="add an account (password from FIELDPLAN_NEW_PASSWORD)")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=("caseworker", "program_manager", "administrator", "participant"))
    p.add_argument("--full-name")
    p.add_argument("--organization", help="organization name or id (caseworkers)")
    p.add_argument("--region", help="region name or id (program managers)")
    p.add_argument("--participant", help="participant id or individual number (participant accounts)")
    p.set_defaults(func=cmd_add_user)
    p = sub.add_parser("revoke", parents=[common], help="revoke every device token of a user")
    p.add_argument("--user", required=True)
    p.set_defaults(func=cmd_revoke)
    p = sub.add_parser("wipe", parents=[common], help="mark a lost device (or every device of a user) to be wiped")
    p.add_argument("--device", help="device id (see the server's token list)")
    p.add_argument("--user", help="every device this user signed in from")
    p.set_defaults(func=cmd_wipe)
    sub.add_parser("new-epoch", parents=[common], help="start a new epoch after restoring a backup").set_defaults(func=cmd_new_epoch)
    p = sub.add_parser("migrate", parents=[common], help="upgrade the database schema to the latest revision")
    p.add_argument("--status", action="store_true", help="only print the database's revision and the latest one (exit 3 when behind)")
    p.set_defaults(func=cmd_migrate)
    from app.server.participant.cli import register

    register(sub, common)
    p = sub.add_parser("serve", parents=[common], help="run the HTTP server")
    p.add_argument("--host", default=settings.host)
    p.add_argument("--port", type=int, default=settings.port)
    p.add_argument("--log-level", default="warning")
    p.add_argument("--no-migrate", action="store_true", help="refuse to start when the schema is behind instead of upgrading it")
    p.add_argument("--workers", type=int, default=settings.workers,
                   help="server processes sharing the database (PostgreSQL only when more than 1; FIELDPLAN_SERVER_WORKERS)")
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    from app.server.store import ServerError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except ServerError as exc:
        print(f"fieldplan-server: {exc.message}", file=sys.stderr)
        return 5


if __name__ == "__main__":
    sys.exit(main())
