"""The ISTEP rubric (seed 004): Below / Meets / Exceeds standards per category, computed from the plan.

The seed judges a plan by reading it; here each criterion is read from the data that records it.
Where the seed asks for something the data cannot show (typos, plain language), the check says what
it uses instead. Seed 004 wording is quoted in each check's docstring.

Overall: Below if any category is Below; Exceeds if at least 3 of the 5 categories that have an
Exceeds level (all but quality of information) are Exceeds; otherwise Meets.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import literal_column, select

from app import domain
from app.reminders import Facts, _rows, no_gc_pauses, read_last_contact, read_people
from db.models import Participant, User

BELOW, MEETS, EXCEEDS = "Below", "Meets", "Exceeds"
LEVELS = (BELOW, MEETS, EXCEEDS)
CATEGORIES = ("Quality of information", "Contact information", "Assessment", "Goals", "Customer-centered services", "Timeliness")
INITIAL_SECTIONS = ("Barriers", "Basic skills", "Employment/education history", "Family/support system", "Job/employability skills",
                    "Skills and interests")
EXTRA_SECTIONS = ("Aptitudes", "Everyday life skills", "Self/observational/worksite evaluation")


@dataclass(frozen=True)
class ParticipantRubric:
    participant_id: str
    participant_name: str
    levels: dict[str, str]
    #: per category, what keeps it from the next level (shown in the compliance view)
    missing: dict[str, list[str]]

    @property
    def overall(self) -> str:
        if BELOW in self.levels.values():
            return BELOW
        exceeds = sum(1 for c, level in self.levels.items() if c != CATEGORIES[0] and level == EXCEEDS)
        return EXCEEDS if exceeds >= 3 else MEETS


#: what the rubric reads of the participant's own row, computed in SQL as one bit mask per participant
#: (`PROFILE_FLAGS` below): set when the profile has it (a value that is neither NULL nor empty)
LEGAL_FULL, REACH, NAMES, ADDRESS, PHONE, SOCIAL, PATHWAY = (1 << k for k in range(7))


@dataclass(slots=True)
class PlanFacts:
    """What the rubric reads about one participant, aggregated per participant in SQL (loaded in bulk
    for a caseload): no row per goal or step reaches Python, and of the participant's row only the
    `profile` bits and three dates do."""

    name: str
    enrollment_status: str
    #: LEGAL_FULL | REACH | ... bits (see PROFILE_FLAGS)
    profile: int = 0
    planner_contact: bool = False
    assessed: dt.date | None = None
    created: dt.date | None = None
    #: the last plan review, else the plan's date (what "reviewed within N days" reads)
    reviewed: dt.date | None = None
    contacts: int = 0
    sections: frozenset[str] = frozenset()
    signed: bool = False
    last_two_way: dt.date | None = None
    messaged: bool = False
    #: the terms of the participant's goals, and those with a step that has a planned due date
    goal_terms: frozenset[str] = frozenset()
    benchmarked_terms: frozenset[str] = frozenset()
    #: a goal without a justification / without any step; a Support Services goal
    unjustified_goal: bool = False
    goal_without_step: bool = False
    support_goal: bool = False
    #: number of steps; a step without planned dates; a step without dates, weekly hours or provider
    steps: int = 0
    undated_step: bool = False
    incomplete_step: bool = False

    def key(self, today: dt.date) -> tuple:
        """Everything the checks read, reduced to what can change a level or a missing line on `today`:
        participants with the same key get the same rubric (the caseload computes each key once)."""
        reviewed, created, assessed = self.reviewed, self.created, self.assessed
        if not reviewed:
            review = 0
        else:
            age = (today - reviewed).days
            review = 3 if age > 90 else 2 if age > 30 else 1
        if not created:
            plan = -2
        elif not assessed:
            plan = -3
        else:
            took = (created - assessed).days
            plan = took if took >= 5 else -1
        two_way = self.last_two_way
        return (self.profile, self.planner_contact, min(self.contacts, 2), self.sections, self.signed, self.messaged,
                two_way is not None and (today - two_way).days <= 30, self.goal_terms, self.benchmarked_terms, self.unjustified_goal,
                self.goal_without_step, self.support_goal, self.steps > 0, self.undated_step, self.incomplete_step, review, plan)


def _level(meets: list[str], exceeds: list[str] | None) -> tuple[str, list[str]]:
    """`meets`/`exceeds` are the unmet criteria of each level."""
    if meets:
        return BELOW, meets
    if exceeds is None:
        return MEETS, []
    return (EXCEEDS, []) if not exceeds else (MEETS, exceeds)


def quality(f: PlanFacts, today: dt.date) -> tuple[str, list[str]]:
    """Meets: "Information is accurate and current. Free from or minimal typos. Uses language that all
    partners and customers understand." Read as: the profile is complete (legal name, birth date,
    address, a phone or email), every goal says why (justification), every step has its planned dates,
    and the plan was reviewed within 90 days (current). The seed has no Exceeds level here."""
    missing = []
    if not f.profile & LEGAL_FULL:
        missing.append("Profile: legal name, birth date and full address")
    if not f.profile & REACH:
        missing.append("Profile: a phone or email")
    if f.unjustified_goal:
        missing.append("A justification for every goal")
    if f.undated_step:
        missing.append("Planned start and due dates on every step")
    reviewed = f.reviewed
    if not reviewed or (today - reviewed).days > 90:
        missing.append("Plan reviewed within 90 days (information current)")
    return _level(missing, None)


def contact(f: PlanFacts, today: dt.date) -> tuple[str, list[str]]:
    """Meets: "Customers legal name and the name they go by/use; Address; Customer phone/text; Social
    media for customer contact; 1 additional contact person; Case worker/Career Planner Contact
    Information" (and never the full SSN: only the last 4 are ever stored). Exceeds: "2 or more
    additional contacts"."""
    profile = f.profile
    checks = (("Legal and preferred name", profile & NAMES), ("Address", profile & ADDRESS),
              ("Phone/text", profile & PHONE), ("Social media", profile & SOCIAL),
              ("1 additional contact person", f.contacts >= 1), ("Career planner with contact information", f.planner_contact))
    missing = [label for label, ok in checks if not ok]
    return _level(missing, [] if f.contacts >= 2 else ["2 or more additional contacts"])


