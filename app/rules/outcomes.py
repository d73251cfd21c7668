"""Rules of the Outcomes tab (seed 003): measurable skill gains, success stories, the exit and
employment after exit. Dates arrive parsed (app/rules/values.py); a badly typed date is the
service's problem to report, once."""
from __future__ import annotations

from app.i18n import _
import datetime as dt
from dataclasses import dataclass

from app import domain
from app.errors import Problems
from app.rules.values import is_blank, is_state_code, is_zip, length_problems

YES_NO = ("Yes", "No")
MAX_HOURS_PER_WEEK = 80


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class SkillGainType:
    """One of the five types: its questions and what the required upload must show (seed 003)."""

    name: str
    questions: tuple[Question, ...]
    document: str


_EDUCATION = Question("education_level", "This customer is in the system with the following highest level of education:", domain.EDUCATION_LEVELS)
SKILL_GAIN_TYPES = {t.name: t for t in (
    SkillGainType(domain.SKILL_GAIN_KINDS[0], (),
                  "Documented test scores from the Assessments, e.g. TABE 11/12 showing one full grade level increase."),
    SkillGainType(domain.SKILL_GAIN_KINDS[1], (
        Question("enrolled", "This customer is pursuing their GED/diploma/certificate and enrolled in secondary education?", YES_NO),
        _EDUCATION),
        "Transcript or report card for one semester, within the program year, showing satisfactory achievement in all classes."),
    SkillGainType(domain.SKILL_GAIN_KINDS[2], (
        Question("enrollment", "This customer is enrolled in post-secondary education:", (
            "Full time and achieved at least 12 credits within one semester",
            "Part-time and achieved at least 12 credits in two consecutive semesters within the same 12-month period")),
        _EDUCATION),
        "Transcript or report card showing the State unit's academic standards are met, and whether enrolled full or part-time."),
    SkillGainType(domain.SKILL_GAIN_KINDS[3], (),
                  "Satisfactory or better progress report towards established milestones from the employer or training provider "
                  "(e.g. completion of OJT, one year of an apprenticeship, a worksite evaluation)."),
    SkillGainType(domain.SKILL_GAIN_KINDS[4], (
        Question("passed_exam", "Has this customer passed an exam or benchmarks to receive a high-school diploma or GED, an industry "
                                "recognized credential or certificate, or an Associate or Bachelor's degree?", YES_NO),),
        "Passage of an exam or benchmark required for the occupation or credential (e.g. an apprenticeship exam, an "
        "employer-required knowledge-based exam)."),
)}


def check_skill_gain(gain: dict, *, has_document: bool) -> None:
    """Type*, the type's questions, a document*, date attained* (not in the future), comment*."""
    problems = Problems()
    kind = SKILL_GAIN_TYPES.get(gain.get("kind"))
    if kind is None:
        problems.add("kind", _("Skill gain type is required: choose one of the five types."))
    else:
        answers = gain.get("answers") or {}
        for number, question in enumerate(kind.questions, 1):
            if answers.get(question.key) not in question.options:
                problems.add(f"answers.{question.key}", _("Question {number} needs an answer: choose one from the list.").format(number=number))
    if not has_document:
        problems.add("document_id", _("A document is required: upload the proof of the skill gain, or choose one of the plan's uploads."))
    _past_date(gain.get("attained_on"), "attained_on", "Date attained", problems)
    if is_blank(gain.get("comment")):
        problems.add("comment", _("Comment is required."))
    problems.raise_if_any()


#: a success story is written (Draft), handed in for the WIOA Success Story Guide (Submitted) and
#: then Published or Not published (seed 003 lists a Status column)
STORY_STATUSES = ("Draft", "Submitted", "Published", "Not published")


