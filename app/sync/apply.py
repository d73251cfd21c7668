"""Writing pulled rows into the device's database.

THE ONE SANCTIONED EXCEPTION to "every write goes through a service": rows pulled from the server
are other devices' changes that were already validated, logged and merged there. Writing them
through the ChangeRecorder would append outbox ops (echoing them back) and Update Log entries of
our own, so this module writes the rows directly with SQLAlchemy Core, one page per transaction:

- foreign keys are deferred to the commit (`PRAGMA defer_foreign_keys=ON`) and, for the page's
  connection, not enforced at all (`PRAGMA foreign_keys=OFF`, restored after): the feed lists each row
  at its LATEST change, so a parent edited after its children arrives on a later page than they do.
  The parent always arrives within the same pull (it is in scope, or global), so the gap closes;
- a field with a pending local op (an outbox row not yet pushed) is not overwritten: the local op is
  pushed later with its base and the server merges it (rebase);
- derived columns (Participant.search_key) are recomputed from the stored values;
- pulled Update Log rows are inserted as-is (marked pushed) and never updated;
- the cursor, the server epoch and the clock are saved in the same transaction, so an interrupted
  pull resumes from the last committed page: no loss, no duplicates.
"""
from __future__ import annotations

import json

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from db.changes import data_columns
from db.models import OutboxEntry, Participant, SyncState, User, synced_tables

TABLES = synced_tables()


def pending_fields(session) -> dict[str, set[str]]:
    """Row id → fields with a local op not yet pushed."""
    pending: dict[str, set[str]] = {}
    for row_id, fields in session.execute(select(OutboxEntry.row_id, OutboxEntry.fields)):
        pending.setdefault(row_id, set()).update(json.loads(fields))
    return pending


def apply_page(workspace, changes: list, cursor: int, epoch: str) -> int:
    """Apply one pulled page and move the cursor, all in ONE transaction. Returns the rows written."""
    with workspace.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys=OFF")  # set before BEGIN: a pragma inside a transaction is ignored
        try:
            with Session(bind=conn) as session, session.begin():
                return _apply(workspace, session, changes, cursor, epoch)
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _apply(workspace, session, changes: list, cursor: int, epoch: str) -> int:
    written = 0
    conn = session.connection()
    conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    pending = pending_fields(session)
    by_table: dict[str, list[dict]] = {}
    newest = ""
    for change in changes:
        by_table.setdefault(change.table_name, []).append(change.row)
        newest = max(newest, change.row.get("hlc") or "")
    for name, rows in by_table.items():
        written += _apply_table(conn, name, rows, pending, workspace.device_id)
    if "participant" in by_table:
        _derive_search_keys(conn, [r["id"] for r in by_table["participant"]])
    workspace.clock.observe(newest)
    for key, value in (("cursor", str(cursor)), ("server_epoch", epoch), ("hlc", workspace.clock.last())):
        session.merge(SyncState(key=key, value=value))
    return written


def _apply_table(conn, name: str, rows: list[dict], pending: dict[str, set[str]], device_id: str = "") -> int:
    model = TABLES.get(name)
    if model is None:
        return 0  # a table this version does not know yet
    table = model.__table__
    ids = [r["id"] for r in rows]
    held: dict[str, str] = {}  # id → the HLC of the write this device holds
    for start in range(0, len(ids), 500):
        held.update(conn.execute(select(table.c.id, table.c.hlc).where(table.c.id.in_(ids[start:start + 500]))).all())
    existing = set(held)
    if name != "update_log":
        rows = _skip_own_echo(conn, model, rows, held, device_id)
    inserts, updates, partial = [], [], []
    convert = _converters(model)
    if name != "app_user":  # the common case: rows go from their wire values straight into the statements' tuples
        fresh, changed = [], []
        for row in rows:
            row_id = row["id"]
            if row_id not in existing:
                fresh.append(row)
            elif name == "update_log":
                continue  # insert-only
            elif row_id in pending:
                values = {c: (convert[c](v) if v is not None else None) for c, v in row.items() if c in convert}
                partial.append((row_id, {c: v for c, v in values.items()
                                         if c not in pending[row_id] and c in data_columns(model) and c not in getattr(model, "__secret__", ())}))
            else:
                changed.append(row)
        writer, extra = _writer(model, conn.dialect), {"pushed": True} if name == "update_log" else {}
        _execute(conn, table, partial, (lambda cursor, rows: writer.insert_wire(cursor, rows, extra), fresh), (writer.update_wire, changed))
        return len(fresh) + len(changed) + len(partial)
    for row in rows:
        values = {c: (convert[c](v) if v is not None else None) for c, v in row.items() if c in convert}
        if name == "update_log":
            values["pushed"] = True
            if row["id"] not in existing:
                inserts.append(values)
            continue  # insert-only
        if row["id"] not in existing:
            inserts.append(_with_defaults(model, values))
        elif row["id"] in pending:
            kept = {c: v for c, v in values.items()
                    if c not in pending[row["id"]] and c in data_columns(model) and c not in getattr(model, "__secret__", ())}
            partial.append((row["id"], kept))
        else:
            updates.append(values)
    if name == "app_user":
        _rename_clashing_users(conn, inserts + updates)
    writer = _writer(model, conn.dialect)
    _execute(conn, table, partial, (writer.insert, inserts), (writer.update, updates))
    return len(inserts) + len(updates) + len(partial)


