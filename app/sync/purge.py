"""Leaving scope purges (issue 10, item 8): after a sync, the rows of every participant this device holds
but the server no longer lists in its scope (`GET /scope`: moved to another organization, another
planner's caseload) are removed from the laptop, as CommCare purges cases no longer owned after a restore.

Like app/sync/apply.py this writes with SQLAlchemy Core, not through the ChangeRecorder: a purge is not a
change to sync, only this copy forgetting what it may no longer hold. It runs after the push, so what
could still be sent was sent; ops the server refused stay in `sync_rejected` for a person to resolve,
and ops still in the outbox stay there (the next push sets them aside when refused).
"""

from __future__ import annotations

import logging

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.base import Base
from db.models import Blob, Document, Participant, Signature

log = logging.getLogger("fieldplan.sync")
#: local bookkeeping kept through a purge (unsent and rejected ops keep their values for a person)
KEEP = frozenset({"sync_outbox", "sync_rejected"})


def out_of_scope(session, in_scope: list[str]) -> list[str]:
    allowed = set(in_scope)
    return [pid for pid in session.scalars(select(Participant.id)) if pid not in allowed]


def purge_participants(workspace, in_scope: list[str]) -> int:
    """Remove every row of the participants not in `in_scope`; returns how many participants went."""
    with workspace.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys=OFF")  # set before BEGIN; rows go child-first anyway
        try:
            with Session(bind=conn) as session, session.begin():
                gone = out_of_scope(session, in_scope)
                if gone:
                    _remove(session, gone)
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    if gone:
        log.info("sync: %d participant(s) left this device's scope; their rows were removed", len(gone))
    return len(gone)


def _remove(session, ids: list[str]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        hashes = set(session.scalars(select(Document.sha256).where(Document.participant_id.in_(chunk)))) | set(
            session.scalars(select(Signature.png_sha256).where(Signature.participant_id.in_(chunk)))
        )
        for table in reversed(Base.metadata.sorted_tables):
            if "participant_id" in table.c and table.name not in KEEP:
                session.execute(delete(table).where(table.c.participant_id.in_(chunk)))
        session.execute(delete(Participant.__table__).where(Participant.__table__.c.id.in_(chunk)))
        still_used = set(session.scalars(select(Document.sha256).where(Document.sha256.in_(hashes)))) | set(
            session.scalars(select(Signature.png_sha256).where(Signature.png_sha256.in_(hashes)))
        )
        gone_blobs = [h for h in hashes - still_used if h]
        if gone_blobs:
            session.execute(delete(Blob).where(Blob.sha256.in_(gone_blobs)))
