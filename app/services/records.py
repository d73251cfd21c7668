"""Credentials, case notes and plan agreements: what a caseworker records about a plan."""
from __future__ import annotations

from app.i18n import _
import datetime as dt

from sqlalchemy import select

from app import domain
from app.errors import FieldError, NotAllowed, Problems, ValidationError
from app.rules.people import check_credential
from app.rules.plan import check_case_note
from app.rules.values import parse_us_date
from app.scope import require_staff, visible_participant
from app.services import messages
from app.services.common import load_owned, merged, reject_unknown, strip_text
from db.base import utcnow
from db.models import CaseNote, Credential, Participant, PlanAgreement, PlanService

# -- Earned Credentials ---------------------------------------------------------------------------


def _credential_values(values: dict) -> dict:
    values = strip_text(values)
    if values.get("source") in domain.FORMER_CREDENTIAL_SOURCES:
        values["source"] = domain.FORMER_CREDENTIAL_SOURCES[values["source"]]
    if "attained_on" in values:
        problems = Problems()
        values["attained_on"] = parse_us_date(values["attained_on"], "attained_on", "Date attained", problems)
        problems.raise_if_any()
    return values


def add_credential(ctx, participant_id: str, **values) -> Credential:
    require_staff(ctx.user)
    values = {"work_experience_in_field": False, **_credential_values(values)}
    reject_unknown(Credential, values)
    check_credential(values)
    with ctx.write() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        if values.get("plan_service_id"):
            service = load_owned(rec.session, ctx.user, PlanService, values["plan_service_id"])
            if service.participant_id != participant_id:
                raise ValidationError([FieldError("plan_service_id", _("The step/service belongs to another participant."))])
        return rec.add(Credential(participant_id=participant_id, entered_on=dt.date.today(), **values), summary=f"Credential “{values['name']}”")


def update_credential(ctx, credential_id: str, **changes) -> Credential:
    require_staff(ctx.user)
    changes = _credential_values(changes)
    reject_unknown(Credential, changes)
    with ctx.write() as rec:
        credential = load_owned(rec.session, ctx.user, Credential, credential_id)
        check_credential(merged(credential, changes))
        rec.update(credential, changes)
        return credential


def remove_credential(ctx, credential_id: str) -> None:
    require_staff(ctx.user)
    with ctx.write() as rec:
        credential = load_owned(rec.session, ctx.user, Credential, credential_id)
        rec.remove(credential, summary=f"Credential “{credential.name}”")


def list_credentials(ctx, participant_id: str, service_id: str | None = None) -> list[Credential]:
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        query = select(Credential).where(Credential.participant_id == participant_id, ~Credential.deleted).order_by(Credential.attained_on)
        if service_id:
            query = query.where(Credential.plan_service_id == service_id)
        return list(s.scalars(query))


# -- Case notes (insert-only) ---------------------------------------------------------------------


def add_case_note(ctx, participant_id: str, **values) -> CaseNote:
    require_staff(ctx.user)
    values = {"delivery": "Saved only", "message": "", "task": "", "two_way_contact": False, **strip_text(values)}
    reject_unknown(CaseNote, values, allowed={"contact_date", "subject", "message", "task", "delivery", "two_way_contact"})
    problems = Problems()
    values["contact_date"] = parse_us_date(values.get("contact_date"), "contact_date", "Contact date", problems)
    problems.raise_if_any()
    check_case_note(values)
    with ctx.write() as rec:
        participant = visible_participant(rec.session, ctx.user, participant_id)
        note = rec.add(CaseNote(participant_id=participant_id, author_id=ctx.user.id, entered_on=dt.date.today(), **values),
                       summary=f"Case note “{values['subject']}”")
        if messages.note_channel(values["delivery"]):
            messages.queue_message(rec, participant, "case_note", channel=messages.note_channel(values["delivery"]),
                                   subject=values["subject"], body=values["message"], source=note)
        return note


def list_case_notes(ctx, participant_id: str) -> list[CaseNote]:
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        return list(
            s.scalars(
                select(CaseNote).where(CaseNote.participant_id == participant_id, ~CaseNote.deleted).order_by(CaseNote.contact_date.desc(), CaseNote.id.desc())
            )
        )


# -- Customer Goal/Plan Agreement -----------------------------------------------------------------


def record_agreement(ctx, participant_id: str, status: str, note: str = "", document_id: str | None = None) -> PlanAgreement:
    """A new entry in the agreement history. A collected signature clears "needs agreement".

    A participant may record only their own electronic signature (signing mode).
    """
    if status not in domain.AGREEMENT_STATUSES:
        raise ValidationError([FieldError("status", _("Agreement status must be one from the list."))])
    if ctx.user.role == "participant" and (participant_id != ctx.user.participant_id or status != domain.SIGNED_STATUSES[1]):
        raise NotAllowed(_("A participant can only sign their own plan."))
    with ctx.write() as rec:
        participant = visible_participant(rec.session, ctx.user, participant_id)
        if status == domain.SIGNED_STATUSES[0]:
            document_id = _signed_copy(rec.session, participant_id, document_id)
        agreement = rec.add(
            PlanAgreement(participant_id=participant_id, status=status, recorded_at=utcnow(), note=note.strip(), document_id=document_id),
            summary=f"Plan agreement: {status}",
        )
        if status in domain.SIGNED_STATUSES:
            rec.update(participant, {"needs_agreement": False})
        if status == domain.AGREEMENT_STATUSES[3]:
            messages.queue_notice(rec, participant, "agreement_request", source=agreement)
        return agreement


def _signed_copy(session, participant_id: str, document_id: str | None) -> str:
    """"Signature collected – physical, on file" (seed 001: print, sign, upload the scan) needs the
    signed copy among the plan's uploads: the one chosen, or the newest signed agreement not yet tied
    to an earlier agreement entry."""
    from db.models import Document

    signed = domain.DOCUMENT_KINDS[0]
    if document_id:
        doc = session.get(Document, document_id)
        if doc is None or doc.deleted or doc.participant_id != participant_id or doc.kind != signed:
            raise ValidationError([FieldError("document_id", _("Choose the signed copy among this plan's uploads of kind “{signed}”.").format(signed=signed))])
        return doc.id
    used = select(PlanAgreement.document_id).where(PlanAgreement.participant_id == participant_id, PlanAgreement.document_id.is_not(None))
    doc_id = session.scalar(select(Document.id).where(Document.participant_id == participant_id, ~Document.deleted, Document.kind == signed,
                                                      Document.id.not_in(used)).order_by(Document.uploaded_on.desc(), Document.id.desc()))
    if doc_id is None:
        raise ValidationError([FieldError("document_id", _("A physical signature on file needs the signed copy among the uploads: upload the scan of the signed plan (kind “{signed}”) first.").format(signed=signed))])
    return doc_id


def agreement_history(ctx, participant_id: str) -> list[PlanAgreement]:
    """Newest first; the first entry is the current status."""
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        return list(
            s.scalars(
                select(PlanAgreement)
                .where(PlanAgreement.participant_id == participant_id, ~PlanAgreement.deleted)
                .order_by(PlanAgreement.recorded_at.desc(), PlanAgreement.id.desc())
            )
        )


def agreement_status(ctx, participant_id: str) -> tuple[str, bool]:
    """The latest status and whether the plan needs the participant's agreement again."""
    history = agreement_history(ctx, participant_id)
    with ctx.read() as s:
        needs = s.get(Participant, participant_id).needs_agreement
    return (history[0].status if history else "Unknown"), needs
