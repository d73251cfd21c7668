"""Who is signed in, read with plain SQL so that signing in needs no ORM.

The window's start-up signs in before SQLAlchemy has loaded (app/startup.py); the Workspace signs in
through the same two functions, so both paths accept and refuse exactly the same people.
"""
from __future__ import annotations

from dataclasses import dataclass
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


def sign_in(execute: Execute, username: str, password: str) -> CurrentUser:
    """The user, if `username` exists, is active and not deleted and `password` matches its argon2id
    hash; otherwise NotAllowed with one message that does not say which part was wrong."""
    from app.passwords import verify_password

    row = _find(execute, username)
    if row is None or row[9] or not row[7] or not verify_password(row[8], password):
        raise NotAllowed("Wrong user name or password.")
    return _current(row)


def as_user(execute: Execute, username: str) -> CurrentUser:
    """The user without a password check: only for tests, benchmarks and the demo."""
    row = _find(execute, username)
    if row is None:
        raise NotAllowed(f"No user named {username}.")
    return _current(row)
