"""A user profile on disk: the encrypted database, its key, this device, and signing in.

    data_dir/
      fieldplan.db   SQLCipher database (holds no plaintext)
      profile.json   profile id and key mode (no personal data)
      key.json       the database key wrapped by a passphrase (only where no keyring works)
      logs/          rotating log (never names, notes or SSN digits)
"""
from __future__ import annotations

import json
import logging
import logging.handlers
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import identity
from app.errors import CannotUnlock
from app.keys import KeyStore, PassphraseNeeded, damaged
from app.identity import CurrentUser
from app.passwords import hash_password
from app.rules.schema import refuse_bad_columns
from app.profile_folder import DB_FILE, PROFILE_FILE, default_data_dir, profile_exists, profile_id  # noqa: F401 - re-exported
from db import migrate
from db.changes import Author, ChangeRecorder, ChangeSet
from db.engine import open_engine, session_factory
from db.hlc import HybridClock
from db.ids import uuid7
from db.models import SyncState, User

log = logging.getLogger("fieldplan")


def _setup_logging(data_dir: Path) -> None:
    logs = data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in log.handlers):
        handler = logging.handlers.RotatingFileHandler(logs / "fieldplan.log", maxBytes=1_000_000, backupCount=3)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)


class Workspace:
    """An unlocked profile: engine, sessions, this device's id and hybrid clock."""

    def __init__(self, data_dir: Path, key: bytes | None):
        self.data_dir = data_dir
        self.db_path = data_dir / DB_FILE
        #: kept for child processes that open the same profile (the caseload export); never written out
        self.key = key
        self.engine = open_engine(self.db_path, key)
        self.backup = migrate.upgrade(self.engine, self.db_path)
        self.sessions = session_factory(self.engine)
        with self.sessions.begin() as s:
            state = {row.key: row.value for row in s.scalars(select(SyncState))}
            if "device_id" not in state:
                state["device_id"] = uuid7()
                s.add(SyncState(key="device_id", value=state["device_id"]))
        self.device_id = state["device_id"]
        self.clock = HybridClock(self.device_id, state.get("hlc", ""))

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as s:
            yield s

    @contextmanager
    def transaction(self, author: Author) -> Iterator[ChangeRecorder]:
        """One transaction: the write, its Update Log entries and its outbox ops commit together."""
        with self.sessions.begin() as s:
            cursor = s.get(SyncState, "cursor")
            recorder = ChangeRecorder(s, author, self.clock.now, int(cursor.value) if cursor else 0, check=refuse_bad_columns)
            yield recorder
            s.merge(SyncState(key="hlc", value=self.clock.last()))

    def execute(self, sql: str, params=()) -> list:
        """One plain SQL read (app/identity.py and app/caseload.py speak SQL, not ORM)."""
        with self.engine.connect() as conn:
            return conn.exec_driver_sql(sql, tuple(params)).all()

    def sign_in(self, username: str, password: str) -> "UserContext":
        return UserContext(self, identity.sign_in(self.execute, username, password))

    def as_user(self, username: str) -> "UserContext":
        """A context for a user without a password check: only for tests, benchmarks and the demo."""
        return UserContext(self, identity.as_user(self.execute, username))


#: what the service calls of one runner job committed (ui/ops.py reads it; None outside a job)
_collected: ContextVar[ChangeSet | None] = ContextVar("fieldplan_collected_changes", default=None)


@contextmanager
def collect_changes() -> Iterator[ChangeSet]:
    """Gather the change sets of every transaction committed inside the block, on this thread/context
    only; a transaction rolled back adds nothing (Anki's OpChanges, computed by the recorder)."""
    changes = ChangeSet()
    token = _collected.set(changes)
    try:
        yield changes
    finally:
        _collected.reset(token)


