"""The participant and their profile side bar (DOMAIN.md, Participant profile)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, ParticipantOwned, Synced


class Participant(Synced, Base):
    __tablename__ = "participant"
    __label__ = "Profile"
    __unlogged__ = frozenset({"search_key"})
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str] = mapped_column(String(100), default="")
    #: accent-free lower-case copy of the names for search as you type (derived on write)
    search_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    username: Mapped[str] = mapped_column(String(80), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    ssn_last4: Mapped[str] = mapped_column(String(4), default="")
    individual_number: Mapped[str] = mapped_column(String(40), default="", index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    state: Mapped[str] = mapped_column(String(2), default="")
    zip: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    social_media: Mapped[str] = mapped_column(String(200), default="")
    #: the language the participant reads: their customer copy, signing screen, messages and page (issue 15)
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")
    organization_id: Mapped[str] = mapped_column(String(36), ForeignKey("organization.id"), index=True)
    planner_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("app_user.id"), nullable=True)
    program: Mapped[str] = mapped_column(String(40), default="Adult")
    enrollment_status: Mapped[str] = mapped_column(String(40), default="Active")
    program_enrollment_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    recertification_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    application_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    eligibility_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    assessments_completed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    plan_created_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    last_plan_review: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    career_pathway: Mapped[str] = mapped_column(String(200), default="")
    occupation_1: Mapped[str] = mapped_column(String(200), default="")
    occupation_2: Mapped[str] = mapped_column(String(200), default="")
    wage_goal: Mapped[float | None] = mapped_column(Float, nullable=True)
    #: set by a new goal or a goal going Off Track; cleared by a signed agreement
    needs_agreement: Mapped[bool] = mapped_column(Boolean, default=False)


class ContactPerson(ParticipantOwned, Base):
    __tablename__ = "contact_person"
    __label__ = "Additional contact"
    name: Mapped[str] = mapped_column(String(200))
    relationship: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class Assessment(ParticipantOwned, Base):
    """High-level assessment list on the Overview (Career Cluster Inventory, NOCTI, ...)."""

    __tablename__ = "assessment"
    __label__ = "Assessment"
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="Not Complete")
    completed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class AssessmentSection(ParticipantOwned, Base):
    """Intake findings per section of 1. Review Assessment (skills and interests, barriers, ...)."""

    __tablename__ = "assessment_section"
    __label__ = "Assessment section"
    section: Mapped[str] = mapped_column(String(80))
    content: Mapped[str] = mapped_column(Text, default="")


class AssessmentSummary(ParticipantOwned, Base):
    __tablename__ = "assessment_summary"
    __label__ = "Assessment summary"
    written_on: Mapped[dt.date] = mapped_column(Date)
    author_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    text: Mapped[str] = mapped_column(Text)


class AssessmentResult(ParticipantOwned, Base):
    """Results of assessments done elsewhere."""

    __tablename__ = "assessment_result"
    __label__ = "Assessment result"
    name: Mapped[str] = mapped_column(String(200))
    taken_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(80), default="")
    category: Mapped[str] = mapped_column(String(80), default="")
    score: Mapped[str] = mapped_column(String(80), default="")


class PostAssessmentScore(ParticipantOwned, Base):
    __tablename__ = "post_assessment_score"
    __label__ = "Post-assessment score"
    module: Mapped[str] = mapped_column(String(200))
    score_pct: Mapped[float] = mapped_column(Float)