def assessment(f: PlanFacts, today: dt.date) -> tuple[str, list[str]]:
    """Meets: "Assess Barriers; Basic Skills…; Employment/Education History; Family/Support System;
    Job/Employability Skills; Skills and Interests" — each a 1. Review Assessment section with content.
    Exceeds: "one or more of: Assess Aptitudes; Everyday Life Skills; to determine if customer meets
    specific employer job requirements" (the self/observational/worksite evaluation section)."""
    missing = [f"Assessment: {s}" for s in INITIAL_SECTIONS if s not in f.sections]
    extra = [] if f.sections & set(EXTRA_SECTIONS) else ["Aptitudes, everyday life skills or a worksite evaluation"]
    return _level(missing, extra)


def goals(f: PlanFacts, today: dt.date) -> tuple[str, list[str]]:
    """Meets: "Identify immediate goals (short term) … Identify long term goals" and "Revisit goals …
    (e.g., quarterly review)": at least one Short Term and one Long Term goal, a career pathway or
    occupation named, and the plan reviewed within 90 days. Exceeds: "Identify 1 year (short term) goal
    benchmarks; Identify long term goal benchmarks": a Short Term and a Long Term goal each with a step
    that has a planned due date (the benchmark)."""
    missing = []
    terms = f.goal_terms
    if "Short Term" not in terms:
        missing.append("A short-term goal")
    if "Long Term" not in terms:
        missing.append("A long-term goal")
    if not f.profile & PATHWAY:
        missing.append("A career pathway or occupation")
    reviewed = f.reviewed
    if not reviewed or (today - reviewed).days > 90:
        missing.append("Goals revisited within 90 days (quarterly review)")
    benchmarked = f.benchmarked_terms
    extra = [f"Benchmarks (a step with a due date) for a {t.lower()} goal" for t in domain.GOAL_TERMS if t not in benchmarked]
    return _level(missing, extra)


