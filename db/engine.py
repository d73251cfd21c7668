"""The encrypted engine: SQLAlchemy over SQLCipher 4 connections made by db/cipher.py."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from db.cipher import CACHE_KIB, CannotUnlock, check_key, connect

__all__ = ["CACHE_KIB", "CannotUnlock", "check_key", "open_engine", "session_factory"]


def open_engine(path: Path, key: bytes | None) -> Engine:
    """An engine over `path`; `key=None` gives plain SQLite (only for benchmarks and tests)."""
    check_key(path, key)
    engine = create_engine(
        "sqlite://",
        module=sqlite3 if key is None else sqlcipher3,
        creator=lambda: connect(path, key),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        hide_parameters=True,  # an error's text never carries row values (a note, a name) into a log
    )

    # pysqlite's own transaction handling is off (isolation_level=None); SQLAlchemy emits BEGIN.
    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