class UserContext:
    """A signed-in user on an open workspace: what every service function takes first.

    The open batch belongs to the thread (and asyncio/contextvars context) that opened it: a write on
    another thread never joins it, it gets its own transaction (issue 11: a goal saved in the window
    while a report's bulk save ran on a pool thread landed in the pool thread's transaction).
    """

    def __init__(self, workspace: Workspace, user: CurrentUser):
        self.workspace = workspace
        self.user = user
        self._batch: ContextVar[ChangeRecorder | None] = ContextVar(f"fieldplan_batch_{id(self)}", default=None)

    @property
    def author(self) -> Author:
        return Author(self.user.id, self.user.display_name, self.workspace.device_id)

    def read(self):
        return self.workspace.session()

    @contextmanager
    def write(self) -> Iterator[ChangeRecorder]:
        """One transaction for one service call, or the surrounding batch's transaction (this thread's)."""
        batch = self._batch.get()
        if batch is not None:
            yield batch
            return
        with self.workspace.transaction(self.author) as rec:
            yield rec
        _committed(rec.changes)

    @contextmanager
    def batch(self) -> Iterator[ChangeRecorder]:
        """Many service calls in ONE transaction: all of them land, or none (bulk updates, demo)."""
        if self._batch.get() is not None:
            yield self._batch.get()
            return
        with self.workspace.transaction(self.author) as rec:
            token = self._batch.set(rec)
            try:
                yield rec
            finally:
                self._batch.reset(token)
        _committed(rec.changes)


def _committed(changes: ChangeSet) -> None:
    collected = _collected.get()
    if collected is not None:
        collected.update(changes)


def open_profile(data_dir: Path, passphrase: str | None = None) -> Workspace:
    """Unlock an existing profile. Raises CannotUnlock (or PassphraseNeeded) without touching the file."""
    if not profile_exists(data_dir):
        raise CannotUnlock(f"No Fieldplan profile in {data_dir}: run `fieldplan init` first.")
    return open_unlocked(data_dir, KeyStore(data_dir, profile_id(data_dir)).load(passphrase))


def open_unlocked(data_dir: Path, key: bytes) -> Workspace:
    """The Workspace for a profile whose key was already unlocked (app/startup.py)."""
    import sqlcipher3

    _setup_logging(data_dir)
    try:
        workspace = Workspace(data_dir, key)
    except PassphraseNeeded:
        raise
    except (CannotUnlock, sqlcipher3.DatabaseError) as exc:  # the key came from the key store: it is right
        log.error("database file cannot be read: %s", exc.__class__.__name__)
        raise damaged(data_dir / DB_FILE) from None
    log.info("profile opened")
    return workspace


def create_profile(
    data_dir: Path,
    admin_username: str,
    admin_password: str,
    *,
    passphrase: str | None = None,
    admin_full_name: str = "",
) -> Workspace:
    """A new empty profile with its administrator and the step/service catalog."""
    from app.services import users  # imported here to keep start-up light

    users.check_new_password(admin_password)
    if profile_exists(data_dir):
        raise CannotUnlock(f"A Fieldplan profile already exists in {data_dir}.")
    data_dir.mkdir(parents=True, exist_ok=True)
    data_dir.chmod(0o700)
    profile_id = uuid7()
    key, mode = KeyStore(data_dir, profile_id).create(passphrase)
    (data_dir / PROFILE_FILE).write_text(json.dumps({"profile_id": profile_id, "key_mode": mode}))
    _setup_logging(data_dir)
    workspace = Workspace(data_dir, key)
    initialize(workspace, admin_username, admin_password, admin_full_name)
    return workspace


def initialize(workspace: Workspace, admin_username: str, admin_password: str, admin_full_name: str = "") -> None:
    """Fill a new database: its administrator and the step/service catalog."""
    from app.services import catalog

    system = UserContext(workspace, CurrentUser(id="", username="system", full_name="Fieldplan", role="administrator"))
    with system.write() as rec:
        rec.add(
            User(
                username=admin_username,
                full_name=admin_full_name or admin_username,
                role="administrator",
                password_hash=hash_password(admin_password),
            ),
            summary=f"User {admin_username}",
        )
    catalog.install_catalog(system)