def _execute(conn, table, partial: list[tuple[str, dict]], *writes) -> None:
    """Each (write, rows) with rows on one DB-API cursor, then the rows with changes pending here, whose
    other columns alone are updated (through Core)."""
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        for write, rows in writes:
            if rows:
                write(cursor, rows)
    finally:
        cursor.close()
    for row_id, kept in partial:
        if kept:
            conn.execute(update(table).where(table.c.id == row_id).values(kept))


class _Writer:
    """Per table, the INSERT and UPDATE of pulled rows as plain DB-API `executemany` over tuples of values already
    converted to what the column stores (each column type's own bind processor, looked up once): SQLAlchemy's
    per-row parameter processing was most of a pulled page's cost. Written in slices of SLICE rows, so the GIL
    changes hands between them (the window's thread runs while a page is written)."""

    SLICE = 250

    def __init__(self, model: type, dialect):
        table = model.__table__
        self.columns = [c.name for c in table.columns]
        self.processors = {c.name: c.type.bind_processor(dialect) for c in table.columns}
        #: python-side defaults of the columns a row may leave out (a newer server may not send a column yet)
        self.defaults = {c.name: c.default.arg for c in table.columns if c.default is not None and not c.default.is_sequence}
        self.server_defaulted = {c.name for c in table.columns if c.server_default is not None}
        #: wire value → stored value, per column (the wire converter, then the type's bind processor)
        convert = _converters(model)
        self.to_db = {c: _compose(convert.get(c, _same), self.processors[c]) for c in self.columns}
        #: NOT NULL columns with a default: a missing or null value takes it (as _with_defaults does)
        self.fill = {c.name: c.default.arg for c in table.columns if not c.nullable and c.default is not None and not c.default.is_sequence}
        secret = getattr(model, "__secret__", frozenset())  # the server sends them empty: keep what this laptop holds
        self.update_keys = [c for c in self.columns if c not in ("id", "pushed") and c not in secret]
        quote = dialect.identifier_preparer.quote
        self.table = quote(table.name)
        self.quote = quote
        self.update_sql = (f"UPDATE {self.table} SET {', '.join(f'{quote(c)} = ?' for c in self.update_keys)} WHERE {quote('id')} = ?")

    def _value(self, name: str, value):
        processor = self.processors[name]
        return processor(value) if processor is not None and value is not None else value

    def insert(self, cursor, rows: list[dict]) -> None:
        groups: dict[tuple, list[dict]] = {}
        for row in rows:  # the same columns in every row of a page, unless the server is of another version
            groups.setdefault(tuple(c for c in self.columns if c in row or c in self.defaults or c not in self.server_defaulted), []).append(row)
        for names, group in groups.items():
            sql = f"INSERT INTO {self.table} ({', '.join(self.quote(c) for c in names)}) VALUES ({', '.join('?' * len(names))})"
            for start in range(0, len(group), self.SLICE):
                cursor.executemany(sql, [tuple(self._value(c, self._or_default(row, c)) for c in names) for row in group[start:start + self.SLICE]])

    def _or_default(self, row: dict, name: str):
        if name in row:
            return row[name]
        default = self.defaults.get(name)
        return default({}) if callable(default) else default

    def insert_wire(self, cursor, rows: list[dict], fixed: dict) -> None:
        """New rows from their wire values: each value through the column's wire converter and bind processor in one
        step (no dict of Python values in between); a missing or null value of a NOT NULL column takes its default."""
        groups: dict[tuple, list[dict]] = {}
        for row in rows:
            groups.setdefault(tuple(c for c in self.columns if c in row or c in fixed or c in self.defaults or c not in self.server_defaulted),
                              []).append(row)
        for names, group in groups.items():
            sql = f"INSERT INTO {self.table} ({', '.join(self.quote(c) for c in names)}) VALUES ({', '.join('?' * len(names))})"
            steps = [(c, self.to_db[c], self.processors[c], fixed.get(c, _NO_VALUE), self.defaults.get(c, _NO_VALUE),
                      self.fill.get(c, _NO_VALUE)) for c in names]
            for start in range(0, len(group), self.SLICE):
                cursor.executemany(sql, [tuple(_wire_value(row, *step) for step in steps) for row in group[start:start + self.SLICE]])

    def update_wire(self, cursor, rows: list[dict]) -> None:
        steps = [(c, self.to_db[c]) for c in self.update_keys]
        for start in range(0, len(rows), self.SLICE):
            cursor.executemany(self.update_sql, [tuple(None if (v := row.get(c)) is None else to_db(v) for c, to_db in steps) + (row["id"],)
                                                 for row in rows[start:start + self.SLICE]])

    def update(self, cursor, rows: list[dict]) -> None:
        keys = self.update_keys
        for start in range(0, len(rows), self.SLICE):
            cursor.executemany(self.update_sql, [tuple(self._value(c, row.get(c)) for c in keys) + (row["id"],)
                                                 for row in rows[start:start + self.SLICE]])


