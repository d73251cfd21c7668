"""The Excel caseload summary, opened back with openpyxl: sheets, headers, rows, real dates and numbers."""
from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl

from app.reminders import compute_reminders
import pytest

from app.errors import ValidationError
from app.reports.caseload_data import CaseloadFilter
from app.reports.caseload_xlsx import CASELOAD_HEADER, export_caseload
from app.reports.compliance import ComplianceFacts, OverdueItem
from app.services import participants, records

TODAY = dt.date.today()


def _caseload(world):
    jose = world.participant(last_plan_review=TODAY - dt.timedelta(days=100))
    goal = world.goal(jose.id)
    world.service(jose.id, goal.id)
    world.service(jose.id, goal.id, item_name="Job Readiness", status="Started/Open")
    records.add_credential(world.carla, jose.id, name="OSHA-10", source="Copy of Certificate", attained_on=TODAY - dt.timedelta(days=3),
                           kind="Occupational Certification", institution="Lincoln Land CC", description="Safety")
    records.add_case_note(world.carla, jose.id, contact_date=TODAY - dt.timedelta(days=4), subject="Check-in", two_way_contact=True)
    ana = world.participant(first_name="Ana", last_name="Brown", individual_number="100002")
    world.participant(ctx=world.bob, first_name="Bea", last_name="Other", individual_number="200001")  # org B: out of Carla's scope
    return jose, ana


def test_workbook_has_every_sheet_with_real_dates_and_numbers(world, tmp_path):
    jose, ana = _caseload(world)
    out = tmp_path / "caseload.xlsx"
    assert export_caseload(world.carla, out) == 2
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Summary", "Caseload", "Services", "Credentials", "Placements & Follow-ups", "Overdue"]
    sheet = book["Caseload"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == CASELOAD_HEADER
    assert len(rows) - 1 == 2  # one row per participant in Carla's scope, not Bob's
    assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref == "A1:X3"
    row = dict(zip(CASELOAD_HEADER, next(r for r in rows if r[0] == "Ñúñez, José")))
    assert row["Organization"] == "Org A" and row["Region"] == "North" and row["Plan type"] == "IEP"
    assert row["Services: Planned/Not Started"] == 1 and row["Services: Started/Open"] == 1
    assert row["Goals: Not Started"] == 1 and row["Credentials"] == 1
    assert isinstance(row["Last two-way contact"], dt.datetime) and row["Last two-way contact"].date() == TODAY - dt.timedelta(days=4)
    assert row["Next review due"].date() == TODAY - dt.timedelta(days=10)
    expected = [r for r in compute_reminders(world.carla, today=TODAY, due_within=0) if r.participant_id == jose.id and r.days_overdue > 0]
    assert row["Overdue reminders"] == len(expected) and any(r.kind == "plan_review" and r.days_overdue == 10 for r in expected)
    assert row["Rubric level"] in ("Below", "Meets", "Exceeds")
    assert sheet["A3"].value == "Ñúñez, José" and sheet["R3"].number_format == "mm/dd/yyyy"  # R: Last two-way contact
    services = list(book["Services"].iter_rows(values_only=True))
    assert len(services) == 3 and isinstance(services[1][7], dt.datetime) and services[1][10] == 20
    credentials = list(book["Credentials"].iter_rows(values_only=True))
    assert credentials[1][2] == "OSHA-10" and credentials[1][5].date() == TODAY - dt.timedelta(days=3)
    overdue = list(book["Overdue"].iter_rows(values_only=True))
    plan_review = next(r.title for r in expected if r.kind == "plan_review")
    assert ("Ñúñez, José", plan_review, 10) in [(r[0], r[3], r[5]) for r in overdue[1:]]
    assert len([r for r in overdue[1:] if r[0] == "Ñúñez, José"]) == len(expected)
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(values_only=True) if r and r[0]}
    assert summary["Participants"] == 2 and summary["Active"] == 2 and summary["Adult"] == 2
    with zipfile.ZipFile(out) as z:  # openpyxl does not read charts back; the part is in the package
        assert any(n.startswith("xl/charts/chart") for n in z.namelist())


