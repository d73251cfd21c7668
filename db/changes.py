"""Change capture: every write also appends Update Log rows and sync outbox rows, in the same session.

The recorder is the only way app services touch synced rows, so the log and the outbox cannot drift
from the data: they commit or roll back together.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from db.base import SYSTEM_COLUMNS, Synced, utcnow
from db.ids import uuid7
from db.models.participant import Participant
from db.models.records import OutboxEntry, UpdateLogEntry
from db.wire import for_people, to_wire


@dataclass(frozen=True)
class Author:
    user_id: str | None
    user_name: str
    device_id: str


@dataclass
class ChangeSet:
    """What one transaction changed, computed by the recorder from the rows it touched (never declared
    by the caller): the tables written and the participants whose plans they belong to. The UI runner
    announces exactly this, so a view cannot be left stale by a forgotten `kinds=` (Anki's OpChanges)."""

    tables: set[str] = field(default_factory=set)
    participant_ids: set[str] = field(default_factory=set)

    def note(self, table: str, participant_id: str | None) -> None:
        self.tables.add(table)
        if participant_id:
            self.participant_ids.add(participant_id)

    def update(self, other: "ChangeSet") -> None:
        self.tables |= other.tables
        self.participant_ids |= other.participant_ids

    def __bool__(self) -> bool:
        return bool(self.tables)


def data_columns(model: type) -> list[str]:
    return [c.key for c in inspect(model).column_attrs if c.key not in SYSTEM_COLUMNS]


def field_label(field: str) -> str:
    return field.replace("_id", "").replace("_", " ").capitalize()


def _participant_of(obj: Synced) -> str | None:
    if isinstance(obj, Participant):
        return obj.id
    return getattr(obj, "participant_id", None)


class ChangeRecorder:
    """Writes synced rows together with their Update Log entries and outbox ops."""

    def __init__(self, session: Session, author: Author, clock: Callable[[], str], base_seq: int = 0):
        self.session = session
        self.author = author
        self.clock = clock
        self.base_seq = base_seq
        #: every table and participant this recorder wrote (read it after the transaction commits)
        self.changes = ChangeSet()

    # -- the three writes ---------------------------------------------------------------------
    def add(self, obj: Synced, summary: str = "", *, log: bool = True) -> Synced:
        stamp = self._stamp(obj)
        if obj.id is None:
            obj.id = uuid7()
        if obj.deleted is None:
            obj.deleted = False
        for column in inspect(type(obj)).columns:
            if getattr(obj, column.key) is None and column.default is not None and column.key not in SYSTEM_COLUMNS:
                default = column.default.arg
                setattr(obj, column.key, default({}) if callable(default) else default)
        self.session.add(obj)
        if isinstance(obj, UpdateLogEntry):
            self.changes.note(UpdateLogEntry.__tablename__, obj.participant_id)
            return obj  # insert-only: the sync client pushes log rows themselves (pushed = False)
        fields = {f: to_wire(getattr(obj, f)) for f in data_columns(type(obj))}
        self._outbox(obj, "insert", fields, {}, stamp)
        if log:
            self.log(obj, "added", new=summary or type(obj).__label__)
        return obj

    def update(self, obj: Synced, values: dict[str, Any], *, log: bool = True) -> list[str]:
        """Set the fields that really change; returns their names (nothing logged when none do).

        `log=False` when the caller writes one summary entry for many rows (an attendance week).
        """
        changed = {f: v for f, v in values.items() if getattr(obj, f) != v}
        if not changed:
            return []
        base = {f: to_wire(getattr(obj, f)) for f in changed}
        stamp = self._stamp(obj)
        unlogged = getattr(type(obj), "__unlogged__", frozenset()) if log else frozenset(changed)
        secret = getattr(type(obj), "__secret__", frozenset())
        for name, value in changed.items():
            if name in secret:
                self.log(obj, "changed", field=field_label(name), old="(hidden)", new="(hidden)")
            elif name not in unlogged:
                self.log(obj, "changed", field=field_label(name), old=for_people(getattr(obj, name)), new=for_people(value))
            setattr(obj, name, value)
        self._outbox(obj, "update", {f: to_wire(v) for f, v in changed.items()}, base, stamp)
        return list(changed)

    def remove(self, obj: Synced, summary: str = "") -> None:
        """Deletes are tombstones: the row stays, marked, so the deletion can sync."""
        if obj.deleted:
            return
        stamp = self._stamp(obj)
        obj.deleted = True
        self._outbox(obj, "delete", {"deleted": True}, {"deleted": False}, stamp)
        self.log(obj, "removed", old=summary or type(obj).__label__)

    def log(self, obj: Synced, action: str, field: str = "", old: str = "", new: str = "") -> None:
        entry = UpdateLogEntry(
            id=uuid7(),
            participant_id=_participant_of(obj),
            at=utcnow(),
            user_id=self.author.user_id,
            user_name=self.author.user_name,
            action=action,
            entity=type(obj).__label__,
            entity_id=obj.id,
            field=field,
            old=old,
            new=new,
        )
        self.add(entry)

    # -- internals ----------------------------------------------------------------------------
    def _stamp(self, obj: Synced) -> str:
        stamp = self.clock()
        obj.hlc = stamp
        obj.device_id = self.author.device_id
        obj.updated_at = utcnow()
        obj.updated_by = self.author.user_id
        return stamp

    def _outbox(self, obj: Synced, op: str, fields: dict, base: dict, stamp: str) -> None:
        self.changes.note(type(obj).__tablename__, _participant_of(obj))
        self.session.add(
            OutboxEntry(
                change_id=uuid7(),
                table_name=type(obj).__tablename__,
                row_id=obj.id,
                participant_id=_participant_of(obj),
                op=op,
                fields=json.dumps(fields, ensure_ascii=False),
                base=json.dumps(base, ensure_ascii=False),
                base_seq=self.base_seq,
                hlc=stamp,
                device_id=self.author.device_id,
                user_id=self.author.user_id,
            )
        )
