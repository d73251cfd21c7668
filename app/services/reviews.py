"""Recording a plan review (seed 002: review at least every 90 days; seed 004: every 30 days).

A review moves the participant's last plan review date and leaves a case note saying so, in one
transaction; it is what clears the plan review reminders.
"""
from __future__ import annotations

from app.i18n import _
import datetime as dt

from app.errors import Problems
from app.rules.values import parse_us_date
from app.scope import require_staff, visible_participant
from db.models import CaseNote


def record_plan_review(ctx, participant_id: str, reviewed_on=None, note: str = "", two_way_contact: bool = True) -> dt.date:
    require_staff(ctx.user)
    problems = Problems()
    day = parse_us_date(reviewed_on, "reviewed_on", "Review date", problems) or dt.date.today()
    if day > dt.date.today():
        problems.add("reviewed_on", _("Review date cannot be in the future."))
    problems.raise_if_any()
    with ctx.write() as rec:
        participant = visible_participant(rec.session, ctx.user, participant_id)
        if participant.last_plan_review is None or day > participant.last_plan_review:
            rec.update(participant, {"last_plan_review": day})
        rec.add(CaseNote(participant_id=participant_id, contact_date=day, subject="Plan review", message=note.strip(), delivery="Saved only",
                         two_way_contact=two_way_contact, author_id=ctx.user.id, entered_on=dt.date.today()), summary="Case note “Plan review”")
    return day