def services(f: PlanFacts, today: dt.date) -> tuple[str, list[str]]:
    """Meets: "Initial plan is developed with the customer. A copy of the plan is provided" (a signed
    plan agreement); "Each service should identify the provider of the service, planned start date,
    planned end date and projected number of weekly hours"; "Each barrier should be addressed" (with
    barriers assessed, a Support Services goal); every goal has a step. Exceeds: "Use case notes
    message feature… Document two-way communication in case notes" (a message sent from a case note,
    or a two-way contact in the last 30 days)."""
    missing = []
    if not f.signed:
        missing.append("Plan agreement signed by the participant")
    if not f.steps:
        missing.append("At least one step/service")
    if f.incomplete_step:
        missing.append("Provider, planned dates and weekly hours on every step")
    if f.goal_without_step:
        missing.append("A step for every goal")
    if "Barriers" in f.sections and not f.support_goal:
        missing.append("A support services goal addressing the barriers")
    recent = f.last_two_way is not None and (today - f.last_two_way).days <= 30
    return _level(missing, [] if (f.messaged or recent) else ["A message or a documented two-way contact in case notes"])


def timeliness(f: PlanFacts, today: dt.date) -> tuple[str, list[str]]:
    """Meets: "Initial Plan Developed within 5 days of completing assessments" and "Review plan every
    30 Days". Exceeds: "Initial Plan Developed in less than 5 days of completing assessments"."""
    missing = []
    assessed, created = f.assessed, f.created
    if not created:
        missing.append("An initial plan")
    elif assessed and (created - assessed).days > 5:
        missing.append(f"Initial plan within 5 days of assessments (took {(created - assessed).days})")
    reviewed = f.reviewed
    if not reviewed or (today - reviewed).days > 30:
        missing.append("Plan reviewed within the last 30 days")
    fast = created and assessed and (created - assessed).days < 5
    return _level(missing, [] if fast else ["Initial plan in less than 5 days of assessments"])


CHECKS = dict(zip(CATEGORIES, (quality, contact, assessment, goals, services, timeliness)))


def rubric_of(participant_id: str, name: str, facts: PlanFacts, today: dt.date) -> ParticipantRubric:
    levels, missing = {}, {}
    for category, check in CHECKS.items():
        levels[category], missing[category] = check(facts, today)
    return ParticipantRubric(participant_id, name, levels, missing)


def _filled(*columns: str) -> str:
    return " AND ".join(f"coalesce(participant.{c}, '') != ''" for c in columns)


#: the profile bits (LEGAL_FULL, ...) as one SQL integer: what the checks read of the participant's row
#: ("filled": neither NULL nor empty, as the checks had it in Python)
PROFILE_FLAGS = " | ".join(f"(({expr}) << {bit})" for bit, expr in enumerate((
    _filled("first_name", "last_name", "birth_date", "address", "city", "state", "zip"),
    f"{_filled('phone')} OR {_filled('email')}",
    _filled("first_name", "last_name", "preferred_name"),
    _filled("address", "city", "state", "zip"),
    _filled("phone"),
    _filled("social_media"),
    f"{_filled('career_pathway')} OR {_filled('occupation_1')}",
)))
#: what load_plan_facts reads of the participant rows besides app.reminders.read_people's columns
PEOPLE_COLUMNS = (literal_column(PROFILE_FLAGS), Participant.planner_id)