def test_filters_and_injected_compliance_provider(world, tmp_path):
    jose, ana = _caseload(world)
    participants.update_participant(world.carla, ana.id, program="Youth")

    def provider(ctx, ids, today):
        return {jose.id: ComplianceFacts(next_review_due=dt.date(2030, 1, 2), rubric_level="Meets", subsidized_days=12,
                                         overdue=[OverdueItem("Follow-up 30 days", dt.date(2026, 1, 1), 5)])}

    out = tmp_path / "org.xlsx"
    assert export_caseload(world.admin, out, CaseloadFilter(organization_id=world.org_a.id), compliance=provider) == 2
    rows = list(openpyxl.load_workbook(out)["Caseload"].iter_rows(values_only=True))
    jose_row = dict(zip(CASELOAD_HEADER, next(r for r in rows if r[0] == "Ñúñez, José")))
    assert jose_row["Rubric level"] == "Meets" and jose_row["Subsidized days"] == 12 and jose_row["Next review due"] == dt.datetime(2030, 1, 2)
    assert export_caseload(world.admin, out, CaseloadFilter(region_id=world.south.id)) == 1
    assert export_caseload(world.admin, out, CaseloadFilter(planner_username="nobody")) == 0
    # date range: the credential three days ago drops out of a range that ended last month
    export_caseload(world.carla, out, CaseloadFilter(date_from=TODAY - dt.timedelta(days=400), date_to=TODAY - dt.timedelta(days=30)))
    assert len(list(openpyxl.load_workbook(out)["Credentials"].iter_rows())) == 1


def test_bad_date_range_names_the_field_and_writes_nothing(world, tmp_path):
    out = tmp_path / "x.xlsx"
    with pytest.raises(ValidationError) as error:
        export_caseload(world.carla, out, CaseloadFilter(date_from=TODAY, date_to=TODAY - dt.timedelta(days=1)))
    assert error.value.for_field("date_to") == ["The “to” date cannot be before the “from” date."]
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_placements_sheet_has_follow_up_dates(world, tmp_path):
    """No placement service exists on this branch yet: the rows go in through the change recorder."""
    from db.models import Employer, FollowUp, Job, Placement, Worksite

    jose = world.participant()
    goal = world.goal(jose.id)
    service = world.service(jose.id, goal.id, item_name="Job Readiness")
    start = dt.date(2026, 1, 10)
    with world.carla.write() as rec:
        employer = rec.add(Employer(name="Acme Welding", organization_id=world.org_a.id))
        rec.session.flush()  # no ORM relationships: flush parents before children
        worksite = rec.add(Worksite(employer_id=employer.id, name="Acme North"))
        rec.session.flush()
        job = rec.add(Job(worksite_id=worksite.id, title="Welder helper", hourly_wage=18.5))
        rec.session.flush()
        placement = rec.add(Placement(participant_id=jose.id, plan_service_id=service.id, job_id=job.id, minimum_wage=15, hourly_wage=18.5,
                                      subsidized_wage=15, position_type="Full-time", status="Started (Open)", start_date=start,
                                      planned_due=dt.date(2026, 6, 30)))
        rec.session.flush()
        rec.add(FollowUp(participant_id=jose.id, placement_id=placement.id, day_offset=30, reviewed_on=dt.date(2026, 2, 12)))
    out = tmp_path / "p.xlsx"
    export_caseload(world.carla, out)
    book = openpyxl.load_workbook(out)
    rows = list(book["Placements & Follow-ups"].iter_rows(values_only=True))
    # issue 16: each follow-up's due date and review date in columns of their own, told apart by their headings
    assert rows[0][11:] == ("30-day follow-up due", "30-day follow-up reviewed", "60-day follow-up due", "60-day follow-up reviewed",
                            "90-day follow-up due", "90-day follow-up reviewed", "180-day follow-up due", "180-day follow-up reviewed",
                            "270-day follow-up due", "270-day follow-up reviewed")
    row = dict(zip(rows[0], rows[1]))
    assert (row["Employer"], row["Worksite"], row["Job"], row["Status"], row["Hourly wage"]) == ("Acme Welding", "Acme North", "Welder helper",
                                                                                               "Started (Open)", 18.5)
    assert row["30-day follow-up due"] == dt.datetime(2026, 2, 9)  # 30 days after the start, though reviewed later
    assert row["30-day follow-up reviewed"] == dt.datetime(2026, 2, 12)
    assert row["60-day follow-up due"] == dt.datetime(2026, 3, 11) and row["60-day follow-up reviewed"] is None  # not reviewed yet
    assert row["270-day follow-up due"] == dt.datetime(2026, 10, 7)
    sheet = book["Placements & Follow-ups"]
    headings = {cell.value: cell for cell in sheet[1]}
    assert headings["30-day follow-up due"].comment.text.startswith("Due date: 30 days after the placement's start date")
    assert "Empty: not reviewed yet." in headings["90-day follow-up reviewed"].comment.text
    assert headings["30-day follow-up reviewed"].number_format == "General"  # the heading is text; its column holds dates
    assert sheet["M2"].number_format == "mm/dd/yyyy" and sheet["L2"].number_format == "mm/dd/yyyy"
    # the heading row is as high as its wrapped headings ("30-day follow-up" / "reviewed": two lines at least)
    assert sheet.row_dimensions[1].height >= 2 * 15
    caseload = dict(zip(CASELOAD_HEADER, list(book["Caseload"].iter_rows(values_only=True))[1]))
    assert caseload["Placements"] == 1


