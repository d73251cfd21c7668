"""Conflicts kept by sync: a value that lost a concurrent edit, until somebody chooses (DESIGN.md, Sync).

Resolving is a normal write through ctx.write(): choosing the lost value writes it back to the record
(with its Update Log entry and outbox op) and marks the conflict resolved, so both sync everywhere.
"""
from __future__ import annotations

from app.i18n import _
import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import or_, select

from app.errors import FieldError, NotFound, ValidationError
from app.scope import participant_clause, require_staff, visible_participant
from db.changes import field_label
from db.hlc import is_stamp, parse
from db.models import Conflict, Participant, synced_tables
from db.wire import for_people, from_wire

CHOICES = ("kept", "lost")


@dataclass(frozen=True)
class ConflictView:
    id: str
    participant_id: str | None
    participant: str
    record: str
    row_id: str
    field: str
    kept_value: str
    lost_value: str
    kept_by: str
    lost_by: str
    kept_at: dt.datetime | None
    lost_at: dt.datetime | None
    resolved: bool
    resolution: str


def hlc_time(stamp: str) -> dt.datetime | None:
    """The wall-clock part of a hybrid logical clock stamp (UTC)."""
    try:
        return dt.datetime.fromtimestamp(parse(stamp)[0] / 1000, dt.timezone.utc).replace(tzinfo=None) if is_stamp(stamp) else None
    except ValueError:
        return None


def _value(model: type | None, field: str, raw: str):
    try:
        value = json.loads(raw) if raw else None
    except ValueError:
        return raw
    if model is None:
        return value
    if field == "deleted":
        return "Deleted" if value else "Not deleted"
    try:
        return for_people(from_wire(model, field, value))
    except (TypeError, ValueError, KeyError):
        return str(value)


def list_conflicts(ctx, participant_id: str | None = None, include_resolved: bool = False) -> list[ConflictView]:
    """Conflicts on plans the user sees (and, for staff, those outside any plan), newest first."""
    tables = synced_tables()
    with ctx.read() as s:
        query = select(Conflict, Participant).outerjoin(Participant, Participant.id == Conflict.participant_id).where(~Conflict.deleted)
        if participant_id:
            visible_participant(s, ctx.user, participant_id)
            query = query.where(Conflict.participant_id == participant_id)
        else:
            query = query.where(or_(Conflict.participant_id.is_(None), participant_clause(ctx.user)))
        if not include_resolved:
            query = query.where(~Conflict.resolved)
        views = []
        for c, p in s.execute(query.order_by(Conflict.hlc.desc())):
            model = tables.get(c.table_name)
            views.append(ConflictView(
                id=c.id, participant_id=c.participant_id, participant=f"{p.first_name} {p.last_name}" if p else "",
                record=getattr(model, "__label__", c.table_name), row_id=c.row_id, field=field_label(c.field),
                kept_value=_value(model, c.field, c.kept_value), lost_value=_value(model, c.field, c.lost_value),
                kept_by=c.kept_by, lost_by=c.lost_by, kept_at=hlc_time(c.kept_hlc), lost_at=hlc_time(c.lost_hlc),
                resolved=c.resolved, resolution=c.resolution))
        return views


def resolve_conflict(ctx, conflict_id: str, keep: str) -> None:
    """keep="kept" confirms the value that won; keep="lost" writes the other value back."""
    require_staff(ctx.user)
    if keep not in CHOICES:
        raise ValidationError([FieldError("keep", _("Choose which value to keep: the kept value or the lost value."))])
    with ctx.write() as rec:
        conflict = rec.session.get(Conflict, conflict_id)
        if conflict is None or conflict.deleted:
            raise NotFound(_("Conflict not found."))
        if conflict.participant_id:
            visible_participant(rec.session, ctx.user, conflict.participant_id)
        if conflict.resolved:
            raise ValidationError([FieldError("keep", _("This conflict is already resolved."))])
        if keep == "lost":
            model = synced_tables()[conflict.table_name]
            row = rec.session.get(model, conflict.row_id)
            if row is None:
                raise NotFound(_("The {__label__} of this conflict is not on this device.").format(__label__=model.__label__))
            value = from_wire(model, conflict.field, json.loads(conflict.lost_value))
            changes = {conflict.field: value}
            if model is Participant and conflict.field != "deleted":
                from app.services.participants import search_key
                from app.services.common import merged

                changes["search_key"] = search_key(merged(row, changes))
            rec.update(row, changes)
        rec.update(conflict, {"resolved": True, "resolution": keep}, log=False)
