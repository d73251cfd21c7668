"""The Update Log tab: every change to a plan (read-only), in words.

The log rows keep what was written (ids for references, the summary of an added row); reading them
turns them into what a caseworker reads: "Verified by: Inés Thomas" rather than a user id, the
organization's and the planner's names for a transfer, and "Case note · “Phone call”" rather than
"Case note: Case note “Phone call”".
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import or_, select

from app.rules.people import LABELS
from app.scope import visible_participant
from db.changes import field_label
from db.models import UpdateLogEntry

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
#: the profile's stored field labels (db.changes.field_label: "Ssn last4", "Planner") → the words on its form
PROFILE_WORDS = {field_label(f): label for f, label in LABELS.items()}
#: summaries written before an entity label existed for them ("Participant José Ñúñez" on the Profile)
SUMMARY_PREFIXES = {"Profile": ("Participant ",), "Additional contact": ("Contact ",), "Dollar value": ("Payment ",)}


@dataclass(frozen=True)
class LogLine:
    """One Update Log entry as people read it (same attribute names as the stored row)."""

    id: str
    participant_id: str | None
    at: dt.datetime
    user_id: str | None
    user_name: str
    action: str
    entity: str
    entity_id: str
    field: str
    old: str
    new: str


def _names(session, ids: set[str]) -> dict[str, str]:
    """What each referenced row is called, for the ids that appear as old or new values."""
    from db.models import CatalogItem, Document, Employer, Goal, Job, Organization, Participant, Provider, Region, User, Worksite

    names: dict[str, str] = {}
    if not ids:
        return names
    wanted = list(ids)
    for model, label in ((User, User.full_name), (Organization, Organization.name), (Region, Region.name), (Goal, Goal.statement),
                         (Provider, Provider.name), (Employer, Employer.name), (Worksite, Worksite.name), (Job, Job.title),
                         (CatalogItem, CatalogItem.name), (Document, Document.name)):
        for row_id, name in session.execute(select(model.id, label).where(model.id.in_(wanted))):
            names[row_id] = name
    for row_id, first, last in session.execute(select(Participant.id, Participant.first_name, Participant.last_name)
                                               .where(Participant.id.in_(wanted))):
        names[row_id] = f"{first} {last}"
    return names


def _without_prefix(text: str, entity: str) -> str:
    """"Case note “Call”" logged under the entity "Case note" reads "“Call”": the entity is shown beside it."""
    for prefix in (f"{entity}: ", f"{entity} ", *SUMMARY_PREFIXES.get(entity, ())):
        if text.lower().startswith(prefix.lower()) and len(text) > len(prefix):
            return text[len(prefix):]
    return text


def in_words(entries: list[UpdateLogEntry], session) -> list[LogLine]:
    ids = {v for e in entries for v in (e.old, e.new, e.user_id) if v and _UUID.match(v)}
    names = _names(session, ids)
    lines = []
    for e in entries:
        old, new = names.get(e.old, e.old), names.get(e.new, e.new)
        if e.action in ("added", "removed"):
            old, new = _without_prefix(old, e.entity), _without_prefix(new, e.entity)
        who = names.get(e.user_id or "", "") or e.user_name
        lines.append(LogLine(e.id, e.participant_id, e.at, e.user_id, who, e.action, e.entity, e.entity_id,
                             PROFILE_WORDS.get(e.field, e.field) if e.entity == "Profile" else e.field, old, new))
    return lines


def list_log(ctx, participant_id: str, search: str = "", entity: str = "", limit: int = 5000) -> list[LogLine]:
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
        return in_words(list(s.scalars(query)), s)