_NO_VALUE = object()


def _compose(convert, processor):
    if processor is None:
        return convert
    if convert is _same:
        return processor
    return lambda value: processor(convert(value))


def _wire_value(row: dict, column: str, to_db, processor, constant, absent, null):
    """The stored value of one column of a new row: a wire value is converted; a missing column takes the column's
    default (as SQLAlchemy fills a column left out), a null of a NOT NULL column with a default takes it (_with_defaults)."""
    if constant is not _NO_VALUE:
        return constant
    value = row.get(column, _NO_VALUE)
    if value is not None and value is not _NO_VALUE:
        return to_db(value)
    default = absent if value is _NO_VALUE else null
    if default is _NO_VALUE or default is None:
        return None
    value = default({}) if callable(default) else default  # a Python value: only the bind processor applies
    return processor(value) if processor is not None and value is not None else value


_WRITERS: dict[type, _Writer] = {}


def _writer(model: type, dialect) -> _Writer:
    if model not in _WRITERS:
        _WRITERS[model] = _Writer(model, dialect)
    return _WRITERS[model]


def _skip_own_echo(conn, model, rows: list[dict], held: dict[str, str], device_id: str) -> list[dict]:
    """Drop the rows that are this device's own just-pushed write coming back unchanged. The HLC and
    device alone do not prove it: the server stamps a merged row with the newest op's HLC while keeping
    other devices' older fields, so the row is skipped only when every value equals ours."""
    mine = [r for r in rows if r["id"] in held and r.get("hlc") and held[r["id"]] == r["hlc"] and r.get("device_id") == device_id]
    if not mine:
        return rows
    table = model.__table__
    convert = _converters(model)
    local = {}
    ids = [r["id"] for r in mine]
    for start in range(0, len(ids), 500):
        for row in conn.execute(select(table).where(table.c.id.in_(ids[start:start + 500]))):
            local[row.id] = row._mapping
    same = set()
    for r in mine:
        ours = local.get(r["id"])
        if ours is not None and all((convert[c](v) if v is not None else None) == ours[c] for c, v in r.items()
                                    if c in convert and c not in _RESTAMPED):
            same.add(r["id"])
    return [r for r in rows if r["id"] not in same]


#: columns the server stamps or derives itself: a difference there is not somebody else's change
_RESTAMPED = frozenset({"updated_at", "search_key"})

_CONVERTERS: dict[type, dict] = {}


def _converters(model: type) -> dict:
    """Column → wire-to-Python function, computed once per table (db.wire.from_wire per value is slow
    over 200,000 rows)."""
    if model not in _CONVERTERS:
        import datetime as dt

        from sqlalchemy import Boolean, Date, DateTime, Float, Integer

        table = {}
        for column in model.__table__.columns:
            if column.name == "pushed":
                continue
            kind = column.type
            table[column.name] = (dt.datetime.fromisoformat if isinstance(kind, DateTime) else dt.date.fromisoformat if isinstance(kind, Date)
                                  else bool if isinstance(kind, Boolean) else int if isinstance(kind, Integer)
                                  else float if isinstance(kind, Float) else _same)
        _CONVERTERS[model] = table
    return _CONVERTERS[model]


def _same(value):
    return value


def _with_defaults(model: type, values: dict) -> dict:
    for column in model.__table__.columns:
        if values.get(column.name) is None and not column.nullable and column.default is not None:
            default = column.default.arg
            values[column.name] = default({}) if callable(default) else default
    return values


def _rename_clashing_users(conn, rows: list[dict]) -> None:
    """User names are unique on a device. Another device's bootstrap administrator may share a name
    with ours: the pulled one is stored as `name#<id suffix>` here (the server keeps both as they are)."""
    names = [r["username"] for r in rows if r.get("username")]
    if not names:
        return
    owner = dict(conn.execute(select(User.username, User.id).where(User.username.in_(names))).all())
    for row in rows:
        name = row.get("username")
        if name is None:
            continue
        if owner.setdefault(name, row["id"]) != row["id"]:
            row["username"] = f"{name}#{row['id'][-8:]}"


def _derive_search_keys(conn, ids: list[str]) -> None:
    from app.services.participants import search_key

    table = Participant.__table__
    fields = ["first_name", "last_name", "preferred_name", "ssn_last4", "individual_number"]
    params = []
    for start in range(0, len(ids), 500):
        for row in conn.execute(select(table.c.id, *(table.c[f] for f in fields)).where(table.c.id.in_(ids[start:start + 500]))):
            params.append({"k_id": row.id, "v_key": search_key(dict(zip(fields, row[1:])))})
    if params:
        conn.execute(update(table).where(table.c.id == bindparam("k_id")).values(search_key=bindparam("v_key")), params)
