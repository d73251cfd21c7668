"""Update Log, sync outbox/state, conflicts and encrypted blobs."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, ParticipantOwned, Synced, utcnow


class UpdateLogEntry(Synced, Base):
    """Who changed what, when, old → new. Insert-only; written in the same transaction as the change.

    `participant_id` is empty for changes outside a plan (users, employers, jobs).
    """

    __tablename__ = "update_log"
    __label__ = "Update Log"
    participant_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    user_name: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(20))  # added / changed / removed / uploaded
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(80), default="")
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")
    #: local only: False until the sync client has pushed this entry (log rows need no outbox op)
    pushed: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class Conflict(ParticipantOwned, Base):
    """A value that lost a concurrent edit; kept until somebody chooses (DESIGN.md, Sync)."""

    __tablename__ = "conflict"
    __label__ = "Conflict"
    #: empty for a conflict outside a plan (an organization's name, a user's phone)
    participant_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("participant.id"), nullable=True, index=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(80))
    kept_value: Mapped[str] = mapped_column(Text, default="")
    lost_value: Mapped[str] = mapped_column(Text, default="")
    kept_by: Mapped[str] = mapped_column(String(200), default="")
    lost_by: Mapped[str] = mapped_column(String(200), default="")
    kept_hlc: Mapped[str] = mapped_column(String(64), default="")
    lost_hlc: Mapped[str] = mapped_column(String(64), default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolution: Mapped[str] = mapped_column(Text, default="")


class Blob(Base):
    """Document bytes by SHA-256, inside the encrypted database (so encrypted with its key)."""

    __tablename__ = "blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class OutboxEntry(Base):
    """One captured change waiting to be pushed; `base` holds what the device saw before it."""

    __tablename__ = "sync_outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    participant_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    op: Mapped[str] = mapped_column(String(10))  # insert / update / delete
    fields: Mapped[str] = mapped_column(Text)  # JSON {column: wire value}
    base: Mapped[str] = mapped_column(Text, default="{}")
    base_seq: Mapped[int] = mapped_column(Integer, default=0)
    hlc: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(36))
    user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class RejectedOp(Base):
    """An op the server refused (validation, scope, table rule): out of the outbox so the rest syncs,
    kept with the server's reason until a person fixes or discards it."""

    __tablename__ = "sync_rejected"
    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    participant_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    op: Mapped[str] = mapped_column(String(10))
    fields: Mapped[str] = mapped_column(Text)
    base: Mapped[str] = mapped_column(Text, default="{}")
    base_seq: Mapped[int] = mapped_column(Integer, default=0)
    hlc: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(36))
    user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    errors: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{field, message}]
    rejected_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SyncState(Base):
    """Key/value: device id, pull cursor, server epoch, last HLC."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


__all__ = ["UpdateLogEntry", "Conflict", "Blob", "OutboxEntry", "RejectedOp", "SyncState", "Synced"]
