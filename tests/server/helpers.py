"""Comparing replicas: the device databases and the server's."""
from __future__ import annotations

from sqlalchemy import select

from db.changes import data_columns
from db.models import Conflict, Participant
from db.wire import to_wire


def device_rows(ctx, model=Participant) -> dict[str, dict]:
    columns = data_columns(model) + ["hlc"]
    with ctx.read() as s:
        return {r.id: {c: to_wire(getattr(r, c)) for c in columns} for r in s.scalars(select(model))}


def server_rows(server, model=Participant) -> dict[str, dict]:
    columns = data_columns(model) + ["hlc"]
    return {r["id"]: {c: to_wire(r[c]) for c in columns} for r in server.rows(model.__tablename__)}


def conflicts(ctx) -> list[Conflict]:
    with ctx.read() as s:
        return list(s.scalars(select(Conflict).order_by(Conflict.id)))
