"""What the participant's page shows (their own plan only, read from the server's replicas) and the attendance
they enter (seed rule: only a Started/Open service that has a provider; the caseworker verifies it later)."""
from __future__ import annotations

import datetime as dt
import functools
from types import SimpleNamespace

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection

from app import domain
from app.errors import FieldError, ValidationError
from app.rules.attendance import check_service_takes_attendance, normalize_week, week_start
from app.server import tables as t
from app.services.messages import CUSTOMER_COPY


def _table(name: str):
    return t.REPLICAS[name][0]


def _live(table):
    return table.c.deleted.is_(False)


def takes_own_attendance(service) -> bool:
    return service.status == domain.STARTED and bool(service.provider_id or service.other_provider_name)


@functools.cache
def _queries() -> dict:
    """The page's reads, built once (building a statement cost as much CPU as running it); `:pid` is the participant."""
    participant, goal, service, catalog = _table("participant"), _table("goal"), _table("plan_service"), _table("catalog_item")
    user, message, agreement, document = _table("app_user"), _table("outgoing_message"), _table("plan_agreement"), _table("document")
    pid = bindparam("pid")
    return {
        "person": select(participant, user.c.id.label("planner_found"), user.c.full_name.label("planner_full_name"),
                         user.c.email.label("planner_email"), user.c.phone.label("planner_phone"))
        .outerjoin(user, user.c.id == participant.c.planner_id).where(participant.c.id == pid),
        "services": select(service, catalog.c.name.label("catalog_name")).outerjoin(catalog, catalog.c.id == service.c.catalog_item_id)
        .where(service.c.participant_id == pid, _live(service)).order_by(service.c.planned_start),
        "goals": select(goal).where(goal.c.participant_id == pid, _live(goal)).order_by(goal.c.created_on, goal.c.id),
        "messages": select(message.c.id, message.c.subject, message.c.body, message.c.sent_at, message.c.kind, message.c.status)
        .where(message.c.participant_id == pid, _live(message), message.c.status.in_(("sent", "delivered")), message.c.kind != "invite")
        .order_by(message.c.id.desc()).limit(50),
        "agreement": select(agreement.c.status, agreement.c.recorded_at).where(agreement.c.participant_id == pid, _live(agreement))
        .order_by(agreement.c.recorded_at.desc(), agreement.c.id.desc()).limit(1),
        "copy": select(document.c.sha256).where(document.c.participant_id == pid, _live(document), document.c.kind == CUSTOMER_COPY)
        .order_by(document.c.uploaded_on.desc(), document.c.id.desc()).limit(1),
    }


def collect(conn: Connection, pid: str) -> dict:
    queries, at = _queries(), {"pid": pid}
    person = conn.execute(queries["person"], at).first()
    planner = SimpleNamespace(full_name=person.planner_full_name, email=person.planner_email, phone=person.planner_phone) \
        if person.planner_id and person.planner_found else None
    services = conn.execute(queries["services"], at).all()
    goals = []
    for g in conn.execute(queries["goals"], at):
        steps = [{"id": s.id, "name": s.catalog_name or "Step", "status": s.status, "start": s.planned_start,
                  "due": s.planned_due, "own_attendance": takes_own_attendance(s)} for s in services if s.goal_id == g.id]
        dates = [d for s in steps for d in (s["start"], s["due"]) if d]
        goals.append({"statement": g.statement, "status": g.status, "term": g.term, "steps": steps,
                      "start": min(dates) if dates else None, "due": max(dates) if dates else None})
    messages = [dict(m._mapping) for m in conn.execute(queries["messages"], at)]
    latest = conn.execute(queries["agreement"], at).first()
    status = latest.status if latest else "Unknown"
    return {"person": person, "planner": planner, "goals": goals, "messages": messages, "agreement": status,
            "needs_signature": bool(person.needs_agreement) or status == domain.AGREEMENT_STATUSES[3] or status == "Unknown",
            "attendance_services": [s for g in goals for s in g["steps"] if s["own_attendance"]],
            "has_copy": latest_copy(conn, pid, probe=True), "today": dt.date.today()}


def latest_copy(conn: Connection, pid: str, *, probe: bool = False):
    digest = conn.scalar(_queries()["copy"], {"pid": pid})
    if probe or digest is None:
        return bool(digest) if probe else None
    return conn.scalar(select(t.blob.c.data).where(t.blob.c.sha256 == digest))


def enter_attendance(conn: Connection, writes, pid: str, service_id: str, day_text: str, check_in: str, check_out: str,
                     absent: bool) -> None:
    service, week, day_table = _table("plan_service"), _table("attendance_week"), _table("attendance_day")
    row = conn.execute(select(service).where(service.c.id == service_id, service.c.participant_id == pid, _live(service))).first()
    if row is None:
        raise ValidationError([FieldError("service_id", "Choose one of your plan's services.")])
    if not takes_own_attendance(row):
        raise ValidationError([FieldError("service_id", "You can enter your own attendance only for a Started/Open service that has a "
                                                        "provider.")])
    try:
        day = dt.date.fromisoformat(day_text)
    except ValueError:
        raise ValidationError([FieldError("day", "Day must be a date.")]) from None
    if day > dt.date.today():
        raise ValidationError([FieldError("day", "Attendance cannot be entered for a day that has not come yet.")])
    check_service_takes_attendance(row.status, row.planned_start, row.planned_due)
    sunday = week_start(day)
    entry = normalize_week([{"day": day, "check_in": check_in, "check_out": check_out, "absent": absent}], sunday,
                           row.planned_start, row.planned_due)[0]
    if not entry.absent and not entry.check_in:
        raise ValidationError([FieldError("check_in", "Enter the check-in and check-out times, or tick Absent.")])
    found = conn.execute(select(week).where(week.c.plan_service_id == service_id, week.c.week_start == sunday, _live(week))).first()
    if found is not None and found.verified:
        raise ValidationError([FieldError("day", f"The week of {sunday:%m/%d/%Y} is verified and can no longer be changed.")])
    week_id = found.id if found else writes.insert("attendance_week", {"participant_id": pid, "plan_service_id": service_id,
                                                                       "week_start": sunday, "submitted": True, "verified": False})
    if found is not None and not found.submitted:
        writes.update("attendance_week", week_id, {"submitted": True})
    values = {"check_in": entry.check_in, "lunch_start": "", "lunch_end": "", "check_out": entry.check_out, "absent": entry.absent,
              "makeup_minutes": 0}
    existing = conn.scalar(select(day_table.c.id).where(day_table.c.week_id == week_id, day_table.c.day == day, _live(day_table)))
    if existing:
        writes.update("attendance_day", existing, values)
    else:
        writes.insert("attendance_day", {"participant_id": pid, "week_id": week_id, "day": day, **values})
    hours = "absent" if entry.absent else f"{entry.check_in}–{entry.check_out}"
    writes.log("Attendance week", week_id, "changed", field=f"Week of {sunday:%m/%d/%Y}: {day:%a %m/%d} (submitted)", new=hours)