def test_every_sheet_prints_landscape_one_page_wide_with_its_header_row_repeated(world, tmp_path):
    _caseload(world)
    out = tmp_path / "print.xlsx"
    export_caseload(world.carla, out)
    book = openpyxl.load_workbook(out)
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert (setup.orientation, int(setup.fitToWidth), int(setup.fitToHeight)) == ("landscape", 1, 0), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True, sheet.title
        assert sheet.print_title_rows == "$1:$1", sheet.title  # the header row on every page
        assert sheet.oddFooter.right.text == "Page &P of &N", sheet.title
        assert sheet.oddHeader.center.text == "Fieldplan — " + ("Caseload summary" if sheet.title == "Summary" else sheet.title.replace("&", "&&"))
        assert sheet.print_options.gridLines is (sheet.title != "Summary")
    chart = book["Summary"]._charts[0]
    anchor = chart.anchor._from
    # the chart sits at the top of the first page, beside the counts: rows 2 to ~17 of a page of ~34
    assert (anchor.col, anchor.row) == (3, 1)


def test_sheet_files_stay_beside_the_workbook_and_leave_nothing_behind(world, tmp_path, monkeypatch):
    """openpyxl's per-sheet XML (plaintext rows) never lands in the system temp folder; its private folder
    beside the workbook is gone once the workbook is written, and after a failed write too."""
    import tempfile

    from app.services import bulk

    _caseload(world)
    system_tmp, out_dir = tmp_path / "tmp", tmp_path / "out"
    system_tmp.mkdir()
    out_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    seen: list[list[str]] = []
    real_save = openpyxl.Workbook.save

    def save(book, path):  # the sheet files are written by now: look where they are
        seen.append(sorted(p.name for p in out_dir.iterdir()))
        assert list(system_tmp.iterdir()) == []
        real_save(book, path)

    monkeypatch.setattr(openpyxl.Workbook, "save", save)
    export_caseload(world.carla, out_dir / "caseload.xlsx")
    assert any(name.startswith(".caseload.xlsx.") and name.endswith(".sheets") for name in seen[0])
    assert sorted(p.name for p in out_dir.iterdir()) == ["caseload.xlsx"]

    bulk.export_rows([], out_dir / "services.xlsx")
    assert sorted(p.name for p in out_dir.iterdir()) == ["caseload.xlsx", "services.xlsx"]

    def broken(book, path):
        raise OSError("disk full")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken)
    with pytest.raises(OSError):
        export_caseload(world.carla, out_dir / "again.xlsx")
    assert sorted(p.name for p in out_dir.iterdir()) == ["caseload.xlsx", "services.xlsx"]
    assert list(system_tmp.iterdir()) == []
