"""What the laptop sends to a participant, and what the server reports back (issue 14).

An outgoing message is written in the same transaction as the change that causes it (a case note sent as
message, a goal set Off Track, a customer copy printed, an electronic agreement request, an invitation to the
participant's page). It travels to the server like any synced row; the server delivers it once (its id is
the delivery key) and writes `status`/`status_reason`/`sent_at` back, which the laptop pulls.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, ParticipantOwned


class OutgoingMessage(ParticipantOwned, Base):
    __tablename__ = "outgoing_message"
    __label__ = "Message to the participant"
    #: case_note, off_track, plan_updated, agreement_request, invite
    kind: Mapped[str] = mapped_column(String(30))
    #: message (the participant's page only) or message_email (the page and an email)
    channel: Mapped[str] = mapped_column(String(20), default="message")
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    #: the row that caused it (a case note, a goal, a plan agreement)
    source_table: Mapped[str] = mapped_column(String(60), default="")
    source_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    #: queued → sent → delivered, or failed; written by the server only
    status: Mapped[str] = mapped_column(String(20), default="queued")
    status_reason: Mapped[str] = mapped_column(String(300), default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
