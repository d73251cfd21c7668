"""Customer Services Report: the matrix, drill-down, bulk update and the all-or-nothing spreadsheet import."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from app import domain
from app.errors import ValidationError
from app.services import bulk, plan_services
from db.models import PlanService
from tests.helpers import counts

TODAY = dt.date.today()


def _cohort(world, n=3):
    people = []
    for k in range(n):
        p = world.participant(first_name=f"Ana{k}", last_name=f"Cohort{k}", individual_number=f"30000{k}")
        goal = world.goal(p.id)
        world.service(p.id, goal.id, item_name="Job Readiness")
        people.append(p)
    world.service(people[0].id, plan_services.list_services(world.carla, people[0].id)[0].goal_id)  # Vocational Training for one
    world.participant(ctx=world.bob, first_name="Out", last_name="OfScope")
    return people


def _row(matrix, name):
    return next(r for r in matrix if r.name == name)


def test_matrix_counts_with_and_without_and_drill(world):
    _cohort(world)
    matrix = bulk.services_matrix(world.carla)
    jr = _row(matrix, "Job Readiness")
    assert jr.counts[domain.PLANNED] == 3 and jr.with_step == 3 and jr.without_step == 0
    vt = _row(matrix, "Vocational Training")
    assert vt.with_step == 1 and vt.without_step == 2
    assert [r.first_name for r in bulk.drill(world.carla, None, jr.catalog_item_id, domain.PLANNED)] == ["Ana0", "Ana1", "Ana2"]
    later = bulk.ServicesFilter(start_from=TODAY + dt.timedelta(days=1))
    assert bulk.services_matrix(world.carla, later) == []
    assert _row(bulk.services_matrix(world.admin, bulk.ServicesFilter(organization_id=world.org_a.id)), "Job Readiness").with_step == 3
    assert bulk.services_matrix(world.admin, bulk.ServicesFilter(program="Youth")) == []
    with pytest.raises(ValidationError) as error:
        bulk.services_matrix(world.carla, bulk.ServicesFilter(start_from=TODAY, start_to=TODAY - dt.timedelta(days=1)))
    assert error.value.for_field("start_to") == ["Start date end range cannot be before the start date begin range."]


def test_bulk_update_moves_the_counts_in_one_transaction(world):
    _cohort(world)
    jr = _row(bulk.services_matrix(world.carla), "Job Readiness")
    ids = [r.service_id for r in bulk.drill(world.carla, None, jr.catalog_item_id)][:2]
    start = TODAY - dt.timedelta(days=3)
    assert bulk.bulk_update(world.carla, ids, status=domain.EVALUATED, planned_start=start, weekly_hours=12) == 2
    jr = _row(bulk.services_matrix(world.carla), "Job Readiness")
    assert jr.counts[domain.EVALUATED] == 2 and jr.counts[domain.PLANNED] == 1
    service = plan_services.get_service(world.carla, ids[0])
    assert service.planned_due == start and service.weekly_hours == 0  # the Evaluated/Not Required rule


def test_bulk_update_with_one_bad_row_writes_nothing(world):
    _cohort(world)
    jr = _row(bulk.services_matrix(world.carla), "Job Readiness")
    ids = [r.service_id for r in bulk.drill(world.carla, None, jr.catalog_item_id)]
    plan_services.update_service(world.carla, ids[1], planned_start=TODAY, planned_due=TODAY + dt.timedelta(days=60))
    before = counts(world.admin.workspace, PlanService)
    with pytest.raises(ValidationError) as error:
        bulk.bulk_update(world.carla, ids, planned_due=TODAY - dt.timedelta(days=1))
    assert [p.message for p in error.value.problems] == [
        "Row 2: Planned due date cannot be before the planned start date.",
    ]
    assert counts(world.admin.workspace, PlanService) == before
    with pytest.raises(ValidationError) as error:
        bulk.bulk_update(world.carla, ids)
    assert error.value.problems[0].field == "status"


def test_spreadsheet_round_trip_all_or_nothing(world, tmp_path):
    _cohort(world)
    jr = _row(bulk.services_matrix(world.carla), "Job Readiness")
    path = tmp_path / "cohort.xlsx"
    bulk.export_rows(bulk.drill(world.carla, None, jr.catalog_item_id), path)
    book = openpyxl.load_workbook(path)
    ws = book.active
    assert [c.value for c in ws[1]] == bulk.SHEET_HEADER and ws.max_row == 4 and isinstance(ws["F2"].value, dt.datetime)
    start = dt.datetime.combine(TODAY - dt.timedelta(days=7), dt.time())
    for r in (2, 3, 4):
        ws[f"E{r}"], ws[f"F{r}"], ws[f"H{r}"], ws[f"I{r}"] = domain.STARTED, start, start + dt.timedelta(days=30), 15
    ws["H3"] = start - dt.timedelta(days=1)  # planned due before the start
    ws["I4"] = "lots"
    book.save(path)
    before = counts(world.admin.workspace, PlanService)
    with pytest.raises(ValidationError) as error:
        bulk.import_rows(world.carla, path)
    assert [p.message for p in error.value.problems] == [
        "Row 3: Planned due date cannot be before the planned start date.",
        "Row 4: Weekly Hours must be a number (got “lots”).",
    ]
    assert counts(world.admin.workspace, PlanService) == before
    assert _row(bulk.services_matrix(world.carla), "Job Readiness").counts[domain.STARTED] == 0
    ws["H3"], ws["I4"] = start + dt.timedelta(days=30), 15
    book.save(path)
    assert bulk.import_rows(world.carla, path) == 3
    assert _row(bulk.services_matrix(world.carla), "Job Readiness").counts[domain.STARTED] == 3


def test_import_rejects_a_foreign_sheet(world, tmp_path):
    path = tmp_path / "other.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name", "Status"])
    book.save(path)
    with pytest.raises(ValidationError) as error:
        bulk.import_rows(world.carla, path)
    assert error.value.problems[0].message.startswith("The sheet lacks the column(s): Service ID")
    (tmp_path / "junk.xlsx").write_text("not a workbook")
    with pytest.raises(ValidationError):
        bulk.import_rows(world.carla, tmp_path / "junk.xlsx")
