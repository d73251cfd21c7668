"""Change capture: every write also appends Update Log rows and sync outbox rows, in the same session.

The recorder is the only way app services touch synced rows, so the log and the outbox cannot drift
from the data: they commit or roll back together.

Batched (the default), nothing the recorder writes is flushed row by row:
- the Update Log and outbox rows are never ORM objects: they are kept as plain rows;
- a NEW data row is kept as a plain row too (`_add_kept`: stamped, defaulted and checked as `add`
  does), and its object joins the session as if loaded, so `Session.get` finds it without a SELECT
  and the unit of work never INSERTs it; a later `update` or `remove` of it changes the kept row;
- kept rows go in as one DBAPI executemany per table, through each column's bind processor, when the
  transaction commits or just before a statement in the same session that may read their table (or
  that the recorder cannot tell apart: a write statement, plain SQL), so a reader inside the
  transaction still sees them;
- the session's autoflush is off: changes to rows already written are flushed by the unit of work
  only before a statement that reads their table (or before one it cannot tell apart);
- rows loaded in the transaction stay in its identity map until the commit;
- foreign keys are checked at the commit (`PRAGMA defer_foreign_keys`): kept rows go table by table,
  and the models have no relationship() that would order them;
- a kept write the database refuses leaves the transaction unable to commit.
Profiled on the demo, the per-row ORM flush was most of the write path's cost.
`ChangeRecorder.batched = False` keeps the per-row ORM path; tests/db/test_batched_recorder.py
writes the same demo caseload both ways and compares every table row for row.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value
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


_INSERT_KEYS: dict[type, tuple[str, ...]] = {}
_INSERTS: dict[str, Any] = {}


def _insert_keys(model: type) -> tuple[str, ...]:
    """The attributes a batched insert writes: every column of the table."""
    keys = _INSERT_KEYS.get(model)
    if keys is None:
        keys = _INSERT_KEYS[model] = tuple(c.key for c in inspect(model).column_attrs)
    return keys


def _insert_of(table_name: str):
    statement = _INSERTS.get(table_name)
    if statement is None:
        import db.models  # noqa: F401 - every table registered
        from db.base import Base

        statement = _INSERTS[table_name] = insert(Base.metadata.tables[table_name])
    return statement


#: (table, its rows' keys) → (INSERT text, each key's bind processor): a plain executemany's plan
_PLANS: dict[tuple[str, tuple[str, ...]], tuple[str, tuple]] = {}


def _executemany(connection, table, rows: list[dict]) -> None:
    """One INSERT of `rows` (dicts with the same keys) as a single DBAPI executemany. The values go
    through each column type's own bind processor, as a Core insert sends them, without Core's
    per-row parameter compilation (profiled: most of the cost of writing thousands of log rows)."""
    keys = tuple(rows[0])
    if any(len(row) != len(keys) for row in rows):  # rows of different shapes: let Core sort them out
        connection.execute(insert(table), rows)
        return
    plan = _PLANS.get((table.name, keys))
    if plan is None:
        dialect = connection.dialect
        quote = dialect.identifier_preparer.quote
        columns = [table.columns[k] for k in keys]
        sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
               f"VALUES ({', '.join('?' * len(columns))})")
        plan = _PLANS[(table.name, keys)] = (sql, tuple(c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns))
    sql, processors = plan
    pairs = tuple(zip(keys, processors))
    params = [tuple(row[k] if p is None or row[k] is None else p(row[k]) for k, p in pairs) for row in rows]
    connection.exec_driver_sql(sql, params)


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
        #: batched: the tables of the rows added, changed or removed since the session last flushed,
        #: and how many rows those are (more pending in the session means a write outside the recorder)
        self._unflushed: set[str] = set()
        self._unflushed_rows: set[int] = set()
        #: batched: table → id(object) → (object, row) of the inserts not yet written (in order)
        self._inserts: dict[str, dict[int, tuple[Synced, dict]]] = {}
        self._loaded: list = []
        session.info[_RECORDER] = self
        self._foreign_keys_deferred = False
        #: a kept write that failed: the transaction must not commit
        self._broken: BaseException | None = None
        if self.batched:
            session.autoflush = False

    # -- the three writes ---------------------------------------------------------------------
    def add(self, obj: Synced, summary: str = "", *, log: bool = True) -> Synced:
        if self.batched and not isinstance(obj, UpdateLogEntry):
            return self._add_kept(obj, summary, log)
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
        self._track(obj)
        if isinstance(obj, UpdateLogEntry):
            self.changes.note(UpdateLogEntry.__tablename__, obj.participant_id)
            return obj  # insert-only: the sync client pushes log rows themselves (pushed = False)
        fields = {f: to_wire(getattr(obj, f)) for f in data_columns(type(obj))}
        self._outbox(obj, "insert", fields, {}, stamp)
        if log:
            self.log(obj, "added", new=summary or type(obj).__label__)
        return obj

    def _add_kept(self, obj: Synced, summary: str, log: bool) -> Synced:
        """`add`, batched: the same values stamped, defaulted and checked, read from and written to the
        object's dictionary as one row (no attribute events per column), and kept for one
        executemany of its table; the object joins the session as if loaded, so `Session.get` finds
        it without a SELECT and no unit of work INSERTs it."""
        model = type(obj)
        state = obj.__dict__
        row = {key: state.get(key) for key in _insert_keys(model)}
        stamp = self.clock()
        row.update(hlc=stamp, device_id=self.author.device_id, updated_at=utcnow(), updated_by=self.author.user_id)
        if row["id"] is None:
            row["id"] = uuid7()
        if row["deleted"] is None:
            row["deleted"] = False
        for key, default in _column_defaults(model):
            if row[key] is None:
                row[key] = default({}) if callable(default) else default
        data = data_columns(model)
        if self.check is not None:
            self.check(model, {f: row[f] for f in data}, True)
        state.update(row)  # a transient object's values live in its __dict__; history is reset next
        make_transient_to_detached(obj)
        self.session.add(obj)
        self._inserts.setdefault(model.__tablename__, {})[id(obj)] = (obj, row)
        self._outbox(obj, "insert", {f: to_wire(row[f]) for f in data}, {}, stamp)
        if log:
            self.log(obj, "added", new=summary or model.__label__)
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
            self._set(obj, name, value)
        self._outbox(obj, "update", {f: to_wire(v) for f, v in changed.items()}, base, stamp)
        return list(changed)

    def remove(self, obj: Synced, summary: str = "") -> None:
        """Deletes are tombstones: the row stays, marked, so the deletion can sync."""
        if obj.deleted:
            return
        stamp = self._stamp(obj)
        self._set(obj, "deleted", True)
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
        with self._or_broken():
            if self._log_rows:
                rows, self._log_rows = self._log_rows, []
                _executemany(connection, _LOG_INSERT.table, rows)
            if self._outbox_rows:
                rows, self._outbox_rows = self._outbox_rows, []
                _executemany(connection, _OUTBOX_INSERT.table, rows)

    @contextmanager
    def _or_broken(self) -> Iterator[None]:
        """A kept write that fails (a unique index) leaves the transaction unable to commit: the rows
        after it in its executemany, and the log and outbox rows of all of them, would be missing."""
        try:
            yield
        except BaseException as exc:
            self._broken = exc
            raise

    def must_flush(self, tables: frozenset[str] | None) -> bool:
        """Whether a statement reading `tables` (None: cannot tell) needs the session flushed first."""
        session = self.session
        if not (session._new or session.identity_map._modified or session._deleted):
            return False
        if tables is None or not tables.isdisjoint(self._unflushed):
            return True
        # a row pending that the recorder did not write: its table is unknown here, so flush to be safe
        pending = len(session._new) + len(session.identity_map._modified) + len(session._deleted)
        return pending > len(self._unflushed_rows)

    # -- internals ----------------------------------------------------------------------------
    def _track(self, obj: Synced) -> None:
        self._unflushed.add(obj.__tablename__)
        self._unflushed_rows.add(id(obj))

    def _stamp(self, obj: Synced) -> str:
        stamp = self.clock()
        kept = self._inserts.get(obj.__tablename__, {}).get(id(obj)) if self._inserts else None
        if kept is not None:  # an insert not yet written: its row takes the new stamp
            for name, value in (("hlc", stamp), ("device_id", self.author.device_id), ("updated_at", utcnow()),
                                ("updated_by", self.author.user_id)):
                self._set(obj, name, value)
            return stamp
        obj.hlc = stamp
        obj.device_id = self.author.device_id
        obj.updated_at = utcnow()
        obj.updated_by = self.author.user_id
        return stamp

    def _set(self, obj: Synced, name: str, value: Any) -> None:
        """Set a field: in the kept row of an insert not yet written (no UPDATE after it), or on the
        object, which the unit of work then updates."""
        kept = self._inserts.get(obj.__tablename__, {}).get(id(obj)) if self._inserts else None
        if kept is None:
            setattr(obj, name, value)
            self._track(obj)
            return
        kept[1][name] = value
        set_committed_value(obj, name, value)

    def flush_inserts(self, tables: frozenset[str] | None = None) -> None:
        """Write the kept inserts of `tables` (None: all), one executemany per table."""
        if not self._inserts:
            return
        names = list(self._inserts) if tables is None else [t for t in self._inserts if t in tables]
        if not names:
            return
        connection = self.session.connection()
        if not self._foreign_keys_deferred:  # kept rows go table by table, not parents first
            connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # SQLite resets it at the commit
            self._foreign_keys_deferred = True
        with self._or_broken():
            for name in names:
                kept = self._inserts.pop(name)
                _executemany(connection, _insert_of(name).table, [row for _obj, row in kept.values()])

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
    return recorder if recorder is not None and (recorder._inserts or recorder._log_rows or recorder._outbox_rows) else None


#: statement cache key → the names of the tables it reads (None: plain SQL, cannot tell)
_TABLES_READ: dict[Any, frozenset[str] | None] = {}


def _tables_read(statement) -> frozenset[str] | None:
    """The tables a SELECT may read, found once per statement shape (its SQL cache key)."""
    key = statement._generate_cache_key()
    if key is None:
        return None
    names = _TABLES_READ.get(key.key)
    if names is None:
        if len(_TABLES_READ) > 2000:
            _TABLES_READ.clear()
        names = _TABLES_READ[key.key] = frozenset(t.name for t in find_tables(statement, include_joins=True))
    return names


@event.listens_for(Session, "do_orm_execute")
def _before_reading(state) -> None:
    """A statement that may read the Update Log, the outbox or a table with rows kept unflushed sees
    those rows (a SELECT of other tables does not wait for them: that is what keeps the writes batched)."""
    recorder = state.session.info.get(_RECORDER)
    if recorder is None:
        return
    tables = _tables_read(state.statement) if state.is_select else None
    if recorder._inserts:
        recorder.flush_inserts(tables)
    if recorder.batched and recorder.must_flush(tables):
        state.session.flush()
    if (recorder._log_rows or recorder._outbox_rows) and (tables is None or not _BATCHED_NAMES.isdisjoint(tables)):
        recorder.flush_pending()


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context, _instances) -> None:
    """A kept insert whose object was then changed outside the recorder (the unit of work would
    UPDATE a row not yet written): its table's kept rows are written first."""
    recorder = session.info.get(_RECORDER)
    if recorder is None or not recorder._inserts:
        return
    kept = recorder._inserts
    tables = frozenset(o.__tablename__ for o in session.dirty if id(o) in kept.get(o.__tablename__, ()))
    if tables:
        recorder.flush_inserts(tables)


@event.listens_for(Session, "loaded_as_persistent")
def _keep_loaded(session: Session, instance) -> None:
    """Batched: what the transaction loaded stays in its identity map until the commit (the map only
    holds rows weakly), so the next service call's `Session.get` of the same catalog item, goal or
    participant is a dictionary look-up, not a SELECT."""
    recorder = session.info.get(_RECORDER)
    if recorder is not None and recorder.batched:
        recorder._loaded.append(instance)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context) -> None:
    recorder = session.info.get(_RECORDER)
    if recorder is not None:
        recorder._unflushed.clear()
        recorder._unflushed_rows.clear()


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    recorder = session.info.get(_RECORDER)
    if recorder is not None and recorder._broken is not None:
        raise RuntimeError("a batched write failed earlier in this transaction: nothing of it is saved") from recorder._broken
    recorder = _pending(session)
    if recorder is not None:
        recorder.flush_inserts()
        recorder.flush_pending()
