"""Participant accounts and their single-use links (invite, password reset): only SHA-256 hashes are stored.

A participant account is a server account with role "participant" tied to exactly one participant
(`srv_participant_account`); its scope is that participant on every endpoint (app/server/participant/scope.py).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from sqlalchemy import Column, DateTime, String, Table, insert, select, update
from sqlalchemy.engine import Connection

from app.passwords import hash_password
from app.server import tables as t
from app.server.store import ServerError
from db.ids import uuid7

INVITE_TTL = dt.timedelta(days=7)
RESET_TTL = dt.timedelta(hours=2)

participant_account = Table(
    "srv_participant_account", t.metadata,
    Column("account_id", String(36), primary_key=True),
    Column("participant_id", String(36), nullable=False, unique=True),
)
link = Table(
    "srv_link_token", t.metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("account_id", String(36), nullable=False, index=True),
    Column("purpose", String(10), nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("used_at", DateTime, nullable=True),
)


class LinkExpired(ServerError):
    def __init__(self):
        super().__init__(410, "This link has expired or was already used.")


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def participant_of(conn: Connection, account_id: str) -> str | None:
    return conn.scalar(select(participant_account.c.participant_id).where(participant_account.c.account_id == account_id))


def account_for(conn: Connection, participant_id: str, email: str, full_name: str) -> str:
    """The participant's account, created (with an unusable password) on the first invitation."""
    found = conn.scalar(select(participant_account.c.account_id).where(participant_account.c.participant_id == participant_id))
    if found:
        conn.execute(update(t.account).where(t.account.c.id == found).values(username=email.strip().lower()))
        return found
    username = email.strip().lower()
    if not username:
        raise ServerError(422, "The participant has no email address: an invitation goes by email.")
    if conn.scalar(select(t.account.c.id).where(t.account.c.username == username)):
        raise ServerError(409, "Another account already uses this participant's email address.")
    account_id = uuid7()
    conn.execute(insert(t.account).values(id=account_id, username=username, full_name=full_name, role="participant",
                                          password_hash=hash_password(secrets.token_urlsafe(24)), active=True))
    conn.execute(insert(participant_account).values(account_id=account_id, participant_id=participant_id))
    return account_id


def issue(conn: Connection, account_id: str, purpose: str) -> str:
    """A new link token; earlier unused links of the same purpose stop working."""
    conn.execute(update(link).where(link.c.account_id == account_id, link.c.purpose == purpose, link.c.used_at.is_(None))
                 .values(used_at=now()))
    token = secrets.token_urlsafe(32)
    ttl = INVITE_TTL if purpose == "invite" else RESET_TTL
    conn.execute(insert(link).values(token_hash=token_hash(token), account_id=account_id, purpose=purpose, expires_at=now() + ttl))
    return token


def check(conn: Connection, token: str) -> str:
    """The account a live link belongs to (LinkExpired otherwise); does not use it up."""
    row = conn.execute(select(link).where(link.c.token_hash == token_hash(token))).first()
    if row is None or row.used_at is not None or row.expires_at < now():
        raise LinkExpired()
    return row.account_id


def redeem(conn: Connection, token: str, password: str) -> str:
    """Set the password through a link, once: the link is used up in the same transaction."""
    if len(password) < 8:
        raise ServerError(422, "Password must have at least 8 characters.")
    account_id = check(conn, token)
    used = conn.execute(update(link).where(link.c.token_hash == token_hash(token), link.c.used_at.is_(None)).values(used_at=now()))
    if used.rowcount != 1:
        raise LinkExpired()
    conn.execute(update(t.account).where(t.account.c.id == account_id).values(password_hash=hash_password(password)))
    return account_id


def add_participant_account(engine, participant_id: str, email: str, password: str | None = None) -> tuple[str, str | None]:
    """CLI: the account (and an invite token when no password is given)."""
    from app.server import store

    participant = t.REPLICAS["participant"][0]
    with store.writing(engine) as conn:
        row = conn.execute(select(participant).where(participant.c.id == participant_id, participant.c.deleted.is_(False))).first()
        if row is None:
            raise ServerError(404, "No such participant on the server.")
        account_id = account_for(conn, participant_id, email or row.email, f"{row.first_name} {row.last_name}")
        if password:
            if len(password) < 8:
                raise ServerError(422, "Password must have at least 8 characters.")
            conn.execute(update(t.account).where(t.account.c.id == account_id).values(password_hash=hash_password(password)))
            return account_id, None
        return account_id, issue(conn, account_id, "invite")
