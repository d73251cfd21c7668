"""The words a reader sees for a stored value of the plan's fixed vocabularies (app/domain.py), in their
language (issue 15). Rows keep the canonical English value (what the seeds name, what sync and the reports
compare); only its display is translated: the window's tables and combos (ui/), the customer copy and the
participant's page (in the participant's language).

    label("On Track")              → "En camino" when the UI is Spanish
    label("On Track", "en")        → "On Track"
    role_label("caseworker", "es") → "Planificador de carrera"

Every value is listed below with an N_ marker so Babel extracts it into the catalog; a test checks that
every value of app/domain.py is listed, so a new value cannot reach the window untranslated.
"""
from __future__ import annotations

from app import domain
from app.i18n import N_, current_language, translation

VOCABULARY = (
    # programs, enrollment statuses
    N_("Adult"), N_("Dislocated Worker"), N_("Youth"),
    N_("Applicant"), N_("Active"), N_("Inactive"), N_("Exited"),
    # goal categories, terms, statuses
    N_("Support Services"), N_("Career Plan"), N_("Education/Training Plan"), N_("Independent Living"),
    N_("Short Term"), N_("Long Term"),
    N_("Not Started"), N_("On Track"), N_("Off Track"), N_("Complete"),
    # the step catalog's service types (resources/catalog.json)
    N_("Career Exploration"), N_("Education"), N_("Employment"), N_("Job Search"), N_("Referral"), N_("Support Service"),
    N_("Training"), N_("Work Experience"),
    # step/service statuses
    N_("Planned/Not Started"), N_("Started/Open"), N_("Successful Completion"), N_("Unsuccessful Completion"),
    N_("Evaluated/Not Required"),
    # payment methods
    N_("Check"), N_("Voucher"), N_("Gift card"), N_("Direct payment"), N_("Bus pass"),
    # credential sources and types
    N_("Copy of Credential"), N_("Copy of Diploma"), N_("Copy of Certificate"), N_("Copy of Degree"),
    N_("Copy of Graduation List"), N_("Written Verification of Transcript"),
    N_("H.S. Diploma/Equivalency/G.E.D."), N_("A.A. or A.S."), N_("B.A. or B.S."), N_("Occupational Skills License"),
    N_("Occupational Skills Certificate or Credential"), N_("Other Recognized Diploma, Degree, or Certificate"),
    N_("Occupational Certification"), N_("Graduate/Post Graduate"),
    # case notes: how sent
    N_("Saved only"), N_("Message to participant"), N_("Message and email"),
    # agreement statuses
    N_("Unknown"), N_("Signature collected – physical, on file"), N_("Signature collected – electronic"),
    N_("Request sent (electronic, pending)"), N_("Unable to collect signature"),
    # uploads' kinds
    N_("Signed agreement"), N_("Transcript"), N_("Credential proof"), N_("Other"),
    N_("Measurable skill gain"), N_("Customer copy"),
    # assessments
    N_("Skills and interests"), N_("Barriers"), N_("Basic skills"), N_("Employment/education history"),
    N_("Family/support system"), N_("Job/employability skills"), N_("Aptitudes"), N_("Everyday life skills"),
    N_("Disability benefits estimator"), N_("Employment 101"), N_("NOCTI"), N_("Self/observational/worksite evaluation"),
    N_("Not Complete"),
    # placements
    N_("Full-time"), N_("Part-time"),
    N_("Started (Open)"), N_("Successful completion"), N_("Unsuccessful completion"),
    # measurable skill gains, education levels
    N_("Educational Functional Level (EFL)"), N_("Secondary Transcript/Report Card"),
    N_("Postsecondary Transcript/Report Card"), N_("Training Milestone"), N_("Skills Progression/Diploma/Certificate/Degree"),
    N_("Grade 8 or below"), N_("H.S. Freshman"), N_("H.S. Sophomore"), N_("H.S. Junior"), N_("H.S. Senior"),
    N_("Some postsecondary"), N_("Associate degree"), N_("Bachelor's degree or higher"),
    # exit reasons
    N_("Found employment"), N_("Moved out of the area"), N_("Health/medical"), N_("Family care"), N_("Institutionalized"),
    N_("Reserve forces called to active duty"), N_("Lost contact"), N_("Declined further services"), N_("Deceased"),
    # the ISTEP rubric (app/rubric.py): levels, categories
    N_("Below"), N_("Meets"), N_("Exceeds"),
    N_("Quality of information"), N_("Contact information"), N_("Assessment"), N_("Goals"), N_("Customer-centered services"),
    N_("Timeliness"), N_("Overall"),
    # the Update Log: its actions and what changed (db.models' __label__)
    N_("added"), N_("changed"), N_("removed"),
    N_("Additional contact"), N_("Assessment result"), N_("Assessment section"), N_("Assessment summary"), N_("Attendance day"),
    N_("Attendance week"), N_("Case note"), N_("Catalog item"), N_("Conflict"), N_("Credential"), N_("Dollar value"),
    N_("Employer"), N_("Employment after exit"), N_("Exit"), N_("Follow-up"), N_("Goal"), N_("Job"),
    N_("Message to the participant"), N_("Organization"), N_("Placement status"), N_("Plan agreement"),
    N_("Post-assessment score"), N_("Profile"), N_("Provider"), N_("Region"), N_("Signature"), N_("Step/service"),
    N_("Success story"), N_("Update Log"), N_("Upload"), N_("User"), N_("Worksite placement"), N_("Worksite"), N_("record"),
    # roles (domain.ROLE_LABELS: code → these words)
    N_("Career planner"), N_("Program manager"), N_("Administrator"), N_("Participant"),
)
_KNOWN = frozenset(VOCABULARY)


def label(value: str | None, language: str | None = None) -> str:
    """`value` as a reader of `language` (default: the UI language) reads it. A value outside the
    vocabularies (free text, a value of a newer version) is shown as stored."""
    if not value:
        return ""
    value = domain.FORMER_CREDENTIAL_SOURCES.get(value, value)
    if value not in _KNOWN:
        return value
    return translation(language or current_language()).gettext(value)


def role_label(role: str | None, language: str | None = None) -> str:
    """A user's role code ("caseworker") as its name ("Career planner" / "Planificador de carrera")."""
    return label(domain.ROLE_LABELS.get(role or "", role or ""), language)


def choices(values, language: str | None = None) -> list[tuple[str, str]]:
    """(shown label, stored value) pairs for a combo box of one vocabulary."""
    return [(label(v, language), v) for v in values]
