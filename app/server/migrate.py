"""The server's schema migrations (Alembic, app/server/migrations, version table srv_alembic_version).

`fieldplan-server migrate` (and `serve` at start) brings a database to the head revision. A database made
by `create_all` before migrations existed has the server's tables but no version row: it is stamped at the
baseline revision (the schema of that time) and upgraded from there. Several server processes may start
at once: on PostgreSQL an advisory lock lets one migrate while the others wait.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "srv_alembic_version"
#: the schema `create_all` made before the server had migrations
BASELINE = "0001_server_baseline"
_MIGRATE_LOCK_KEY = 846_272


def full_metadata():
    """Every server table: the replicas and bookkeeping plus the participant side's tables."""
    from app.server import participant  # noqa: F401 - registers srv_web_session, srv_delivery, …
    from app.server import tables

    return tables.metadata


def _config(conn: Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        config.attributes["connection"] = conn
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision()


def _made_by_create_all(conn: Connection) -> bool:
    return inspect(conn).has_table("srv_meta")


def status(engine: Engine) -> tuple[str | None, str]:
    """(the database's revision, or None when it has none; the head revision)."""
    with engine.connect() as conn:
        current = current_revision(conn)
        if current is None and _made_by_create_all(conn):
            current = "unversioned (made before migrations: `migrate` stamps it at " + BASELINE + ")"
        return current, head_revision()


def pending(engine: Engine) -> bool:
    current, head = status(engine)
    return current != head


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to head; returns (revision before, revision after)."""
    from alembic import command

    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATE_LOCK_KEY})
        before = current_revision(conn)
        head = head_revision()
        if before == head:
            return before, head
        config = _config(conn)
        if before is None and _made_by_create_all(conn):
            command.stamp(config, BASELINE)
        command.upgrade(config, "head")
        return before, head
