"""The Outcomes tab (seed 003): the summary checklist, measurable skill gains, success stories, the
exit and employment after exit.

The checklist is computed from the plan, never ticked by hand. An exit needs the seed's three exit
boxes (services complete, skill gains and credentials entered) or is an early exit with a reason and a
case note; the exit, its case note and the enrollment status "Exited" land in one transaction.
"""
from __future__ import annotations

from app.i18n import N_, _, ngettext
import datetime as dt
import json
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import func, select

from app import domain
from app.errors import FieldError, NotAllowed, Problems, ValidationError
from app.rules import outcomes as rules
from app.rules.placements import follow_ups_wanted
from app.rules.values import normalise_state_zip, parse_us_date
from app.scope import require_staff, visible_participant
from app.services import documents, participants, records
from app.services.common import load_owned, merged, reject_unknown, strip_text
from db.models import Credential, Document, EmploymentOutcome, ExitRecord, FollowUp, Placement, PlanService, SkillGain, SuccessStory

SKILL_GAIN_DOCUMENT = "Measurable skill gain"
EMPLOYMENT_FIELDS = {"current", "employer", "start_date", "end_date", "job_title", "address", "address_2", "city", "state", "zip", "duties",
                     "hours_per_week", "meets_needs", "meets_needs_why"}
STORY_FIELDS = {"title", "program_type", "provider", "career_pathway", "written_on", "status", "text"}
#: seed 003, Exit: "All boxes must be checked before the customer may be exited"
EXIT_BOXES = ("services", "skill_gains", "credentials")
MISSING = {"skill_gains": N_("no measurable skill gain entered"), "credentials": N_("no industry recognized credential entered")}


def _every_problem(found: list[FieldError], check: Callable[[], None]) -> None:
    """The problems `found` before the rule ran (a badly typed date, an unusable file), then the
    rule's own, not repeated for a field already reported: all at once."""
    try:
        check()
        broken = []
    except ValidationError as error:
        reported = {p.field for p in found}
        broken = [p for p in error.problems if p.field not in reported]
    if found or broken:
        raise ValidationError(found + broken)


def _parse_date(values: dict, field: str, label: str, problems: Problems) -> None:
    if field in values:
        values[field] = parse_us_date(values[field], field, label, problems)


# -- summary checklist ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    #: the seed's "Action Item" wording
    action: str
    done: bool
    #: what the data says, in words ("2 steps/services still open")
    detail: str


@dataclass(frozen=True)
class OutcomeSummary:
    checklist: list[ChecklistItem]
    exit: ExitRecord | None

    @property
    def missing_for_exit(self) -> list[str]:
        """What stops the normal exit, in words; empty when the exit boxes are all checked."""
        return [_(MISSING[item.key]) if item.key in MISSING else item.detail for item in self.checklist if item.key in EXIT_BOXES and not item.done]

    @property
    def can_exit(self) -> bool:
        return self.exit is None and not self.missing_for_exit


def _count(session, model, participant_id: str, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(model.participant_id == participant_id, ~model.deleted, *where))


