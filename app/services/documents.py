"""Uploads attached to a plan (signed agreements, scans): bytes stored by SHA-256 in the encrypted db."""
from __future__ import annotations

from app.i18n import _
import hashlib
import mimetypes

from sqlalchemy import select

from app import domain
from app.errors import FieldError, Problems, ValidationError
from app.scope import require_staff, visible_participant
from app.services.common import load_owned
from db.models import Blob, Document

MAX_BYTES = 25 * 1024 * 1024


def store_blob(session, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, data=data))
    return digest


def check_upload(name: str, data: bytes, problems: Problems, field: str = "") -> None:
    """A file that cannot be stored (no name, empty, too large); reported on `field`, else on name/data.

    Services that store a file together with their own record check it with their other fields."""
    if not name.strip():
        problems.add(field or "name", _("File name is required."))
    elif not data:
        problems.add(field or "data", _("“{name}” is empty.").format(name=name))
    elif len(data) > MAX_BYTES:
        problems.add(field or "data", _("“{name}” is larger than {value} MB.").format(name=name, value=MAX_BYTES // 1024 // 1024))


def add_document(ctx, participant_id: str, name: str, data: bytes, kind: str = "Other", mime: str = "") -> Document:
    """An upload with its kind (signed agreement, transcript, credential proof, other)."""
    if ctx.user.role == "participant" and participant_id != ctx.user.participant_id:
        require_staff(ctx.user)
    problems = Problems()
    check_upload(name, data, problems)
    if kind not in domain.DOCUMENT_KINDS + domain.STORED_KINDS:
        problems.add("kind", _("Kind of upload is required: signed agreement, transcript, credential proof or other."))
    problems.raise_if_any()
    mime = mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
    with ctx.write() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        digest = store_blob(rec.session, data)
        document = Document(participant_id=participant_id, name=name.strip(), kind=kind, mime=mime, sha256=digest, size=len(data))
        return rec.add(document, summary=f"“{name.strip()}” ({kind})")


def open_document(ctx, document_id: str) -> bytes:
    with ctx.read() as s:
        document = load_owned(s, ctx.user, Document, document_id)
        return s.get(Blob, document.sha256).data


def remove_document(ctx, document_id: str) -> None:
    require_staff(ctx.user)
    with ctx.write() as rec:
        document = load_owned(rec.session, ctx.user, Document, document_id)
        rec.remove(document, summary=f"“{document.name}” ({document.kind})")


def list_documents(ctx, participant_id: str) -> list[Document]:
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        return list(s.scalars(select(Document).where(Document.participant_id == participant_id, ~Document.deleted).order_by(Document.uploaded_on.desc())))


def set_document_kind(ctx, document_id: str, kind: str) -> Document:
    """Correct what an upload is (an old upload, or the wrong kind chosen)."""
    require_staff(ctx.user)
    if kind not in domain.DOCUMENT_KINDS:
        raise ValidationError([FieldError("kind", _("Kind of upload must be signed agreement, transcript, credential proof or other."))])
    with ctx.write() as rec:
        document = load_owned(rec.session, ctx.user, Document, document_id)
        rec.update(document, {"kind": kind})
        return document
