"""Signatures captured on screen at the planning meeting (DOMAIN.md: electronic = signs on screen).

The strokes are kept (JSON) so the signature can be redrawn at any size; the PNG is what the signed
PDF shows, stored as a blob by SHA-256 in the same transaction as the Signature row.
"""
from __future__ import annotations

from app.i18n import _
import json
from dataclasses import dataclass


from app.domain import SIGNED_STATUSES
from app.errors import NotAllowed, Problems
from app.scope import visible_participant
from app.services.documents import store_blob
from db.base import utcnow
from db.models import Blob, Signature

SIGNER_ROLES = ("participant", "caseworker")
#: "Signature collected – electronic" (seed 001)
SIGNED = SIGNED_STATUSES[1]


@dataclass(frozen=True)
class CapturedSignature:
    """A signature drawn on the pad, held in memory until the plan is recorded as signed."""

    signer_role: str
    signer_name: str
    strokes: list
    png: bytes


def check_signature(ctx, participant_id: str, signer_role: str, signer_name: str, strokes: list, png_bytes: bytes) -> None:
    """Every problem with a signature at once (the pad shows them before anything is written)."""
    problems = Problems()
    if signer_role not in SIGNER_ROLES:
        problems.add("signer_role", _("Signer must be the participant or the career planner."))
    if not (signer_name or "").strip():
        problems.add("signer_name", _("Signer's name is required."))
    if not strokes or not any(len(stroke) > 0 for stroke in strokes):
        problems.add("strokes", _("Signature is empty: sign in the box first."))
    elif not png_bytes or not png_bytes.startswith(b"\x89PNG"):
        problems.add("png", _("Signature image is missing."))
    problems.raise_if_any()
    if ctx.user.role == "participant" and (participant_id != ctx.user.participant_id or signer_role != "participant"):
        raise NotAllowed(_("A participant can only sign their own plan."))


def sign_plan(ctx, participant_id: str, signer_role: str, signer_name: str, strokes: list, png_bytes: bytes) -> Signature:
    check_signature(ctx, participant_id, signer_role, signer_name, strokes, png_bytes)
    with ctx.write() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        digest = store_blob(rec.session, png_bytes)
        signature = Signature(participant_id=participant_id, signer_role=signer_role, signer_name=signer_name.strip(), signed_at=utcnow(),
                              strokes=json.dumps([[[round(x, 1), round(y, 1)] for x, y in stroke] for stroke in strokes]), png_sha256=digest)
        return rec.add(signature, summary=f"Signature of the {signer_role} ({signer_name.strip()})")


def record_signed_plan(ctx, participant_id: str, captured: list[CapturedSignature], pdf: bytes, file_name: str,
                       note: str = "Signed on screen at the planning meeting."):
    """The signed plan in ONE transaction: the PDF among the uploads, each signature, and the agreement entry
    they made (issue 11: three calls left a document with no agreement when the second failed)."""
    from app.services import documents, records

    for signature in captured:
        check_signature(ctx, participant_id, signature.signer_role, signature.signer_name, signature.strokes, signature.png)
    with ctx.batch() as rec:
        document = documents.add_document(ctx, participant_id, file_name, pdf, kind="Signed agreement", mime="application/pdf")
        agreement = records.record_agreement(ctx, participant_id, SIGNED, note=note, document_id=document.id)
        for signature in captured:
            row = sign_plan(ctx, participant_id, signature.signer_role, signature.signer_name, signature.strokes, signature.png)
            rec.update(row, {"agreement_id": agreement.id}, log=False)
        return agreement


def list_signatures(ctx, participant_id: str) -> list[Signature]:
    """A participant's signatures, oldest first (the caseworker's and the participant's, from the page too)."""
    from sqlalchemy import select

    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        query = select(Signature).where(Signature.participant_id == participant_id, ~Signature.deleted)
        return list(s.scalars(query.order_by(Signature.signed_at)))


def signature_png(ctx, signature: Signature) -> bytes:
    with ctx.read() as s:
        visible_participant(s, ctx.user, signature.participant_id)
        return s.get(Blob, signature.png_sha256).data