def _checklist(session, participant_id: str) -> list[ChecklistItem]:
    services = _count(session, PlanService, participant_id)
    still_open = _count(session, PlanService, participant_id, PlanService.status.in_((domain.PLANNED, domain.STARTED)))
    gains = _count(session, SkillGain, participant_id)
    credentials = _count(session, Credential, participant_id)
    exit_row = _exit_of(session, participant_id)
    wanted = [s for s in domain.PLACEMENT_STATUSES if follow_ups_wanted(s)]
    placements = _count(session, Placement, participant_id, Placement.status.in_(wanted))
    reviewed = session.scalar(  # one reviewed FollowUp per placement and day (placements.review_follow_up)
        select(func.count()).select_from(FollowUp).join(Placement, Placement.id == FollowUp.placement_id)
        .where(FollowUp.participant_id == participant_id, ~FollowUp.deleted, FollowUp.reviewed_on.is_not(None), ~Placement.deleted,
               Placement.status.in_(wanted)))
    follow_ups = placements * len(domain.FOLLOW_UP_DAYS)
    if not services:
        services_detail = _("No steps/services on the plan")
    elif still_open:
        services_detail = ngettext("{n} step/service of {total} still Planned or Started", "{n} steps/services of {total} still Planned or Started",
                                   still_open).format(n=still_open, total=services)
    else:
        services_detail = ngettext("All {n} step/service complete", "All {n} steps/services complete", services).format(n=services)
    if exit_row is None:
        exit_detail = _("Not exited")
    elif exit_row.early:
        exit_detail = _("Exited {date:%m/%d/%Y} (early: {reason})").format(date=exit_row.exit_date, reason=exit_row.reason)
    else:
        exit_detail = _("Exited {date:%m/%d/%Y}").format(date=exit_row.exit_date)
    return [
        ChecklistItem("services", _("All services marked as complete (successfully/unsuccessfully)."), not still_open, services_detail),
        ChecklistItem("skill_gains", _("Measurable Skill Gains (MSG) have been entered."), gains > 0,
                      ngettext("{n} skill gain entered", "{n} skill gains entered", gains).format(n=gains) if gains else _("None entered")),
        ChecklistItem("credentials", _("Industry recognized credentials have been entered."), credentials > 0,
                      ngettext("{n} credential entered", "{n} credentials entered", credentials).format(n=credentials) if credentials
                      else _("None entered")),
        ChecklistItem("exited", _("Customer is exited."), exit_row is not None, exit_detail),
        ChecklistItem("follow_up", _("Follow-up is complete."), reviewed >= follow_ups,
                      ngettext("{n} of {total} worksite follow-up reviewed", "{n} of {total} worksite follow-ups reviewed", follow_ups).format(
                          n=reviewed, total=follow_ups) if follow_ups else _("No worksite placement to follow up")),
    ]


def outcome_summary(ctx, participant_id: str) -> OutcomeSummary:
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        return OutcomeSummary(_checklist(s, participant_id), _exit_of(s, participant_id))


# -- measurable skill gains -------------------------------------------------------------------------


@dataclass(frozen=True)
class SkillGainRow:
    id: str
    kind: str
    attained_on: dt.date
    comment: str
    answers: dict
    document_id: str | None
    document_name: str


def add_skill_gain(ctx, participant_id: str, *, document_id: str | None = None, file_name: str = "", file_data: bytes = b"",
                   **values) -> SkillGain:
    """A skill gain with its proof: one of the plan's uploads (`document_id`), or a file stored now,
    in the same transaction (`file_name`, `file_data`)."""
    require_staff(ctx.user)
    values = {"answers": {}, "comment": "", **strip_text(values)}
    reject_unknown(SkillGain, values, allowed={"kind", "answers", "attained_on", "comment"})
    kind = rules.SKILL_GAIN_TYPES.get(values.get("kind"))
    values["answers"] = {q.key: values["answers"].get(q.key) for q in kind.questions} if kind else {}
    typing = Problems()
    _parse_date(values, "attained_on", "Date attained", typing)
    if file_data or file_name:
        documents.check_upload(file_name, file_data, typing, field="document_id")
    with ctx.batch() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        if document_id and not file_data:
            linked = rec.session.get(Document, document_id)
            if linked is None or linked.deleted or linked.participant_id != participant_id:
                typing.add("document_id", _("That document is not one of this plan's uploads: choose another, or upload the file."))
        has_document = bool(document_id or file_data or file_name)
        _every_problem(typing.items, lambda: rules.check_skill_gain(values, has_document=has_document))
        if file_data:
            document_id = documents.add_document(ctx, participant_id, file_name, file_data, kind=SKILL_GAIN_DOCUMENT).id
        gain = SkillGain(participant_id=participant_id, kind=values["kind"], answers=json.dumps(values["answers"], ensure_ascii=False),
                         document_id=document_id, attained_on=values["attained_on"], comment=values["comment"])
        return rec.add(gain, summary=f"Measurable skill gain “{values['kind']}”")