_STEP = "SELECT 1 FROM plan_service AS ps WHERE ps.participant_id = x.participant_id AND ps.goal_id = x.id AND ps.deleted = 0"
#: per participant: the goals' terms, a goal without a justification / a step, a Support Services goal,
#: and per goal term whether one of its goals has a step with a planned due date (the benchmark)
_GOALS = ("SELECT x.participant_id, group_concat(DISTINCT x.term), max(trim(coalesce(x.justification, ''), ' ' || char(9, 10, 11, 12, 13)) = ''), "
          f"max(NOT EXISTS ({_STEP})), max(x.category = 'Support Services'), "
          + ", ".join(f"max(x.term = '{term}' AND EXISTS ({_STEP} AND ps.planned_due IS NOT NULL))" for term in domain.GOAL_TERMS)
          + " FROM goal AS x WHERE x.deleted = 0")
#: per participant: how many steps, one without planned dates, one without dates, weekly hours or a provider
_STEPS = ("SELECT x.participant_id, count(*), max(x.planned_start IS NULL OR x.planned_due IS NULL), "
          "max(x.planned_start IS NULL OR x.planned_due IS NULL "
          f"OR (coalesce(x.status, '') != '{domain.EVALUATED}' AND NOT coalesce(x.weekly_hours, 0)) "
          "OR NOT (coalesce(x.provider_kind, '') = 'default' OR (coalesce(x.provider_kind, '') = 'listed' AND coalesce(x.provider_id, '') != '') "
          "OR (coalesce(x.provider_kind, '') = 'other' AND coalesce(x.other_provider_name, '') != ''))) "
          "FROM plan_service AS x WHERE x.deleted = 0")
_SECTIONS = "SELECT x.participant_id, group_concat(x.section, char(31)) FROM assessment_section AS x WHERE x.deleted = 0 AND x.content != ''"
_CONTACTS = "SELECT x.participant_id, count(*) FROM contact_person AS x WHERE x.deleted = 0"
_SIGNED = ("SELECT DISTINCT x.participant_id FROM plan_agreement AS x WHERE x.deleted = 0 AND x.status IN ("
           + ", ".join(f"'{status}'" for status in domain.SIGNED_STATUSES) + ")")
_MESSAGED = "SELECT DISTINCT x.participant_id FROM case_note AS x WHERE x.deleted = 0 AND x.delivery != 'Saved only'"


def load_plan_facts(s, user, participant_id: str | None = None, facts: Facts | None = None) -> dict[str, PlanFacts]:
    """Bulk-load everything the rubric reads, for the caseload (or one participant): a handful of
    queries aggregated per participant in SQL, from the partial indexes of migration 0006_scale where
    the tables are wide. As in app.reminders, the scope is the participants read first; the other
    queries are checked against them in Python (no IN sub-select).

    `facts`: the reminders' facts already read in this transaction with `extra=PEOPLE_COLUMNS`; their
    participant rows and last two-way contacts are used instead of reading them again."""
    s = s.connection()  # column queries on Core, fetched in one go (see app.reminders.load_facts)
    if facts is None:
        people, extra = read_people(s, user, participant_id, PEOPLE_COLUMNS)
        last_contact = read_last_contact(s, people, participant_id)
    else:
        people, extra, last_contact = facts.people, facts.extra, facts.last_contact
    reachable = set(s.execute(select(User.id).where(~User.deleted, (User.phone != "") | (User.email != ""))).scalars().all())
    plan: dict[str, PlanFacts] = {}
    for pid, (name, status, _application, _eligibility, assessed, created, review) in people.items():
        profile, planner = extra[pid]
        plan[pid] = PlanFacts(name, status, profile, planner in reachable, assessed, created, review or created,
                              last_two_way=last_contact.get(pid))
    facts = plan
    for pid, n in _rows(s, _CONTACTS, participant_id, group=True):
        if pid in facts:
            facts[pid].contacts = n
    shared: dict[str, frozenset] = {}  # most participants have the same sections: one set per combination
    for pid, names in _rows(s, _SECTIONS, participant_id, group=True):
        if pid in facts and names:
            sections = shared.get(names)
            if sections is None:
                sections = shared[names] = frozenset(names.split("\x1f"))
            facts[pid].sections = sections
    terms_of: dict[tuple, frozenset] = {}
    for pid, terms, unjustified, stepless, support, *benchmarks in _rows(s, _GOALS, participant_id, group=True):
        f = facts.get(pid)
        if f is None:
            continue
        key = (terms, *benchmarks)
        if key not in terms_of:
            terms_of[key] = (frozenset(terms.split(",")) if terms else frozenset(),
                             frozenset(t for t, yes in zip(domain.GOAL_TERMS, benchmarks) if yes))
        f.goal_terms, f.benchmarked_terms = terms_of[key]
        f.unjustified_goal, f.goal_without_step, f.support_goal = bool(unjustified), bool(stepless), bool(support)
    for pid, n, undated, incomplete in _rows(s, _STEPS, participant_id, group=True):
        f = facts.get(pid)
        if f is not None:
            f.steps, f.undated_step, f.incomplete_step = n, bool(undated), bool(incomplete)
    for (pid,) in _rows(s, _SIGNED, participant_id):
        if pid in facts:
            facts[pid].signed = True
    for (pid,) in _rows(s, _MESSAGED, participant_id):
        if pid in facts:
            facts[pid].messaged = True
    return facts


