"""Schema migrations (Alembic), run when a profile opens, after a backup copy of the file."""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy loads with the engine; start-up checks the version without it
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).parent / "migrations"
_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([\w-]+|None)['\"]?", re.MULTILINE)


def _config():
    from alembic.config import Config  # alembic loads only when a migration may be needed (~0.2 s)

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, db_path: Path | None = None) -> Path | None:
    """Bring the schema to head. A non-empty database is first copied to `<name>.bak-<rev>`.

    Returns the backup path when one was made.
    """
    if _at_head_quickly(engine):
        return None
    from alembic import command

    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    if current is not None and db_path is not None and db_path.exists():
        backup = db_path.with_name(f"{db_path.name}.bak-{current}")
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(db_path, backup)  # still encrypted: a copy of the ciphertext
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return backup


def _quick_head() -> str | None:
    """The head revision read from the version files' `revision =` lines, without importing alembic;
    None when the history is not one straight line (then alembic decides)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((k, v) for k, v in _REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            return None
        revisions.add(found["revision"])
        if found.get("down_revision", "None") != "None":
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def at_head(conn) -> bool:
    """True when the database behind the DB-API connection `conn` is at the head revision, read without
    alembic or SQLAlchemy (every start but the first after an update). False when unsure."""
    head = _quick_head()
    if head is None:
        return False
    if not conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()[0]:
        return False
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row is not None and row[0] == head


def _at_head_quickly(engine: Engine) -> bool:
    """Opening an up-to-date profile skips alembic."""
    with engine.connect() as conn:
        return at_head(conn.connection.dbapi_connection)
