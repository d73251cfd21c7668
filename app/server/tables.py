"""The server's schema: a replica of every synced table plus the server's own bookkeeping.

Replicas copy the device tables' columns but not their foreign keys or unique constraints: rows
arrive from many devices in any order, and the merge (app/server/merge.py) is what keeps them sane.

Every change to these tables (or to a synced model's columns, which the replicas copy) needs a revision in
app/server/migrations/versions (`fieldplan-server migrate`); tests/server/test_server_migrations.py fails
when the chain and this metadata disagree.
"""
from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Column, DateTime, Index, LargeBinary, MetaData, String, Table, Text, create_engine, event
from sqlalchemy.engine import Engine

from db.models import synced_tables

metadata = MetaData()

#: table name → (server Table, device model class)
REPLICAS: dict[str, tuple[Table, type]] = {}
for _name, _model in sorted(synced_tables().items()):
    _columns = [Column(c.name, c.type, primary_key=c.primary_key, nullable=c.primary_key is False) for c in _model.__table__.columns]
    REPLICAS[_name] = (Table(_name, metadata, *_columns), _model)

from db.base import ParticipantOwned  # noqa: E402

#: tables whose rows belong to a participant's plan (scope follows the participant); the Update Log
#: and conflicts may belong to a plan or to nothing
PLAN_TABLES = frozenset(n for n, (_, m) in REPLICAS.items() if issubclass(m, ParticipantOwned)) | {"update_log"}


def participant_of(name: str, row: dict) -> str | None:
    if name == "participant":
        return row["id"]
    return row.get("participant_id") if name in PLAN_TABLES else None


#: one row per synced row: its latest change's seq (monotonic over accepted changes) and its participant
change = Table(
    "srv_change", metadata,
    Column("table_name", String(60), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("seq", BigInteger, nullable=False, unique=True),
    Column("participant_id", String(36), nullable=True),
    #: the row as devices receive it (JSON of its wire values, secrets blanked), written with the change so a
    #: pull reads one table and sends the text as it is; NULL for changes written before 0003 (read from the replica)
    Column("row_json", Text, nullable=True),
    #: the device whose own push made the row what it is, on top of every version of it that device held: a pull
    #: by that device skips it (it holds exactly this row); NULL for merges, conflicts and server writes
    Column("echo_device", String(64), nullable=True),
)
#: a participant's feed in order (the participant's page, scope filters); also serves lookups by participant alone
Index("ix_srv_change_participant_seq", change.c.participant_id, change.c.seq)
#: the first answer to each pushed op: a replay gets the same answer and writes nothing
receipt = Table(
    "srv_receipt", metadata,
    Column("change_id", String(64), primary_key=True),
    Column("status", String(20), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("conflicts", BigInteger, nullable=False, default=0),
)
#: device tokens: only the SHA-256 of the token is stored; revoking sets `revoked`
token = Table(
    "srv_token", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("account_id", String(36), nullable=False, index=True),
    Column("device_id", String(64), nullable=False),
    Column("device_name", String(200), nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
)
#: who may sign in to the server, and their scope (organization or region ids of the replica)
account = Table(
    "srv_account", metadata,
    Column("id", String(36), primary_key=True),
    Column("username", String(80), nullable=False, unique=True),
    Column("full_name", String(200), nullable=False, default=""),
    Column("password_hash", Text, nullable=False),
    Column("role", String(40), nullable=False),
    Column("organization_id", String(36), nullable=True),
    Column("region_id", String(36), nullable=True),
    Column("active", Boolean, nullable=False, default=True),
)
#: epoch (changes when the database is restored from a backup) and the seq counter
meta = Table("srv_meta", metadata, Column("key", String(40), primary_key=True), Column("value", Text, nullable=False))
blob = Table("srv_blob", metadata, Column("sha256", String(64), primary_key=True), Column("data", LargeBinary, nullable=False))
#: accounts that uploaded a blob's bytes (proved they had the file)
blob_holder = Table("srv_blob_holder", metadata, Column("sha256", String(64), primary_key=True),
                    Column("account_id", String(36), primary_key=True))
#: which account's push named a blob in a document or signature row: only a row created by a holder opens it
blob_ref = Table("srv_blob_ref", metadata, Column("sha256", String(64), primary_key=True), Column("table_name", String(60), primary_key=True),
                 Column("row_id", String(36), primary_key=True), Column("account_id", String(36), primary_key=True))
#: devices an administrator marked to be wiped (app/server/guard.py)
wipe = Table("srv_wipe", metadata, Column("device_id", String(64), primary_key=True), Column("marked_at", DateTime, nullable=False))
#: failed sign-ins per account / client address in the current window
throttle = Table("srv_throttle", metadata, Column("key", String(200), primary_key=True), Column("failures", BigInteger, nullable=False),
                 Column("since", DateTime, nullable=False))
#: table → columns that never leave the server (password hashes): sent empty
SECRETS = {name: frozenset(getattr(model, "__secret__", ())) for name, (_, model) in REPLICAS.items() if getattr(model, "__secret__", ())}


def for_device(name: str, row: dict) -> dict:
    secret = SECRETS.get(name)
    return {k: ("" if k in secret else v) for k, v in row.items()} if secret else row


#: the columns that name a blob
BLOB_COLUMNS = {"document": "sha256", "signature": "png_sha256"}

Index("ix_participant_organization", REPLICAS["participant"][0].c.organization_id)


def make_engine(url: str) -> Engine:
    """SQLite gets WAL and a busy timeout; PostgreSQL uses psycopg 3 (`postgresql+psycopg://`)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record):  # noqa: ANN001
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")

        return engine
    # executemany INSERTs stay psycopg's pipelined executemany: as multi-row INSERT … VALUES (SQLAlchemy's
    # use_insertmanyvalues_wo_returning) a 25-row case_note insert cost 1.96 ms CPU / 15.6 ms wall against 1.47 / 8.5,
    # psycopg parsing each long statement anew
    return create_engine(url, pool_size=8, max_overflow=8, pool_pre_ping=True, hide_parameters=True)
