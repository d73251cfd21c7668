"""Ops the server rejected, set aside by the sync client: listed beside the conflicts, fixed or discarded
by a person (DESIGN.md, The trust boundary). A rejected op never blocks the outbox."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, select

from app.errors import NotFound
from db.models import OutboxEntry, Participant, RejectedOp, synced_tables


@dataclass(frozen=True)
class RejectedView:
    change_id: str
    participant_id: str | None
    participant: str
    record: str
    table_name: str
    row_id: str
    op: str
    values: str
    reason: str


def _summary(fields: dict) -> str:
    return "; ".join(f"{k}: {str(v)[:80]}" for k, v in fields.items() if k not in ("deleted",)) or "(removed)"


def list_rejected(ctx) -> list[RejectedView]:
    """Every rejected op on this device, oldest first, with "rejected by the server: <reason>"."""
    tables = synced_tables()
    with ctx.read() as s:
        rows = list(s.scalars(select(RejectedOp).order_by(RejectedOp.rejected_at, RejectedOp.change_id)))
        ids = {r.participant_id for r in rows if r.participant_id}
        names = (
            {
                p.id: f"{p.first_name} {p.last_name}"
                for p in s.scalars(select(Participant).where(Participant.id.in_(ids)))
            }
            if ids
            else {}
        )
    return [
        RejectedView(
            change_id=r.change_id,
            participant_id=r.participant_id,
            participant=names.get(r.participant_id or "", ""),
            record=getattr(tables.get(r.table_name), "__label__", r.table_name),
            table_name=r.table_name,
            row_id=r.row_id,
            op=r.op,
            values=_summary(json.loads(r.fields)),
            reason=f"rejected by the server: {r.reason}",
        )
        for r in rows
    ]


def _load(s, change_id: str) -> RejectedOp:
    row = s.get(RejectedOp, change_id)
    if row is None:
        raise NotFound("This rejected change is no longer waiting (it was fixed or discarded).")
    return row


def discard_rejected(ctx, change_id: str) -> None:
    """Forget the change: the server's value stands (the next sync's digest brings its row back)."""
    with ctx.workspace.sessions.begin() as s:
        _load(s, change_id)
        s.execute(delete(RejectedOp).where(RejectedOp.change_id == change_id))


def send_again(ctx, change_id: str) -> None:
    """Fixed (the record corrected, or the server's rule changed): the op goes back into the outbox,
    its value kept, and the next sync sends it."""
    with ctx.workspace.sessions.begin() as s:
        r = _load(s, change_id)
        s.add(
            OutboxEntry(
                change_id=r.change_id,
                table_name=r.table_name,
                row_id=r.row_id,
                participant_id=r.participant_id,
                op=r.op,
                fields=r.fields,
                base=r.base,
                base_seq=r.base_seq,
                hlc=r.hlc,
                device_id=r.device_id,
                user_id=r.user_id,
            )
        )
        s.delete(r)