def remove_skill_gain(ctx, skill_gain_id: str) -> None:
    """The proof stays among the plan's uploads (it may prove other things)."""
    require_staff(ctx.user)
    with ctx.write() as rec:
        gain = load_owned(rec.session, ctx.user, SkillGain, skill_gain_id)
        rec.remove(gain, summary=f"Measurable skill gain “{gain.kind}”")


def list_skill_gains(ctx, participant_id: str) -> list[SkillGainRow]:
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        rows = s.execute(
            select(SkillGain, Document.name).outerjoin(Document, Document.id == SkillGain.document_id)
            .where(SkillGain.participant_id == participant_id, ~SkillGain.deleted).order_by(SkillGain.attained_on.desc(), SkillGain.id)
        ).all()
    return [SkillGainRow(g.id, g.kind, g.attained_on, g.comment, json.loads(g.answers or "{}"), g.document_id, name or "") for g, name in rows]


# -- success stories --------------------------------------------------------------------------------


def add_success_story(ctx, participant_id: str, text: str = "", written_on=None, **values) -> SuccessStory:
    require_staff(ctx.user)
    values = {"status": "Draft", **strip_text(values), "text": (text or "").strip(), "written_on": written_on or dt.date.today()}
    if "title" not in values:  # callers from before stories had titles: the story's first sentence
        values["title"] = values["text"].split(". ")[0][:80]
    reject_unknown(SuccessStory, values, allowed=STORY_FIELDS)
    typing = Problems()
    _parse_date(values, "written_on", "Date created", typing)
    _every_problem(typing.items, lambda: rules.check_success_story(values))
    with ctx.write() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        return rec.add(SuccessStory(participant_id=participant_id, **values), summary=values.get("title") or "")


def update_success_story(ctx, story_id: str, **changes) -> SuccessStory:
    require_staff(ctx.user)
    changes = strip_text(changes)
    reject_unknown(SuccessStory, changes, allowed=STORY_FIELDS)
    typing = Problems()
    _parse_date(changes, "written_on", "Date created", typing)
    with ctx.write() as rec:
        story = load_owned(rec.session, ctx.user, SuccessStory, story_id)
        _every_problem(typing.items, lambda: rules.check_success_story(merged(story, changes)))
        rec.update(story, changes)
        return story


def remove_success_story(ctx, story_id: str) -> None:
    require_staff(ctx.user)
    with ctx.write() as rec:
        story = load_owned(rec.session, ctx.user, SuccessStory, story_id)
        rec.remove(story, summary=story.title)


def list_success_stories(ctx, participant_id: str) -> list[SuccessStory]:
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        return list(s.scalars(select(SuccessStory).where(SuccessStory.participant_id == participant_id, ~SuccessStory.deleted)
                              .order_by(SuccessStory.written_on.desc(), SuccessStory.id)))


# -- exit -------------------------------------------------------------------------------------------


def _exit_of(session, participant_id: str) -> ExitRecord | None:
    return session.scalar(select(ExitRecord).where(ExitRecord.participant_id == participant_id, ~ExitRecord.deleted))


def get_exit(ctx, participant_id: str) -> ExitRecord | None:
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        return _exit_of(s, participant_id)


