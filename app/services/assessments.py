"""1. Review Assessment: the assessment list, sections, summaries, outside results, post scores."""
from __future__ import annotations

from app.i18n import _
import datetime as dt

from sqlalchemy import select

from app import domain
from app.errors import Problems
from app.rules.values import parse_us_date
from app.scope import require_staff, visible_participant
from app.services.common import load_owned, strip_text
from db.models import Assessment, AssessmentResult, AssessmentSection, AssessmentSummary, PostAssessmentScore


def add_assessment(ctx, participant_id: str, name: str, status: str = "Not Complete", completed_on=None) -> Assessment:
    require_staff(ctx.user)
    problems = Problems()
    problems.require(name, "name", "Assessment")
    if status not in domain.ASSESSMENT_STATUSES:
        problems.add("status", _("Status must be Complete or Not Complete."))
    completed = parse_us_date(completed_on, "completed_on", "Completed on", problems)
    if status == "Complete" and completed is None:
        problems.add("completed_on", _("Completed on is required for a complete assessment."))
    problems.raise_if_any()
    with ctx.write() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        return rec.add(Assessment(participant_id=participant_id, name=name.strip(), status=status, completed_on=completed), summary=f"Assessment {name}")


def list_assessments(ctx, participant_id: str) -> list[Assessment]:
    return _list(ctx, participant_id, Assessment, Assessment.name)


def set_section(ctx, participant_id: str, section: str, content: str) -> AssessmentSection:
    require_staff(ctx.user)
    problems = Problems()
    if section not in domain.ASSESSMENT_SECTIONS:
        problems.add("section", _("Choose one of the assessment sections."))
    problems.raise_if_any()
    with ctx.write() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        row = rec.session.scalar(
            select(AssessmentSection).where(AssessmentSection.participant_id == participant_id, AssessmentSection.section == section, ~AssessmentSection.deleted)
        )
        if row is None:
            return rec.add(AssessmentSection(participant_id=participant_id, section=section, content=content.strip()), summary=f"Assessment section {section}")
        rec.update(row, {"content": content.strip()})
        return row


def list_sections(ctx, participant_id: str) -> dict[str, str]:
    rows = _list(ctx, participant_id, AssessmentSection, AssessmentSection.section)
    return {r.section: r.content for r in rows}


def add_summary(ctx, participant_id: str, text: str, written_on=None) -> AssessmentSummary:
    require_staff(ctx.user)
    problems = Problems()
    problems.require(text, "text", "Summary")
    written = parse_us_date(written_on, "written_on", "Date", problems) or dt.date.today()
    problems.raise_if_any()
    with ctx.write() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        return rec.add(AssessmentSummary(participant_id=participant_id, written_on=written, author_id=ctx.user.id, text=text.strip()), summary="Assessment summary")


def update_summary(ctx, summary_id: str, text: str) -> None:
    """Edits keep their history in the Update Log (old → new)."""
    require_staff(ctx.user)
    problems = Problems()
    problems.require(text, "text", "Summary")
    problems.raise_if_any()
    with ctx.write() as rec:
        rec.update(load_owned(rec.session, ctx.user, AssessmentSummary, summary_id), {"text": text.strip()})


def list_summaries(ctx, participant_id: str) -> list[AssessmentSummary]:
    return _list(ctx, participant_id, AssessmentSummary, AssessmentSummary.written_on.desc())


def add_result(ctx, participant_id: str, name: str, taken_on, kind: str = "", category: str = "", score: str = "") -> AssessmentResult:
    require_staff(ctx.user)
    problems = Problems()
    problems.require(name, "name", "Name/description")
    taken = parse_us_date(taken_on, "taken_on", "Date", problems)
    if taken is None and "taken_on" not in [p.field for p in problems.items]:
        problems.add("taken_on", _("Date is required."))
    problems.raise_if_any()
    values = strip_text({"name": name, "kind": kind, "category": category, "score": str(score)})
    with ctx.write() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        return rec.add(AssessmentResult(participant_id=participant_id, taken_on=taken, **values), summary=f"Assessment result {name}")


def list_results(ctx, participant_id: str) -> list[AssessmentResult]:
    return _list(ctx, participant_id, AssessmentResult, AssessmentResult.taken_on.desc())


def add_post_score(ctx, participant_id: str, module: str, score_pct: float) -> PostAssessmentScore:
    require_staff(ctx.user)
    problems = Problems()
    problems.require(module, "module", "Training module")
    if score_pct is None or not 0 <= score_pct <= 100:
        problems.add("score_pct", _("Score must be a percentage from 0 to 100."))
    problems.raise_if_any()
    with ctx.write() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        return rec.add(PostAssessmentScore(participant_id=participant_id, module=module.strip(), score_pct=score_pct), summary=f"Post-assessment {module}")


def list_post_scores(ctx, participant_id: str) -> list[PostAssessmentScore]:
    return _list(ctx, participant_id, PostAssessmentScore, PostAssessmentScore.module)


def _list(ctx, participant_id: str, model, order) -> list:
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        return list(s.scalars(select(model).where(model.participant_id == participant_id, ~model.deleted).order_by(order)))
