"""The ISTEP rubric (seed 004) on hand-built participants at each level."""
from __future__ import annotations

import datetime as dt

import pytest

from app import domain
from app.rubric import BELOW, EXCEEDS, MEETS, caseload_counts, rubric_for_caseload, rubric_for_participant
from app.services import assessments, documents, participants, records, users
from tests.conftest import PASSWORD

TODAY = dt.date.today()
SECTIONS = ("Barriers", "Basic skills", "Employment/education history", "Family/support system", "Job/employability skills",
            "Skills and interests", "Aptitudes")


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def model_plan(world, *, contacts=2, sections=SECTIONS, created_after=3, reviewed=ago(5), terms=("Short Term", "Long Term"), **profile):
    """A plan that exceeds every standard; the keyword arguments take pieces away."""
    planner = users.create_user(world.admin, f"planner{len(users.list_users(world.admin))}", PASSWORD, "caseworker", full_name="Pat Planner",
                                email="pat@example.org", phone="217-555-0101", organization_id=world.org_a.id)
    values = dict(preferred_name="Pepe", birth_date=dt.date(1990, 5, 1), address="12 Main St", city="Peoria", state="IL", zip="61602",
                  phone="309-555-1234", email="pepe@example.net", social_media="@pepe", career_pathway="Manufacturing", planner_id=planner.id,
                  assessments_completed_on=ago(30), plan_created_on=ago(30) + dt.timedelta(days=created_after), last_plan_review=reviewed)
    values.update(profile)
    p = world.participant(**values)
    for k in range(contacts):
        participants.add_contact_person(world.carla, p.id, f"Contact {k}", "Sister", phone="312-555-0000")
    for section in sections:
        assessments.set_section(world.carla, p.id, section, "Discussed at intake.")
    for term in terms:
        goal = world.goal(p.id, term=term, justification="From the skills and interests assessment.")
        world.service(p.id, goal.id)
    support = world.goal(p.id, statement="Arrange transportation", category="Support Services", justification="Barrier: no car.")
    world.service(p.id, support.id, item_name="Transportation assistance")
    documents.add_document(world.carla, p.id, "signed-plan.pdf", b"%PDF-1.4 signed", kind="Signed agreement")
    records.record_agreement(world.carla, p.id, domain.SIGNED_STATUSES[0])
    records.add_case_note(world.carla, p.id, contact_date=TODAY, subject="Planning meeting", two_way_contact=True)
    return p


def levels(world, p):
    return rubric_for_participant(world.carla, p.id).levels


def test_model_plan_exceeds_everywhere(world):
    rubric = rubric_for_participant(world.carla, model_plan(world).id)
    assert rubric.levels == {"Quality of information": MEETS, "Contact information": EXCEEDS, "Assessment": EXCEEDS, "Goals": EXCEEDS,
                             "Customer-centered services": EXCEEDS, "Timeliness": EXCEEDS}
    assert rubric.overall == EXCEEDS


@pytest.mark.parametrize("contacts, social, level, missing", [(2, "@pepe", EXCEEDS, []), (1, "@pepe", MEETS, ["2 or more additional contacts"]),
                                                              (2, "", BELOW, ["Social media"]), (0, "@pepe", BELOW, ["1 additional contact person"])])
def test_contact_information_levels(world, contacts, social, level, missing):
    rubric = rubric_for_participant(world.carla, model_plan(world, contacts=contacts, social_media=social).id)
    assert rubric.levels["Contact information"] == level
    assert rubric.missing["Contact information"] == missing


def test_assessment_levels(world):
    assert levels(world, model_plan(world, sections=SECTIONS[:6]))["Assessment"] == MEETS
    rubric = rubric_for_participant(world.carla, model_plan(world, sections=SECTIONS[1:]).id)
    assert rubric.levels["Assessment"] == BELOW and rubric.missing["Assessment"] == ["Assessment: Barriers"]
    assert rubric.overall == BELOW


@pytest.mark.parametrize("created_after, reviewed, level", [(3, ago(5), EXCEEDS), (5, ago(5), MEETS), (6, ago(5), BELOW), (3, ago(31), BELOW)])
def test_timeliness_levels(world, created_after, reviewed, level):
    assert levels(world, model_plan(world, created_after=created_after, reviewed=reviewed))["Timeliness"] == level


def test_goals_need_short_and_long_term(world):
    rubric = rubric_for_participant(world.carla, model_plan(world, terms=("Short Term",)).id)
    assert rubric.levels["Goals"] == BELOW and "A long-term goal" in rubric.missing["Goals"]


def test_unsigned_plan_is_below_on_services_and_caseload_counts(world):
    good = model_plan(world)
    bare = world.participant()
    rubrics = rubric_for_caseload(world.carla)
    assert rubrics[bare.id].levels["Customer-centered services"] == BELOW
    assert "Plan agreement signed by the participant" in rubrics[bare.id].missing["Customer-centered services"]
    counts = caseload_counts(rubrics)
    assert counts["Overall"] == {BELOW: 1, MEETS: 0, EXCEEDS: 1}
    assert counts["Contact information"] == {BELOW: 1, MEETS: 0, EXCEEDS: 1}
    assert rubrics[good.id].overall == EXCEEDS
    assert rubric_for_caseload(world.bob) == {}
