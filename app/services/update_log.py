"""The Update Log tab: every change to a plan (read-only)."""
from __future__ import annotations

from sqlalchemy import or_, select

from app.scope import visible_participant
from db.models import UpdateLogEntry


def list_log(ctx, participant_id: str, search: str = "", entity: str = "", limit: int = 5000) -> list[UpdateLogEntry]:
    query = (
        select(UpdateLogEntry)
        .where(UpdateLogEntry.participant_id == participant_id)
        .order_by(UpdateLogEntry.at.desc(), UpdateLogEntry.id.desc())
        .limit(limit)
    )
    if entity:
        query = query.where(UpdateLogEntry.entity == entity)
    if search:
        like = f"%{search}%"
        query = query.where(
            or_(UpdateLogEntry.field.ilike(like), UpdateLogEntry.old.ilike(like), UpdateLogEntry.new.ilike(like), UpdateLogEntry.user_name.ilike(like), UpdateLogEntry.entity.ilike(like))
        )
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        return list(s.scalars(query))
