"""Small test helpers."""
from __future__ import annotations

from sqlalchemy import func, select

from db.models import OutboxEntry, UpdateLogEntry


def counts(ws, *models) -> tuple[int, ...]:
    """Row counts of `models` plus the outbox and the Update Log: a failed write must change none."""
    with ws.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (*models, OutboxEntry, UpdateLogEntry))
