"""The placement editor and the employers dialog, driven like a caseworker would."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from app.services import employers, placements
from db.models import FollowUp, Job, Placement
from tests.helpers import counts
from ui.dialogs.employers import EmployersDialog
from ui.dialogs.placement import FollowUpReviewDialog, PlacementDialog

TODAY = dt.date.today()


def test_employers_dialog_adds_employer_worksite_job(qtbot, world, tmp_path):
    dialog = EmployersDialog(world.carla)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.employer_form.widgets["name"].setText("Young Drycleaners")
    assert dialog.add_employer().succeeded
    dialog.worksite_form.widgets["name"].setText("Main Street store")
    dialog.worksite_form.widgets["state"].setText("Illinois")
    assert dialog.worksite_form.widgets["state"].text() == "Il"  # the field holds what its column holds
    dialog.worksite_form.widgets["state"].setText("1L")
    assert not dialog.add_worksite().succeeded
    assert dialog.worksite_form.error_text("state") == "Worksite state must be a two-letter code such as IL."
    dialog.worksite_form.widgets["state"].setText("IL")
    assert dialog.add_worksite().succeeded
    dialog.job_form.widgets["title"].setText("Laundry and Dry-Cleaning Workers")
    before = counts(world.admin.workspace, Job)
    assert not dialog.add_job().succeeded  # wage still $0.00
    assert dialog.job_form.error_text("hourly_wage") == "Hourly wage of the job must be more than $0.00."
    assert counts(world.admin.workspace, Job) == before
    dialog.job_form.widgets["hourly_wage"].setValue(15.5)
    dialog.job_form.widgets["openings"].setValue(8)
    assert dialog.add_job().succeeded
    assert [dialog.jobs_model.values(r) for r in range(dialog.jobs_model.rowCount())] == [("Young Drycleaners", "Main Street store", "Laundry and Dry-Cleaning Workers", "", 8, 15.5)]
    assert dialog.jobs_view.model().index(0, 5).data() == "15.50"
    dialog.grab().save(str(tmp_path / "employers.png"))


def test_placement_dialog_refuses_bad_wage_then_saves_and_reviews(qtbot, world, tmp_path, monkeypatch):
    pid = world.participant().id
    service = world.service(pid, world.goal(pid).id, item_name="Work Experience", planned_start=TODAY - dt.timedelta(days=35), status="Started/Open")
    employer = employers.add_employer(world.carla, "Route 39 Transportation")
    employers.add_job(world.carla, employers.add_worksite(world.carla, employer.id, "Depot").id, "Logistics Managers", 21.0)
    dialog = PlacementDialog(world.carla, service.id)
    qtbot.addWidget(dialog)
    dialog.show()
    w = dialog.form.widgets
    assert w["hourly_wage"].value() == 21.0  # prepopulated from the job
    w["minimum_wage"].setValue(15.0)
    w["subsidized_wage"].setValue(16.0)
    w["status"].setCurrentText("Started (Open)")
    w["start_date"].setText((TODAY - dt.timedelta(days=35)).strftime("%m/%d/%Y"))
    w["planned_due"].setText((TODAY + dt.timedelta(days=60)).strftime("%m/%d/%Y"))
    assert not dialog.save().succeeded
    assert dialog.form.error_text("subsidized_wage") == "Subsidized/training wage ($16.00) must be no more than the minimum wage ($15.00)."
    assert counts(world.admin.workspace, Placement)[0] == 0
    w["subsidized_wage"].setValue(15.0)
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save().succeeded
    placement_id = dialog.placement_id
    editor = PlacementDialog(world.carla, service.id, placement_id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.history_model.values(0)[0] == "Started (Open)"
    assert editor.follow_model.values(0)[:2] == (f"30 Days Follow-Up Due on {(TODAY - dt.timedelta(days=5)).month}/"
                                               f"{(TODAY - dt.timedelta(days=5)).day}/{(TODAY - dt.timedelta(days=5)).year}", "Yes")
    assert "Total subsidized days for all items: 36" in editor.subsidized.text()
    editor.grab().save(str(tmp_path / "placement.png"))

    review = FollowUpReviewDialog(world.carla, placement_id, 30, 21.0, editor)
    qtbot.addWidget(review)
    review.wage.setValue(10.0)
    review.accept()
    assert review.result() != QDialog.DialogCode.Accepted and "at least the minimum wage" in review.form.error_text("wage")
    review.wage.setValue(22.0)
    review.note.setPlainText("Verified with the dispatcher.")
    review.accept()
    assert review.result() == QDialog.DialogCode.Accepted
    editor.load()
    assert editor.follow_model.values(0)[2] == TODAY and editor.follow_model.values(0)[4] == "Yes"
    assert placements.get_placement(world.carla, placement_id).placement.hourly_wage == 22.0
    assert counts(world.admin.workspace, FollowUp)[0] == 1
