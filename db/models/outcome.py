"""Outcomes tab (seed 003): skill gains, exit, employment after exit, success stories."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Float, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, ParticipantOwned


class SkillGain(ParticipantOwned, Base):
    __tablename__ = "skill_gain"
    __label__ = "Measurable skill gain"
    kind: Mapped[str] = mapped_column(String(80))
    answers: Mapped[str] = mapped_column(Text, default="{}")
    document_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    attained_on: Mapped[dt.date] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text)


class ExitRecord(ParticipantOwned, Base):
    __tablename__ = "exit_record"
    __label__ = "Exit"
    exit_date: Mapped[dt.date] = mapped_column(Date)
    early: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    case_note_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class EmploymentOutcome(ParticipantOwned, Base):
    __tablename__ = "employment_outcome"
    __label__ = "Employment after exit"
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    employer: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[dt.date] = mapped_column(Date)
    job_title: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(2))
    zip: Mapped[str] = mapped_column(String(10))
    duties: Mapped[str] = mapped_column(Text)
    hours_per_week: Mapped[float] = mapped_column(Float)
    meets_needs: Mapped[bool] = mapped_column(Boolean, default=True)
    #: seed 003: the Employment table's End Date ("Present" while current), a second address line and
    #: "Does this job meet your needs? Why or why not?"
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    address_2: Mapped[str] = mapped_column(String(200), default="")
    meets_needs_why: Mapped[str] = mapped_column(Text, default="")


class SuccessStory(ParticipantOwned, Base):
    """Seed 003's table: Title, Program Type, Service Provider, Career Pathway, Date Created, Status."""

    __tablename__ = "success_story"
    __label__ = "Success story"
    written_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(String(200), default="")
    program_type: Mapped[str] = mapped_column(String(80), default="")
    provider: Mapped[str] = mapped_column(String(200), default="")
    career_pathway: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(40), default="Draft")
