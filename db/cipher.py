"""Opening the SQLCipher file with `sqlcipher3` alone, without SQLAlchemy.

The engine (db/engine.py) builds its pooled connections here, and start-up reads the caseload here
before SQLAlchemy has loaded (app/startup.py). The key is 32 random bytes handed to SQLCipher as a raw
key (`x'…'`), which skips its PBKDF2.
"""
from __future__ import annotations

import sys
from pathlib import Path

import sqlcipher3

#: 64 MiB page cache: SQLCipher decrypts pages on read, a larger cache keeps lookups near plain speed
CACHE_KIB = 65536


class CannotUnlock(Exception):
    """The key does not open this database (or the file is not a Fieldplan database)."""


def _module(key: bytes | None):
    """sqlcipher3, or the standard library's sqlite3 for a plain file (imported only then: loading a second
    SQLite library cost start-up ~10 ms)."""
    if key is None:
        import sqlite3

        return sqlite3
    return sqlcipher3


def _database_errors() -> tuple:
    plain = sys.modules.get("sqlite3")  # a plain connection exists only once sqlite3 was imported
    return (sqlcipher3.DatabaseError,) + ((plain.DatabaseError,) if plain is not None else ())


def _try_read(conn, path: Path, why: str) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except _database_errors() as exc:
        conn.close()
        raise CannotUnlock(f"cannot unlock {path.name}: {why}") from exc


def connect(path: Path, key: bytes | None):
    """A read-write connection as the engine's pool uses it: WAL, foreign keys, secure delete."""
    conn = _module(key).connect(str(path), check_same_thread=False, isolation_level=None)
    if key is not None:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a failed page HMAC is our CannotUnlock, not stderr noise
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    _try_read(conn, path, "wrong key or not a Fieldplan database")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def connect_readonly(path: Path, key: bytes | None):
    """A read-only connection: it can never write the file, whatever it is asked. Raises CannotUnlock
    when `key` does not open `path`."""
    conn = _module(key).connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False, isolation_level=None)
    if key is not None:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a failed page HMAC is our CannotUnlock, not stderr noise
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    _try_read(conn, path, "wrong key or passphrase")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def check_key(path: Path, key: bytes | None) -> None:
    """Raise CannotUnlock if `key` does not open `path`; reads only, never writes the file."""
    if path.exists():
        connect_readonly(path, key).close()
