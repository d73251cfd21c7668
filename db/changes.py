"""Change capture: every write also appends Update Log rows and sync outbox rows, in the same session.

The recorder is the only way app services touch synced rows, so the log and the outbox cannot drift
from the data: they commit or roll back together.

Batched (the default): the Update Log and outbox rows are not ORM objects. The recorder keeps them as
plain rows and writes them with one Core executemany per table when the transaction commits, or
before any statement in the same session that reads those tables (or that it cannot tell apart), so a
reader inside the transaction still sees them. Profiled on the demo: the per-row ORM flush of these
rows was most of the write path's cost. `ChangeRecorder.batched = False` keeps the per-row ORM path
(the test that compares the two row for row uses it).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session
from sqlalchemy.sql.util import find_tables

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


_DATA_COLUMNS: dict[type, list[str]] = {}
_DEFAULTS: dict[type, list[tuple[str, Any]]] = {}
#: the session.info key of the recorder writing in that session
_RECORDER = "fieldplan_recorder"
_LOG_INSERT = insert(UpdateLogEntry.__table__)
_OUTBOX_INSERT = insert(OutboxEntry.__table__)
_BATCHED_NAMES = frozenset({UpdateLogEntry.__tablename__, OutboxEntry.__tablename__})


def data_columns(model: type) -> list[str]:
    columns = _DATA_COLUMNS.get(model)
    if columns is None:
        columns = _DATA_COLUMNS[model] = [c.key for c in inspect(model).column_attrs if c.key not in SYSTEM_COLUMNS]
    return list(columns)


def _column_defaults(model: type) -> list[tuple[str, Any]]:
    """(attribute, default) of the columns a new row gets its Python default for (read once per model)."""
    defaults = _DEFAULTS.get(model)
    if defaults is None:
        defaults = _DEFAULTS[model] = [(c.key, c.default.arg) for c in inspect(model).columns
                                       if c.default is not None and c.key not in SYSTEM_COLUMNS]
    return defaults


def field_label(field: str) -> str:
    return field.replace("_id", "").replace("_", " ").capitalize()


def _participant_of(obj: Synced) -> str | None:
    if isinstance(obj, Participant):
        return obj.id
    return getattr(obj, "participant_id", None)


class ChangeRecorder:
    """Writes synced rows together with their Update Log entries and outbox ops."""

    #: False: every log and outbox row is an ORM object flushed with the data (the reference path)
    batched = True

    def __init__(self, session: Session, author: Author, clock: Callable[[], str], base_seq: int = 0,
                 check: Callable[[type, dict[str, Any], bool], None] | None = None):
        self.session = session
        #: called with (model, Python values, is_insert) before anything is written; raises to refuse
        #: (the app's hook turns db/columns problems into a ValidationError naming the field)
        self.check = check
        self.author = author
        self.clock = clock
        self.base_seq = base_seq
        #: every table and participant this recorder wrote (read it after the transaction commits)
        self.changes = ChangeSet()
        self._log_rows: list[dict] = []
        self._outbox_rows: list[dict] = []
        session.info[_RECORDER] = self

    # -- the three writes ---------------------------------------------------------------------
    def add(self, obj: Synced, summary: str = "", *, log: bool = True) -> Synced:
        stamp = self._stamp(obj)
        if obj.id is None:
            obj.id = uuid7()
        if obj.deleted is None:
            obj.deleted = False
        for key, default in _column_defaults(type(obj)):
            if getattr(obj, key) is None:
                setattr(obj, key, default({}) if callable(default) else default)
        if self.check is not None:
            self.check(type(obj), {f: getattr(obj, f) for f in data_columns(type(obj))}, True)
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
        if self.check is not None:
            self.check(type(obj), changed, False)
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
        participant_id = _participant_of(obj)
        values = dict(id=uuid7(), participant_id=participant_id, at=utcnow(), user_id=self.author.user_id,
                      user_name=self.author.user_name, action=action, entity=type(obj).__label__, entity_id=obj.id,
                      field=field, old=old, new=new)
        if not self.batched:
            self.add(UpdateLogEntry(**values))
            return
        # the columns rec.add would stamp and default on an UpdateLogEntry (insert-only: no outbox op)
        values.update(hlc=self.clock(), device_id=self.author.device_id, deleted=False, updated_at=utcnow(),
                      updated_by=self.author.user_id, pushed=False)
        self._log_rows.append(values)
        self.changes.note(UpdateLogEntry.__tablename__, participant_id)

    def flush_pending(self) -> None:
        """Write the log and outbox rows kept so far: one executemany per table, in recorded order."""
        if not (self._log_rows or self._outbox_rows):
            return
        connection = self.session.connection()
        if self._log_rows:
            rows, self._log_rows = self._log_rows, []
            connection.execute(_LOG_INSERT, rows)
        if self._outbox_rows:
            rows, self._outbox_rows = self._outbox_rows, []
            connection.execute(_OUTBOX_INSERT, rows)

    # -- internals ----------------------------------------------------------------------------
    def _stamp(self, obj: Synced) -> str:
        stamp = self.clock()
        obj.hlc = stamp
        obj.device_id = self.author.device_id
        obj.updated_at = utcnow()
        obj.updated_by = self.author.user_id
        return stamp

    def _outbox(self, obj: Synced, op: str, fields: dict, base: dict, stamp: str) -> None:
        participant_id = _participant_of(obj)
        self.changes.note(type(obj).__tablename__, participant_id)
        if not getattr(type(obj), "__pushed__", True):
            return  # kept on this laptop only: the server never takes such rows from a device
        values = dict(change_id=uuid7(), table_name=type(obj).__tablename__, row_id=obj.id, participant_id=participant_id,
                      op=op, fields=json.dumps(fields, ensure_ascii=False), base=json.dumps(base, ensure_ascii=False),
                      base_seq=self.base_seq, hlc=stamp, device_id=self.author.device_id, user_id=self.author.user_id)
        if self.batched:
            values["created_at"] = utcnow()
            self._outbox_rows.append(values)
        else:
            self.session.add(OutboxEntry(**values))


def _pending(session: Session) -> ChangeRecorder | None:
    recorder = session.info.get(_RECORDER)
    return recorder if recorder is not None and (recorder._log_rows or recorder._outbox_rows) else None


@event.listens_for(Session, "do_orm_execute")
def _before_reading_the_log(state) -> None:
    """A statement that may read the Update Log or the outbox sees the rows kept so far (a SELECT of
    other mapped tables does not wait for them: that is what keeps the writes batched)."""
    recorder = _pending(state.session)
    if recorder is None:
        return
    if not state.is_select or _BATCHED_NAMES & {t.name for t in find_tables(state.statement, include_joins=True)}:
        recorder.flush_pending()


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    recorder = _pending(session)
    if recorder is not None:
        recorder.flush_pending()
