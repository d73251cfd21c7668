"""What the status bar shows about sync, without loading the sync client (httpx, pydantic: ~0.2 s)."""
from __future__ import annotations

from sqlalchemy import func, select

from db.models import Conflict, OutboxEntry, RejectedOp


def pending_count(workspace) -> int:
    """Changes on this device the server has not acknowledged yet (the status bar's number)."""
    with workspace.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def open_conflicts(workspace) -> int:
    with workspace.session() as s:
        return s.scalar(select(func.count()).select_from(Conflict).where(~Conflict.resolved, ~Conflict.deleted)) or 0


def rejected_count(workspace) -> int:
    """Changes the server refused, set aside for a person (F7 shows them beside the conflicts)."""
    with workspace.session() as s:
        return s.scalar(select(func.count()).select_from(RejectedOp)) or 0
