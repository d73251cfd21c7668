"""Every table of the career plan. Import from here: `from db.models import Goal`."""
from db.base import Base
from db.models.messages import OutgoingMessage
from db.models.org import CatalogItem, Organization, Provider, Region, User
from db.models.outcome import EmploymentOutcome, ExitRecord, SkillGain, SuccessStory
from db.models.participant import (
    Assessment,
    AssessmentResult,
    AssessmentSection,
    AssessmentSummary,
    ContactPerson,
    Participant,
    PostAssessmentScore,
)
from db.models.placement import Employer, FollowUp, Job, Placement, PlacementStatusChange, Worksite
from db.models.plan import (
    AttendanceDay,
    AttendanceWeek,
    CaseNote,
    Credential,
    Document,
    Goal,
    PlanAgreement,
    PlanService,
    Signature,
    SupportPayment,
)
from db.models.records import Blob, Conflict, OutboxEntry, RejectedOp, SyncState, UpdateLogEntry


def synced_tables() -> dict[str, type]:
    """Table name → model class for every row that syncs."""
    return {m.class_.__tablename__: m.class_ for m in Base.registry.mappers if getattr(m.class_, "__synced__", False)}


__all__ = [name for name in dir() if name[0].isupper()] + ["synced_tables"]
