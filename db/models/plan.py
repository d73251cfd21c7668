"""Goals, plan services and what hangs off a service (payments, attendance, credentials)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, ParticipantOwned


class Goal(ParticipantOwned, Base):
    __tablename__ = "goal"
    __label__ = "Goal"
    statement: Mapped[str] = mapped_column(String(144))
    category: Mapped[str] = mapped_column(String(60))
    term: Mapped[str] = mapped_column(String(20), default="Short Term")
    status: Mapped[str] = mapped_column(String(20), default="Not Started")
    justification: Mapped[str] = mapped_column(Text, default="")
    created_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)


class PlanService(ParticipantOwned, Base):
    """A step/service added from the catalog and assigned to a goal (seed 001, Status sub-tab)."""

    __tablename__ = "plan_service"
    __label__ = "Step/service"
    goal_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("goal.id"), nullable=True, index=True)
    catalog_item_id: Mapped[str] = mapped_column(String(36), ForeignKey("catalog_item.id"))
    status: Mapped[str] = mapped_column(String(40), default="Planned/Not Started")
    planned_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    planned_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    weekly_hours: Mapped[float] = mapped_column(Float, default=0)
    completion_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    barriers: Mapped[str] = mapped_column(Text, default="")
    provider_kind: Mapped[str] = mapped_column(String(20), default="default")
    provider_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("provider.id"), nullable=True)
    other_provider_name: Mapped[str] = mapped_column(String(200), default="")
    other_provider_address: Mapped[str] = mapped_column(String(200), default="")
    other_provider_city: Mapped[str] = mapped_column(String(100), default="")
    other_provider_state: Mapped[str] = mapped_column(String(2), default="")
    other_provider_zip: Mapped[str] = mapped_column(String(10), default="")
    entered_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)


class SupportPayment(ParticipantOwned, Base):
    """Dollar Value sub-tab; the total (amount × quantity) is derived, never stored."""

    __tablename__ = "support_payment"
    __label__ = "Dollar value"
    plan_service_id: Mapped[str] = mapped_column(String(36), ForeignKey("plan_service.id"), index=True)
    service_type: Mapped[str] = mapped_column(String(80))
    subtype: Mapped[str] = mapped_column(String(80), default="")
    payment_method: Mapped[str] = mapped_column(String(40))
    payment_date: Mapped[dt.date] = mapped_column(Date)
    unit_amount: Mapped[float] = mapped_column(Float)
    quantity: Mapped[float] = mapped_column(Float, default=1)
    fund_source: Mapped[str] = mapped_column(String(80), default="")


class AttendanceWeek(ParticipantOwned, Base):
    """A Sunday–Saturday week of one service; hours are summed from its days."""

    __tablename__ = "attendance_week"
    __label__ = "Attendance week"
    plan_service_id: Mapped[str] = mapped_column(String(36), ForeignKey("plan_service.id"), index=True)
    week_start: Mapped[dt.date] = mapped_column(Date)
    submitted: Mapped[bool] = mapped_column(Boolean, default=False)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    verified_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class AttendanceDay(ParticipantOwned, Base):
    """One day of the week grid; times are 'HH:MM' (24 h) or empty."""

    __tablename__ = "attendance_day"
    __label__ = "Attendance day"
    week_id: Mapped[str] = mapped_column(String(36), ForeignKey("attendance_week.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    check_in: Mapped[str] = mapped_column(String(5), default="")
    lunch_start: Mapped[str] = mapped_column(String(5), default="")
    lunch_end: Mapped[str] = mapped_column(String(5), default="")
    check_out: Mapped[str] = mapped_column(String(5), default="")
    absent: Mapped[bool] = mapped_column(Boolean, default=False)
    makeup_minutes: Mapped[int] = mapped_column(Integer, default=0)


class Credential(ParticipantOwned, Base):
    __tablename__ = "credential"
    __label__ = "Credential"
    plan_service_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("plan_service.id"), nullable=True)
    name: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(80))
    attained_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(80))
    institution: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    work_experience_in_field: Mapped[bool] = mapped_column(Boolean, default=False)
    entered_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)


class CaseNote(ParticipantOwned, Base):
    """Insert-only (never conflicts in sync)."""

    __tablename__ = "case_note"
    __label__ = "Case note"
    contact_date: Mapped[dt.date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(String(200))
    message: Mapped[str] = mapped_column(Text, default="")
    task: Mapped[str] = mapped_column(String(200), default="")
    delivery: Mapped[str] = mapped_column(String(40), default="Saved only")
    two_way_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    author_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    entered_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)


class PlanAgreement(ParticipantOwned, Base):
    """One entry of the Customer Goal/Plan Agreement history; the latest is the current status."""

    __tablename__ = "plan_agreement"
    __label__ = "Plan agreement"
    status: Mapped[str] = mapped_column(String(60))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class Signature(ParticipantOwned, Base):
    __tablename__ = "signature"
    __label__ = "Signature"
    agreement_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    signer_role: Mapped[str] = mapped_column(String(20))
    signer_name: Mapped[str] = mapped_column(String(200))
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    strokes: Mapped[str] = mapped_column(Text, default="[]")
    png_sha256: Mapped[str] = mapped_column(String(64), default="")


class Document(ParticipantOwned, Base):
    """An upload attached to the plan; the bytes live in `blob` by SHA-256."""

    __tablename__ = "document"
    __label__ = "Upload"
    name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(60), default="Document")
    mime: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer, default=0)
    uploaded_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)
