"""What the window needs before SQLAlchemy has loaded: unlock, sign in, the caseload.

Importing SQLAlchemy, its ORM and our 34 model classes takes ~0.65 s here, more than the whole
start-up budget (issue 3: ≤ 0.8 s to the window with the caseload listed). So start-up goes in two
steps (README, How it is built):

1. `QuickProfile` unlocks the key (keyring, or the passphrase's scrypt), signs the user in and lists
   their caseload over ONE read-only `sqlcipher3` connection, with the same SQL the services use
   (app/identity.py, app/caseload.py). The window shows with the caseload listed.
2. `QuickProfile.open_workspace()` then imports the rest and builds the full Workspace (engine,
   migrations, sessions), off the GUI thread; the plan tabs attach when it is ready.

A profile whose schema is not at the head revision (the first start after an update) skips step 1's
caseload: the migration must run first, in step 2. Nothing here ever writes the file.
"""
from __future__ import annotations

import sys
import threading
from pathlib import Path

from app import identity
from app.caseload import FIRST_SCREEN, CaseloadRow, caseload_rows, caseload_sql, first_screen_rows, first_screen_sql, register_fold
from app.errors import CannotUnlock
from app.identity import CurrentUser
from app.keys import KeyStore, damaged
from db import migrate
from app.profile_folder import DB_FILE, PROFILE_FILE, default_data_dir, profile_exists, profile_id  # noqa: F401 - re-exported

#: what step 2 imports; `preload()` imports it on a thread while a dialog waits for the person
HEAVY_MODULES = ("sqlalchemy.orm", "db.models", "app.profile", "app.services.participants", "app.services.goals",
                 "app.services.plan_services", "app.services.overview", "app.services.update_log", "app.reminders",
                 # the PDF worker's start (app/reports/pdf_worker.py): multiprocessing's spawn, imported here so
                 # that starting the worker after the first paint only starts a process
                 "app.reports.pdf_worker", "multiprocessing.connection", "multiprocessing.spawn")
#: the rest of the spawn machinery, which is per platform (HEAVY_MODULES stays a literal: packaging reads it)
SPAWN_MODULES = ("multiprocessing.popen_spawn_win32",) if sys.platform == "win32" else (
    "multiprocessing.popen_spawn_posix", "multiprocessing.resource_tracker")


def needs_passphrase(data_dir: Path) -> bool:
    from app.keys import KEY_FILE

    return (data_dir / KEY_FILE).exists()


class QuickProfile:
    """An unlocked profile read through sqlcipher3 alone. Raises CannotUnlock (or PassphraseNeeded)
    without touching the file."""

    def __init__(self, data_dir: Path, passphrase: str | None = None):
        if not profile_exists(data_dir):
            raise CannotUnlock(f"No Fieldplan profile in {data_dir}: run `fieldplan init` first.")
        from db.cipher import connect_readonly

        self.data_dir = data_dir
        self.key = KeyStore(data_dir, profile_id(data_dir)).load(passphrase)
        try:
            self._conn = connect_readonly(data_dir / DB_FILE, self.key)
        except CannotUnlock:  # the key store proved the key: the file is at fault
            raise damaged(data_dir / DB_FILE) from None
        self._lock = threading.Lock()
        register_fold(self._conn)
        #: False on the first start after an update: the caseload then waits for the migration
        self.schema_current = migrate.at_head(self._conn)

    def execute(self, sql: str, params=()) -> list:
        with self._lock:
            return self._conn.execute(sql, tuple(params)).fetchall()

    def sign_in(self, username: str, password: str) -> CurrentUser:
        return identity.sign_in(self.execute, username, password)

    def as_user(self, username: str) -> CurrentUser:
        return identity.as_user(self.execute, username)

    def caseload(self, user: CurrentUser) -> list[CaseloadRow] | None:
        """The user's caseload as `participants.list_caseload` lists it; None before a migration."""
        if not self.schema_current:
            return None
        sql, params = caseload_sql(user)
        return caseload_rows(self.execute(sql, params))

    def first_screen(self, user: CurrentUser, count: int = FIRST_SCREEN) -> tuple[list[CaseloadRow], int] | None:
        """(the caseload's first `count` rows, as `caseload` would list them first; how many it has):
        what the window paints first (issue 17: listing 10,000 before the first paint cost ~0.2 s).
        None before a migration."""
        if not self.schema_current:
            return None
        sql, params = first_screen_sql(user, count)
        return first_screen_rows(self.execute(sql, params), count)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def open_workspace(self):
        """The full Workspace (SQLAlchemy engine, migrations run if needed) with the key unlocked here."""
        for thread in (_preloading, *_other_preloads):  # one thread imports at a time: two importing the same
            if thread is not None:                      # package in different orders can deadlock on the
                thread.join()                           # per-module import locks
        from app.profile import open_unlocked

        return open_unlocked(self.data_dir, self.key)


_preloading: threading.Thread | None = None
#: other threads importing ahead of need (ui/startup.preload_window): `open_workspace` waits for them too
_other_preloads: list[threading.Thread] = []


def preload(first: tuple[str, ...] = ()) -> threading.Thread:
    """Import step 2's modules on a daemon thread (while the person types into a dialog, the GUI thread
    is idle), `first` before them; `open_workspace` waits for it to finish."""
    import importlib

    global _preloading

    def work() -> None:
        for name in first + HEAVY_MODULES + SPAWN_MODULES:
            importlib.import_module(name)

    if _preloading is None:
        _preloading = threading.Thread(target=work, name="fieldplan-preload", daemon=True)
        _preloading.start()
    return _preloading


def track_preload(thread: threading.Thread) -> None:
    """`open_workspace` waits for `thread` (importing on its own) before it imports anything."""
    _other_preloads.append(thread)