def check_success_story(story: dict) -> None:
    """Seed 003's Title, Program Type, Service Provider, Career Pathway, Date Created and Status, plus the story."""
    problems = Problems()
    if is_blank(story.get("title")):
        problems.add("title", _("Title is required: a few words that say what the participant achieved."))
    _past_date(story.get("written_on"), "written_on", "Date created", problems)
    if is_blank(story.get("text")):
        problems.add("text", _("The story is required: write what the participant achieved."))
    if story.get("program_type") and story.get("program_type") not in domain.PROGRAMS:
        problems.add("program_type", _("Program type must be Adult, Dislocated Worker or Youth."))
    if story.get("status", "Draft") not in STORY_STATUSES:
        problems.add("status", _("Status must be Draft, Submitted, Published or Not published."))
    from db.models import SuccessStory

    length_problems(SuccessStory, story, {"title": "Title", "provider": "Service provider", "career_pathway": "Career pathway"}, problems)
    problems.raise_if_any()


def check_exit(values: dict, *, missing: list[str]) -> None:
    """Seed 003: exit when the checklist is complete (`missing` lists what is not), or early with
    the date, a reason from the list and a case note about why the participant left."""
    problems = Problems()
    _past_date(values.get("exit_date"), "exit_date", "Date of program exit", problems)
    if values.get("early"):
        if values.get("reason") not in domain.EXIT_REASONS:
            problems.add("reason", _("Exit reason is required for an early exit: choose one from the list."))
        if is_blank(values.get("note")):
            problems.add("note", _("A case note is required for an early exit: say why the participant left before completing."))
    elif missing:
        problems.add("early", _("The exit checklist is not complete ({join}). Complete it first, or record an early exit if the participant left the program before completion.").format(join='; '.join(missing)))
    problems.raise_if_any()


def check_employment(job: dict) -> None:
    """Seed 003, Enter New Employment: every starred field; state, ZIP and hours as an address and a week allow."""
    problems = Problems()
    for field, required in (("employer", "Employer name is required."), ("job_title", "Job title is required."),
                            ("city", "Employer city is required."), ("duties", "Job duties are required.")):
        if is_blank(job.get(field)):
            problems.add(field, required)
    if job.get("start_date") is None:
        problems.add("start_date", _("Start date is required (MM/DD/YYYY)."))
    state = job.get("state") or ""
    if not state:
        problems.add("state", _("Employer state is required."))
    elif not is_state_code(state):
        problems.add("state", _("Employer state must be a two-letter code such as IL."))
    zip_code = job.get("zip") or ""
    if not zip_code:
        problems.add("zip", _("Employer ZIP code is required."))
    elif not is_zip(zip_code):
        problems.add("zip", _("Employer ZIP code must be 5 digits (or ZIP+4)."))
    start, end = job.get("start_date"), job.get("end_date")
    if job.get("current", True) and end is not None:
        problems.add("end_date", _("A current job has no end date: clear it, or answer No to “currently employed”."))
    elif not job.get("current", True) and end is None:
        problems.add("end_date", _("End date is required when the participant no longer works there."))
    elif start and end and end < start:
        problems.add("end_date", _("End date cannot be before the start date."))
    elif end and end > dt.date.today():
        problems.add("end_date", _("End date cannot be in the future."))
    if not job.get("meets_needs", True) and is_blank(job.get("meets_needs_why")):
        problems.add("meets_needs_why", _("Say why the job does not meet the participant's needs."))
    hours = job.get("hours_per_week")
    if hours is None:
        problems.add("hours_per_week", _("Hours per week are required."))
    elif not isinstance(hours, (int, float)) or not 0 < hours <= MAX_HOURS_PER_WEEK:
        problems.add("hours_per_week", _("Hours per week must be more than 0 and at most {MAX_HOURS_PER_WEEK}.").format(MAX_HOURS_PER_WEEK=MAX_HOURS_PER_WEEK))
    problems.raise_if_any()


def _past_date(value: dt.date | None, field: str, label: str, problems: Problems) -> None:
    if value is None:
        problems.add(field, _("{label} is required (MM/DD/YYYY).").format(label=label))
    elif value > dt.date.today():
        problems.add(field, _("{label} cannot be in the future.").format(label=label))