def record_exit(ctx, participant_id: str, exit_date, *, early: bool = False, reason: str = "", note: str = "") -> ExitRecord:
    """Exit the participant once. An early exit writes its case note (subject "Early exit: reason",
    dated the exit date) through the case-note service; the enrollment status becomes Exited through
    the participants service. All of it commits together, or none of it."""
    require_staff(ctx.user)
    values = {"exit_date": exit_date, "early": bool(early), "reason": (reason or "").strip() if early else "",
              "note": (note or "").strip() if early else ""}
    typing = Problems()
    _parse_date(values, "exit_date", "Date of program exit", typing)
    with ctx.batch() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        existing = _exit_of(rec.session, participant_id)
        if existing is not None:
            raise ValidationError([FieldError("exit", _("This participant already exited on {exit_date:%m/%d/%Y}; a participant is exited only once.").format(exit_date=existing.exit_date))])
        missing = OutcomeSummary(_checklist(rec.session, participant_id), None).missing_for_exit
        _every_problem(typing.items, lambda: rules.check_exit(values, missing=missing))
        case_note_id = None
        if values["early"]:
            case_note_id = records.add_case_note(ctx, participant_id, contact_date=values["exit_date"],
                                                 subject=f"Early exit: {values['reason']}", message=values["note"]).id
        exit_row = rec.add(ExitRecord(participant_id=participant_id, exit_date=values["exit_date"], early=values["early"],
                                      reason=values["reason"], case_note_id=case_note_id),
                           summary=f"Exit {values['exit_date']:%m/%d/%Y}" + (f" (early: {values['reason']})" if values["early"] else ""))
        participants.update_participant(ctx, participant_id, enrollment_status=domain.EXITED)
        return exit_row


# -- employment after exit --------------------------------------------------------------------------


def _employment_values(values: dict, typing: Problems) -> dict:
    values = strip_text(values)
    reject_unknown(EmploymentOutcome, values, allowed=EMPLOYMENT_FIELDS)
    normalise_state_zip(values)
    _parse_date(values, "start_date", "Start date", typing)
    _parse_date(values, "end_date", "End date", typing)
    return values


def add_employment(ctx, participant_id: str, **values) -> EmploymentOutcome:
    """Seed 003: employment is tracked after exiting the program."""
    require_staff(ctx.user)
    typing = Problems()
    values = _employment_values({"current": True, "meets_needs": True, "address": "", **values}, typing)
    with ctx.write() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        if _exit_of(rec.session, participant_id) is None:
            raise ValidationError([FieldError("exit", _("Employment after exit is recorded once the participant has exited: record the exit first."))])
        _every_problem(typing.items, lambda: rules.check_employment(values))
        return rec.add(EmploymentOutcome(participant_id=participant_id, **values), summary=f"Employment after exit “{values['employer']}”")


def update_employment(ctx, employment_id: str, **changes) -> EmploymentOutcome:
    require_staff(ctx.user)
    typing = Problems()
    changes = _employment_values(changes, typing)
    with ctx.write() as rec:
        job = load_owned(rec.session, ctx.user, EmploymentOutcome, employment_id)
        _every_problem(typing.items, lambda: rules.check_employment(merged(job, changes)))
        rec.update(job, changes)
        return job


def list_employment(ctx, participant_id: str) -> list[EmploymentOutcome]:
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        return list(s.scalars(select(EmploymentOutcome).where(EmploymentOutcome.participant_id == participant_id, ~EmploymentOutcome.deleted)
                              .order_by(EmploymentOutcome.start_date.desc(), EmploymentOutcome.id)))


def undo_exit(ctx, participant_id: str, reason: str) -> None:
    """An exit recorded by mistake (or a participant who comes back before the exit is reported) is
    undone by an administrator or program manager, with the reason in the Update Log; the enrollment
    status returns to Active. The early exit's case note stays: case notes are insert-only."""
    if ctx.user.role not in ("administrator", "program_manager"):
        raise NotAllowed(_("Only an administrator or a program manager can undo an exit."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError([FieldError("reason", _("Reason is required to undo an exit: say why the exit was wrong."))])
    with ctx.batch() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        exit_row = _exit_of(rec.session, participant_id)
        if exit_row is None:
            raise ValidationError([FieldError("exit", _("This participant has not exited: there is no exit to undo."))])
        rec.remove(exit_row, summary=f"Exit {exit_row.exit_date:%m/%d/%Y}")
        rec.log(exit_row, "undone", field="Reason", new=reason)
        rec.session.flush()
        participants.update_participant(ctx, participant_id, enrollment_status="Active")
