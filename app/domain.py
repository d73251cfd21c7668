"""The career plan's fixed vocabularies (DOMAIN.md). Labels shown to people are these strings."""
from __future__ import annotations

ROLES = ("caseworker", "program_manager", "administrator", "participant")
ROLE_LABELS = {
    "caseworker": "Career planner",
    "program_manager": "Program manager",
    "administrator": "Administrator",
    "participant": "Participant",
}

PROGRAMS = ("Adult", "Dislocated Worker", "Youth")
ENROLLMENT_STATUSES = ("Applicant", "Active", "Inactive", "Exited")


def plan_type(program: str) -> str:
    """IEP for adults and dislocated workers, ISS for youth (seed 002)."""
    return "ISS" if program == "Youth" else "IEP"


GOAL_CATEGORIES = ("Support Services", "Career Plan", "Education/Training Plan", "Independent Living")
GOAL_TERMS = ("Short Term", "Long Term")
GOAL_STATUSES = ("Not Started", "On Track", "Off Track", "Complete")
GOAL_STATEMENT_MAX = 144

PLANNED = "Planned/Not Started"
STARTED = "Started/Open"
SUCCESSFUL = "Successful Completion"
UNSUCCESSFUL = "Unsuccessful Completion"
EVALUATED = "Evaluated/Not Required"
SERVICE_STATUSES = (PLANNED, STARTED, SUCCESSFUL, UNSUCCESSFUL, EVALUATED)
COMPLETION_STATUSES = (SUCCESSFUL, UNSUCCESSFUL)

PROVIDER_KINDS = ("default", "listed", "other")

PAYMENT_METHODS = ("Check", "Voucher", "Gift card", "Direct payment", "Bus pass")

#: as the seed's 'Credential Source' drop-down names them (seed 003)
CREDENTIAL_SOURCES = (
    "Copy of Credential",
    "Copy of Diploma",
    "Copy of Certificate",
    "Copy of Degree",
    "Copy of Graduation List",
    "Written Verification of Transcript",
)
#: the short names earlier versions stored: still accepted (a synced row from an older laptop), read as the seed's name
FORMER_CREDENTIAL_SOURCES = {"Diploma": "Copy of Diploma", "Certificate": "Copy of Certificate", "Degree": "Copy of Degree",
                             "Graduation List": "Copy of Graduation List"}
CREDENTIAL_TYPES = (
    "H.S. Diploma/Equivalency/G.E.D.",
    "A.A. or A.S.",
    "B.A. or B.S.",
    "Occupational Skills License",
    "Occupational Skills Certificate or Credential",
    "Other Recognized Diploma, Degree, or Certificate",
    "Occupational Certification",
    "Graduate/Post Graduate",
)

NOTE_DELIVERIES = ("Saved only", "Message to participant", "Message and email")

AGREEMENT_STATUSES = (
    "Unknown",
    "Signature collected – physical, on file",
    "Signature collected – electronic",
    "Request sent (electronic, pending)",
    "Unable to collect signature",
)
SIGNED_STATUSES = AGREEMENT_STATUSES[1:3]

#: what an upload is (issue 12): the physical agreement needs a "Signed agreement" among them
DOCUMENT_KINDS = ("Signed agreement", "Transcript", "Credential proof", "Other")
#: kinds the app gives the files it stores itself (a skill gain's proof)
STORED_KINDS = ("Measurable skill gain", "Customer copy")

ASSESSMENT_SECTIONS = (
    "Skills and interests",
    "Barriers",
    "Basic skills",
    "Employment/education history",
    "Family/support system",
    "Job/employability skills",
    "Aptitudes",
    "Everyday life skills",
    "Disability benefits estimator",
    "Employment 101",
    "NOCTI",
    "Self/observational/worksite evaluation",
)
ASSESSMENT_STATUSES = ("Complete", "Not Complete")

POSITION_TYPES = ("Full-time", "Part-time")
PLACEMENT_STATUSES = ("Planned/Not Started", "Started (Open)", "Successful completion", "Unsuccessful completion")
FOLLOW_UP_DAYS = (30, 60, 90, 180, 270)

EXITED = "Exited"
#: seed 003, Measurable Skill Gains: "Select one of five types of skills gain"
SKILL_GAIN_KINDS = (
    "Educational Functional Level (EFL)",
    "Secondary Transcript/Report Card",
    "Postsecondary Transcript/Report Card",
    "Training Milestone",
    "Skills Progression/Diploma/Certificate/Degree",
)
#: the skill gain questions' "Highest Level of Education" list (seed 003 shows "H.S. Junior")
EDUCATION_LEVELS = (
    "Grade 8 or below",
    "H.S. Freshman",
    "H.S. Sophomore",
    "H.S. Junior",
    "H.S. Senior",
    "H.S. Diploma/Equivalency/G.E.D.",
    "Some postsecondary",
    "Associate degree",
    "Bachelor's degree or higher",
)
#: seed 003, Exit: "Select an Exit Reason from the dropdown" (the WIOA reasons for exiting early)
EXIT_REASONS = (
    "Found employment",
    "Moved out of the area",
    "Health/medical",
    "Family care",
    "Institutionalized",
    "Reserve forces called to active duty",
    "Lost contact",
    "Declined further services",
    "Deceased",
    "Other",
)
