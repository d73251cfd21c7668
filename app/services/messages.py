"""Messages to the participant, queued on the laptop and delivered by the server (issue 14).

Each is written by `queue_message` inside the transaction of the change that causes it, so a case note and
its message land together or not at all. Until the laptop syncs the status is "queued (offline)"; the server
writes sent / delivered / failed (with the reason) back onto the row and the next pull brings it here.
"""
from __future__ import annotations

from app.i18n import N_, _, translation
from sqlalchemy import select

from app import domain
from app.errors import FieldError, ValidationError
from app.scope import require_staff, visible_participant
from db.models import Document, OutgoingMessage, Participant

KINDS = ("case_note", "off_track", "plan_updated", "agreement_request", "invite")
CHANNELS = ("message", "message_email")
#: what the participant is told; the caseworker's own words only for a case note
#: (in the participant's own language when the message is queued: app/i18n.py)
TEXTS = {
    "off_track": (N_("A goal of your plan needs your attention"),
                  N_("Your career planner set the goal “{goal}” to Off Track. Please review your plan and agree to the change.")),
    "plan_updated": (N_("Your plan was updated"), N_("Your career planner printed a new copy of your plan. You can read it on your page.")),
    "agreement_request": (N_("Please agree to your plan"), N_("Your career planner asks you to read your plan and sign it on your page.")),
    "invite": (N_("Your own page in Fieldplan"), N_("Your career planner invited you to see your plan online. Open the link below to set "
                                                  "your password.")),
}
CUSTOMER_COPY = "Customer copy"


def queue_message(rec, participant: Participant, kind: str, *, channel: str = "message_email", subject: str = "", body: str = "",
                  source=None) -> OutgoingMessage:
    """In the caller's transaction. Email needs the participant's address: without one the page gets it only."""
    if kind not in KINDS or channel not in CHANNELS:
        raise ValueError(f"unknown message kind {kind!r} or channel {channel!r}")
    if kind == "invite" and not participant.email:
        raise ValidationError([FieldError("email", _("An invitation goes by email: enter the participant's email address first."))])
    if channel == "message_email" and not participant.email:
        channel = "message"
    message = OutgoingMessage(participant_id=participant.id, kind=kind, channel=channel, subject=subject[:200], body=body,
                              source_table=type(source).__tablename__ if source is not None else "",
                              source_id=source.id if source is not None else None, status="queued", status_reason="")
    return rec.add(message, summary=f"Message to the participant: {subject[:80]}")


def queue_notice(rec, participant: Participant, kind: str, source=None, **names) -> OutgoingMessage:
    t = translation(participant.language).gettext
    subject, body = (t(text) for text in TEXTS[kind])
    return queue_message(rec, participant, kind, subject=subject, body=body.format(**names), source=source)


def note_channel(delivery: str) -> str | None:
    """Case note "How sent" → channel (None: saved only)."""
    return {domain.NOTE_DELIVERIES[1]: "message", domain.NOTE_DELIVERIES[2]: "message_email"}.get(delivery)


def invite_participant(ctx, participant_id: str) -> OutgoingMessage:
    """Participant ▸ Invite to their page…: the server creates the account and emails a single-use link."""
    require_staff(ctx.user)
    with ctx.write() as rec:
        participant = visible_participant(rec.session, ctx.user, participant_id)
        return queue_notice(rec, participant, "invite", source=participant)


def customer_copy_printed(ctx, participant_id: str, pdf: bytes) -> OutgoingMessage:
    """After Print Customer Copy: the copy goes on the participant's page and they are told the plan changed."""
    from app.services.documents import store_blob

    with ctx.write() as rec:
        participant = visible_participant(rec.session, ctx.user, participant_id)
        digest = store_blob(rec.session, pdf)
        document = rec.add(Document(participant_id=participant_id, name="customer-copy.pdf", kind=CUSTOMER_COPY, mime="application/pdf",
                                    sha256=digest, size=len(pdf)), summary="Customer copy")
        return queue_notice(rec, participant, "plan_updated", source=document)


#: a message's stored delivery status → the words the case note shows (in the UI language)
STATUS_WORDS = {"queued": N_("queued (offline)"), "sent": N_("sent"), "delivered": N_("delivered"), "failed": N_("failed")}


def status_text(message: OutgoingMessage | None) -> str:
    """What the case note shows: "queued (offline)" until the server took it, then its delivery status.
    A failure's reason is the server's own text, shown as it came."""
    if message is None:
        return ""
    if message.status == "failed" and message.status_reason:
        return _("failed: {reason}").format(reason=message.status_reason)
    return _(STATUS_WORDS[message.status]) if message.status in STATUS_WORDS else message.status


def message_for(ctx, source_id: str) -> OutgoingMessage | None:
    with ctx.read() as s:
        return s.scalar(select(OutgoingMessage).where(OutgoingMessage.source_id == source_id, ~OutgoingMessage.deleted)
                        .order_by(OutgoingMessage.id.desc()))


def delivery_by_source(ctx, participant_id: str) -> dict[str, str]:
    """Source row id (a case note) → what its latest message's delivery shows."""
    return {m.source_id: status_text(m) for m in reversed(list_messages(ctx, participant_id)) if m.source_id}


def list_messages(ctx, participant_id: str) -> list[OutgoingMessage]:
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        return list(s.scalars(select(OutgoingMessage).where(OutgoingMessage.participant_id == participant_id, ~OutgoingMessage.deleted)
                              .order_by(OutgoingMessage.id.desc())))
