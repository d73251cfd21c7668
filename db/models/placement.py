"""Employers → worksites → jobs, and placements with status history and follow-ups (seed 001)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, ParticipantOwned, Synced


class Employer(Synced, Base):
    __tablename__ = "employer"
    __label__ = "Employer"
    name: Mapped[str] = mapped_column(String(200))
    organization_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("organization.id"), nullable=True)
    phone: Mapped[str] = mapped_column(String(40), default="")


class Worksite(Synced, Base):
    __tablename__ = "worksite"
    __label__ = "Worksite"
    employer_id: Mapped[str] = mapped_column(String(36), ForeignKey("employer.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    state: Mapped[str] = mapped_column(String(2), default="")
    zip: Mapped[str] = mapped_column(String(10), default="")


class Job(Synced, Base):
    __tablename__ = "job"
    __label__ = "Job"
    worksite_id: Mapped[str] = mapped_column(String(36), ForeignKey("worksite.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    occupation: Mapped[str] = mapped_column(String(200), default="")
    openings: Mapped[int] = mapped_column(Integer, default=1)
    hourly_wage: Mapped[float] = mapped_column(Float, default=0)


class Placement(ParticipantOwned, Base):
    __tablename__ = "placement"
    __label__ = "Worksite placement"
    plan_service_id: Mapped[str] = mapped_column(String(36), ForeignKey("plan_service.id"), index=True)
    job_id: Mapped[str] = mapped_column(String(36), ForeignKey("job.id"))
    minimum_wage: Mapped[float] = mapped_column(Float)
    hourly_wage: Mapped[float] = mapped_column(Float)
    subsidized_wage: Mapped[float] = mapped_column(Float)
    employer_wage_match: Mapped[float] = mapped_column(Float, default=0)
    position_type: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(40), default="Planned/Not Started")
    start_date: Mapped[dt.date] = mapped_column(Date)
    planned_due: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    subsidized_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    subsidized_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    weekly_hours: Mapped[float] = mapped_column(Float, default=0)


class PlacementStatusChange(ParticipantOwned, Base):
    __tablename__ = "placement_status_change"
    __label__ = "Placement status"
    placement_id: Mapped[str] = mapped_column(String(36), ForeignKey("placement.id"), index=True)
    status: Mapped[str] = mapped_column(String(40))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    inactive_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    return_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class FollowUp(ParticipantOwned, Base):
    """A follow-up review at 30/60/90/180/270 days after the placement start (seed 001)."""

    __tablename__ = "follow_up"
    __label__ = "Follow-up"
    placement_id: Mapped[str] = mapped_column(String(36), ForeignKey("placement.id"), index=True)
    day_offset: Mapped[int] = mapped_column(Integer)
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    wage: Mapped[float | None] = mapped_column(Float, nullable=True)
    employment_verified: Mapped[bool] = mapped_column(Boolean, default=False)
    case_note_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
