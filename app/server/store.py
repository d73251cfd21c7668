"""Server bookkeeping: schema, epoch, seq counter, accounts, device tokens, blobs.

Scope always comes from the signed-in account, never from what a client sends.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import secrets
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.engine import Connection, Engine

from app import domain
from app.passwords import hash_password, verify_password
from app.server import tables as t
from db.ids import uuid7

#: SQLite allows one writer; PostgreSQL gets an advisory lock so seqs commit in order
_write_lock = threading.Lock()
PUSH_LOCK_KEY = 846_271


class ServerError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Account:
    id: str
    username: str
    full_name: str
    role: str
    organization_id: str | None
    region_id: str | None
    #: the device of the token this request came with ("" for the server itself and sign-in)
    device_id: str = field(default="", compare=False)


#: the server itself (admin CLI writes): the only writer of accounts, roles and scope
SERVER_ACCOUNT = Account("", "server", "Fieldplan server", "administrator", None, None)


def init_db(engine: Engine, *, migrate: bool = True) -> str:
    """Bring the schema to head (app/server/migrate.py) and make sure the epoch exists; returns the epoch.
    `migrate=False` refuses (ServerError 503) a database that is not at head instead of upgrading it."""
    from app.server import migrate as migrations

    if migrate:
        migrations.upgrade(engine)
    else:
        current, head = migrations.status(engine)
        if current != head:
            raise ServerError(503, f"The server database is at revision {current or 'none'}, not {head}: "
                                   "run `fieldplan-server migrate` first (or start without --no-migrate).")
    with engine.begin() as conn:
        if get_meta(conn, "epoch") is None:
            set_meta(conn, "epoch", uuid7())
            set_meta(conn, "seq", "0")
        return get_meta(conn, "epoch")


def get_meta(conn: Connection, key: str) -> str | None:
    return conn.scalar(select(t.meta.c.value).where(t.meta.c.key == key))


def set_meta(conn: Connection, key: str, value: str) -> None:
    if conn.execute(update(t.meta).where(t.meta.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(insert(t.meta).values(key=key, value=value))


def new_epoch(engine: Engine) -> str:
    """After restoring a backup: devices see a new epoch and upload what they hold again."""
    with engine.begin() as conn:
        epoch = uuid7()
        set_meta(conn, "epoch", epoch)
        return epoch


@contextmanager
def writing(engine: Engine, conn: Connection | None = None):
    """One write transaction at a time, so a seq never commits after a larger one (no skipped pulls).
    `conn`: a connection already checked out (and with no transaction open) to write on."""
    if conn is not None:
        with _write_lock, conn.begin():
            _lock(conn)
            yield conn
        return
    with _write_lock, engine.begin() as conn:
        _lock(conn)
        yield conn


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PUSH_LOCK_KEY})


# -- accounts and tokens ------------------------------------------------------------------------

def add_account(engine: Engine, username: str, password: str, role: str, *, full_name: str = "",
                organization_id: str | None = None, region_id: str | None = None, account_id: str | None = None) -> str:
    problems = []
    if not username.strip():
        problems.append("User name is required.")
    if role not in domain.ROLES:
        problems.append("Role must be caseworker, program_manager, administrator or participant.")
    if len(password) < 8:
        problems.append("Password must have at least 8 characters.")
    if role == "caseworker" and not organization_id:
        problems.append("A caseworker belongs to an organization: give --organization.")
    if role == "program_manager" and not region_id:
        problems.append("A program manager belongs to a region: give --region.")
    if problems:
        raise ServerError(422, " ".join(problems))
    with engine.begin() as conn:
        if conn.scalar(select(t.account.c.id).where(t.account.c.username == username)):
            raise ServerError(409, f"A server account named {username} already exists.")
        account_id = account_id or uuid7()
        conn.execute(insert(t.account).values(id=account_id, username=username.strip(), full_name=full_name, password_hash=hash_password(password),
                                              role=role, organization_id=organization_id, region_id=region_id, active=True))
        return account_id


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def sign_in(engine: Engine, username: str, password: str, device_id: str, device_name: str = "", address: str = "") -> tuple[str, Account]:
    from app.server import guard

    guard.check_throttle(engine, username, address)
    with engine.connect() as conn:
        guard.check_wipe(conn, device_id)
        row = conn.execute(select(t.account).where(t.account.c.username == username)).first()
    if row is None or not row.active or not verify_password(row.password_hash, password):
        guard.record_failure(engine, username, address)
        raise ServerError(401, "Wrong user name or password.")
    guard.record_success(engine, username)
    with engine.begin() as conn:
        token = secrets.token_urlsafe(32)
        conn.execute(insert(t.token).values(token_hash=_hash(token), account_id=row.id, device_id=device_id, device_name=device_name,
                                            created_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None), revoked=False))
        return token, _account(row)


def authenticate(engine: Engine, token: str) -> Account:
    with engine.connect() as conn:  # one query per request: the token, its account and whether its device is to be wiped
        row = conn.execute(select(t.account, t.token.c.revoked, t.token.c.device_id, t.wipe.c.device_id.label("wipe_device"))
                           .join(t.token, t.token.c.account_id == t.account.c.id)
                           .outerjoin(t.wipe, t.wipe.c.device_id == t.token.c.device_id)
                           .where(t.token.c.token_hash == _hash(token))).first()
    if row is not None and row.wipe_device is not None:  # before "revoked": a lost laptop is revoked AND told to wipe
        from app.server.guard import WipeDevice

        raise WipeDevice()
    if row is None:
        raise ServerError(401, "Unknown device token: sign in again.")
    if row.revoked:
        raise ServerError(401, "This device's token was revoked: sign in again.")
    if not row.active:
        raise ServerError(401, "This account is disabled.")
    return _account(row)


def revoke(engine: Engine, token: str | None = None, username: str | None = None) -> int:
    """Revoke one token, or every token of a user (a lost laptop)."""
    with engine.begin() as conn:
        query = update(t.token).values(revoked=True)
        if token:
            query = query.where(t.token.c.token_hash == _hash(token))
        else:
            query = query.where(t.token.c.account_id.in_(select(t.account.c.id).where(t.account.c.username == username)))
        return conn.execute(query).rowcount


def _account(row) -> Account:
    return Account(row.id, row.username, row.full_name, row.role, row.organization_id, row.region_id,
                   getattr(row, "device_id", "") or "")


def scope_orgs(conn: Connection, account: Account) -> set[str] | None:
    """Organization ids the account sees; None means all (administrator)."""
    if account.role == "administrator":
        return None
    if account.role == "caseworker":
        return {account.organization_id} if account.organization_id else set()
    if account.role == "program_manager":
        org = t.REPLICAS["organization"][0]
        return set(conn.scalars(select(org.c.id).where(org.c.region_id == account.region_id)))
    return set()


# -- blobs -----------------------------------------------------------------------------------

def blob_limit(role: str) -> int:
    """Bytes one blob may have: FIELDPLAN_SERVER_BLOB_LIMIT_MB (default 25); a participant account
    uploads only what it signs on its page, so at most 2 MB."""
    limit = int(float(os.environ.get("FIELDPLAN_SERVER_BLOB_LIMIT_MB", "25")) * 1024 * 1024)
    return min(limit, 2 * 1024 * 1024) if role == "participant" else limit


def missing_blobs(engine: Engine, account: Account, hashes: list[str]) -> list[str]:
    """The hashes this account has not uploaded itself: whether anyone else did is not told (it
    uploads them, and so proves it holds the file)."""
    with engine.connect() as conn:
        have = set(conn.scalars(select(t.blob_holder.c.sha256).where(t.blob_holder.c.account_id == account.id,
                                                                   t.blob_holder.c.sha256.in_(hashes))))
    return [h for h in hashes if h not in have]


def put_blob(engine: Engine, account: Account, sha256: str, data: bytes) -> None:
    if len(data) > blob_limit(account.role):
        raise ServerError(413, f"A file may have at most {blob_limit(account.role) // (1024 * 1024)} MB.")
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ServerError(422, "The uploaded bytes do not match their SHA-256.")
    with engine.begin() as conn:
        if conn.scalar(select(func.count()).select_from(t.blob).where(t.blob.c.sha256 == sha256)) == 0:
            conn.execute(insert(t.blob).values(sha256=sha256, data=data))
        held = select(func.count()).select_from(t.blob_holder).where(t.blob_holder.c.sha256 == sha256, t.blob_holder.c.account_id == account.id)
        if conn.scalar(held) == 0:
            conn.execute(insert(t.blob_holder).values(sha256=sha256, account_id=account.id))


NO_BLOB = "No such file on the server."


def get_blob(engine: Engine, account: Account, sha256: str) -> bytes:
    """A blob opens for its holders, and through a document or signature row in the caller's scope that
    a holder's push created with it; "not yours" and "not there" are the same 404."""
    with engine.connect() as conn:
        data = conn.scalar(select(t.blob.c.data).where(t.blob.c.sha256 == sha256))
        if data is None:
            raise ServerError(404, NO_BLOB)
        holders = select(t.blob_holder.c.account_id).where(t.blob_holder.c.sha256 == sha256)
        if account.id in set(conn.scalars(holders)):
            return data
        refs = conn.execute(select(t.blob_ref.c.table_name, t.blob_ref.c.row_id)
                            .where(t.blob_ref.c.sha256 == sha256, t.blob_ref.c.account_id.in_(holders))).all()
        orgs = scope_orgs(conn, account)
        participant = t.REPLICAS["participant"][0]
        for name, row_id in refs:
            table = t.REPLICAS[name][0]
            query = (select(func.count()).select_from(table.join(participant, participant.c.id == table.c.participant_id))
                     .where(table.c.id == row_id, table.c[t.BLOB_COLUMNS[name]] == sha256, table.c.deleted.is_(False)))
            if orgs is not None:
                query = query.where(participant.c.organization_id.in_(orgs))
            if conn.scalar(query):
                return data
    raise ServerError(404, NO_BLOB)
