"""Declarative base and the columns every synced row carries."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from db.ids import uuid7

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns of every row that travels between devices and the server.

    `hlc` orders writes across devices (hybrid logical clock), `device_id` says which device wrote
    last, `deleted` is the tombstone: a synced row is never removed, only marked.
    """

    __synced__ = True
    #: fields a person typed, shown in the Update Log with this label
    __label__ = "record"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    hlc: Mapped[str] = mapped_column(String(64), default="")
    device_id: Mapped[str] = mapped_column(String(36), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class ParticipantOwned(Synced):
    """A row that belongs to one participant's plan: scope follows the participant."""

    @declared_attr
    def participant_id(cls) -> Mapped[str]:  # noqa: N805 - SQLAlchemy declared_attr
        return mapped_column(String(36), ForeignKey("participant.id"), index=True)


SYSTEM_COLUMNS = frozenset({"id", "hlc", "device_id", "updated_at", "updated_by"})