def rubric_for_participant(ctx, participant_id: str, today: dt.date | None = None) -> ParticipantRubric:
    from app.errors import NotFound

    today = today or dt.date.today()
    with ctx.read() as s:
        facts = load_plan_facts(s, ctx.user, participant_id)
    if participant_id not in facts:
        raise NotFound("That participant is not in your caseload.")
    return rubric_of(participant_id, facts[participant_id].name, facts[participant_id], today)


def rubrics_from_facts(facts: dict[str, PlanFacts], today: dt.date, active_only: bool = False) -> dict[str, ParticipantRubric]:
    """The rubric of every participant in `facts`. Participants whose facts have the same key
    (PlanFacts.key) share one computed result: their `levels` and `missing` are the same (read-only)
    objects, so a caseload of 10,000 runs the checks a few hundred times, not 10,000."""
    computed: dict[tuple, tuple[dict, dict]] = {}
    result = {}
    for pid, f in facts.items():
        if active_only and f.enrollment_status != "Active":
            continue
        key = f.key(today)
        levels_missing = computed.get(key)
        if levels_missing is None:
            rubric = rubric_of(pid, f.name, f, today)
            levels_missing = computed[key] = (rubric.levels, rubric.missing)
        result[pid] = ParticipantRubric(pid, f.name, *levels_missing)
    return result


def rubric_for_caseload(ctx, today: dt.date | None = None, active_only: bool = False) -> dict[str, ParticipantRubric]:
    today = today or dt.date.today()
    with no_gc_pauses():
        with ctx.read() as s:
            facts = load_plan_facts(s, ctx.user)
        return rubrics_from_facts(facts, today, active_only)


def caseload_counts(rubrics: dict[str, ParticipantRubric]) -> dict[str, dict[str, int]]:
    """Category (and "Overall") → level → number of participants: once per distinct `levels` object
    (rubrics_from_facts shares them), times the participants that have it."""
    distinct: dict[int, list] = {}
    for r in rubrics.values():
        entry = distinct.get(id(r.levels))
        if entry is None:
            distinct[id(r.levels)] = [r, 1]
        else:
            entry[1] += 1
    counts: dict[str, Counter] = defaultdict(Counter)
    for r, n in distinct.values():
        for category, level in r.levels.items():
            counts[category][level] += n
        counts["Overall"][r.overall] += n
    return {c: {level: counts[c][level] for level in LEVELS} for c in (*CATEGORIES, "Overall")}
