"""Who is signed in, read with plain SQL so that signing in needs no ORM.

The window's start-up signs in before SQLAlchemy has loaded (app/startup.py); the Workspace signs in
through the same two functions, so both paths accept and refuse exactly the same people.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Sequence

from app.errors import NotAllowed


@dataclass(frozen=True)
class CurrentUser:
    id: str
    username: str
    full_name: str
    role: str
    organization_id: str | None = None
    region_id: str | None = None
    participant_id: str | None = None

    @property
    def display_name(self) -> str:
        return self.full_name or self.username


#: a function running one SQL statement with positional parameters and returning the rows
Execute = Callable[[str, Sequence], list]

_USER_SQL = ("SELECT id, username, full_name, role, organization_id, region_id, participant_id, active, password_hash, deleted "
             "FROM app_user WHERE username = ?")


def _find(execute: Execute, username: str):
    rows = execute(_USER_SQL, (username,))
    return rows[0] if rows else None


def _current(row) -> CurrentUser:
    return CurrentUser(*row[:7])


@dataclass
class SignInThrottle:
    """Per account: after `free` failed sign-ins in a row, each further attempt must wait a delay that
    doubles (1 s, 2 s, 4 s … up to `longest`); while it waits the password is not even checked, so a
    stolen laptop's accounts cannot be guessed at speed. A success clears the account's count."""

    free: int = 3
    longest: float = 300.0
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, tuple[int, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait_left(self, account: str) -> float:
        with self._lock:
            count, last = self._failures.get(account, (0, 0.0))
        if count < self.free:
            return 0.0
        return max(0.0, last + min(self.longest, 2.0 ** (count - self.free)) - self.clock())

    def failed(self, account: str) -> None:
        with self._lock:
            count, _ = self._failures.get(account, (0, 0.0))
            self._failures[account] = (count + 1, self.clock())

    def succeeded(self, account: str) -> None:
        with self._lock:
            self._failures.pop(account, None)


#: this process's sign-in throttle (the window, the CLI and the Workspace all sign in through sign_in)
THROTTLE = SignInThrottle()


def sign_in(execute: Execute, username: str, password: str) -> CurrentUser:
    """The user, if `username` exists, is active and not deleted and `password` matches its argon2id
    hash; otherwise NotAllowed with one message that does not say which part was wrong. Throttled per
    account (SignInThrottle)."""
    from app.passwords import verify_password

    row = _find(execute, username)
    # an unknown name is throttled too (per profile: the connection it was looked up on)
    account = row[0] if row is not None else f"unknown:{id(getattr(execute, '__self__', execute))}:{username}"
    wait = THROTTLE.wait_left(account)
    if wait > 0:
        raise NotAllowed(f"Too many failed sign-ins for this account: wait {int(wait) + 1} seconds, then try again.")
    if row is None or row[9] or not row[7] or not verify_password(row[8], password):
        THROTTLE.failed(account)
        raise NotAllowed("Wrong user name or password.")
    THROTTLE.succeeded(account)
    return _current(row)


def as_user(execute: Execute, username: str) -> CurrentUser:
    """The user without a password check: only for tests, benchmarks and the demo."""
    row = _find(execute, username)
    if row is None:
        raise NotAllowed(f"No user named {username}.")
    return _current(row)
