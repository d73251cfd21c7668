"""Server-side writes (delivery status, what a participant does on their page) as ops through the same merge as
a device's push, so every laptop in scope pulls them and the Update Log shows who did it."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.server import merge
from app.server import tables as t
from app.server.store import Account
from app.sync.protocol import Op
from db.changes import data_columns
from db.ids import uuid7
from db.wire import to_wire

SERVER = Account("", "server", "Fieldplan server", "administrator", None, None)
BY_PARTICIPANT = "{name} (by the participant)"


class Writes:
    """Collect ops, then `commit()` them in the caller's write transaction (store.writing)."""

    def __init__(self, conn: Connection, user_id: str | None = None, user_name: str = "", participant_id: str | None = None):
        self.conn, self.user_id, self.user_name, self.participant_id = conn, user_id, user_name, participant_id
        self.ops: list[Op] = []

    def _op(self, table: str, row_id: str, kind: str, fields: dict, base: dict | None = None) -> None:
        self.ops.append(Op(change_id=uuid7(), table_name=table, row_id=row_id, participant_id=self.participant_id, op=kind, fields=fields,
                           base=base or {}, hlc=merge.CLOCK.now(), device_id="server", user_id=self.user_id))

    def insert(self, table: str, values: dict, *, log: str = "") -> str:
        """A new row with every data column (defaults from the device model), and its Update Log entry."""
        model = t.REPLICAS[table][1]
        row_id = uuid7()
        fields = {}
        for name in data_columns(model):
            column = model.__table__.columns[name]
            default = column.default.arg if column.default is not None else None
            fields[name] = to_wire(values[name] if name in values else (default({}) if callable(default) else default))
        fields["deleted"] = False
        self._op(table, row_id, "insert", fields)
        if log:
            self.log(model.__label__, row_id, "added", new=log)
        return row_id

    def update(self, table: str, row_id: str, values: dict, *, log: bool = False) -> None:
        replica = t.REPLICAS[table][0]
        row = self.conn.execute(select(replica).where(replica.c.id == row_id)).first()
        base = {k: to_wire(row._mapping[k]) for k in values} if row is not None else {}
        self._op(table, row_id, "update", {k: to_wire(v) for k, v in values.items()}, base)
        if log:
            for field, value in values.items():
                self.log(t.REPLICAS[table][1].__label__, row_id, "changed", field=field, old=str(base.get(field, "")), new=str(value))

    def log(self, entity: str, entity_id: str, action: str, field: str = "", old: str = "", new: str = "") -> None:
        self.insert("update_log", {"participant_id": self.participant_id, "at": dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
                                   "user_id": self.user_id, "user_name": self.user_name, "action": action, "entity": entity,
                                   "entity_id": entity_id, "field": field, "old": old, "new": new})

    def commit(self) -> None:
        if self.ops:
            merge.push(self.conn, SERVER, self.ops)
            self.ops = []
