"""The encrypted engine: SQLCipher 4 through `sqlcipher3`, WAL, foreign keys, secure delete.

The key is 32 random bytes handed to SQLCipher as a raw key (`x'…'`), which skips its PBKDF2.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool
from sqlalchemy.orm import Session, sessionmaker

#: 64 MiB page cache: SQLCipher decrypts pages on read, a larger cache keeps lookups near plain speed
CACHE_KIB = 65536


class CannotUnlock(Exception):
    """The key does not open this database (or the file is not a Fieldplan database)."""


def _raw_connect(path: Path, key: bytes | None):
    module = sqlite3 if key is None else sqlcipher3
    conn = module.connect(str(path), check_same_thread=False, isolation_level=None)
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as exc:
        conn.close()
        raise CannotUnlock(f"cannot unlock {path.name}: wrong key or not a Fieldplan database") from exc
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def check_key(path: Path, key: bytes | None) -> None:
    """Raise CannotUnlock if `key` does not open `path`; reads only, never writes the file."""
    if not path.exists():
        return
    module = sqlite3 if key is None else sqlcipher3
    conn = module.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as exc:
        raise CannotUnlock(f"cannot unlock {path.name}: wrong key or passphrase") from exc
    finally:
        conn.close()


def open_engine(path: Path, key: bytes | None) -> Engine:
    """An engine over `path`; `key=None` gives plain SQLite (only for benchmarks and tests)."""
    check_key(path, key)
    engine = create_engine(
        "sqlite://",
        module=sqlite3 if key is None else sqlcipher3,
        creator=lambda: _raw_connect(path, key),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    # pysqlite's own transaction handling is off (isolation_level=None); SQLAlchemy emits BEGIN.
    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
