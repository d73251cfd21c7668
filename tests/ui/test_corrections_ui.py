"""Corrections in the window (issue 12): payments edited and removed, a step's typed dates back after
Evaluated/Not Required, a placement's history right after its first save, an exit undone."""
from __future__ import annotations

import datetime as dt

from app import domain
from app.errors import FieldError, ValidationError
from app.services import employers, outcomes, participants, placements, plan_services, update_log
from tests.ui.conftest import open_participant
from ui.dialogs.placement import PlacementDialog
from ui.dialogs.step_editor import StepEditorDialog

TODAY = dt.date.today()


def test_a_payment_is_edited_and_removed_and_the_running_total_follows(qtbot, world):
    p = world.participant()
    goal = world.goal(p.id, category="Support Services", statement="Get to class")
    service = world.service(p.id, goal.id, item_name="Transportation assistance", status=domain.STARTED)
    pay = {"service_type": "Transportation", "payment_method": "Bus pass", "payment_date": TODAY, "unit_amount": 25.0, "quantity": 2.0}
    plan_services.add_payment(world.carla, service.id, **pay)
    plan_services.add_payment(world.carla, service.id, **{**pay, "unit_amount": 10.0, "quantity": 1.0})
    editor = StepEditorDialog(world.carla, service.id)
    qtbot.addWidget(editor)
    tab = editor.dollar_tab
    tab.table.selectRow(0)
    tab.edit_selected()
    tab.form.widgets["unit_amount"].setValue(0)
    assert not tab.add_payment().succeeded
    assert tab.form.error_text("unit_amount") == "Unit amount must be more than $0."
    tab.form.widgets["unit_amount"].setValue(30.0)
    assert tab.add_payment().succeeded
    assert tab.current_total.text() == "Current total: $70.00"
    tab.table.selectRow(1)
    assert tab.remove_selected(confirmed=True).succeeded
    assert tab.current_total.text() == "Current total: $60.00"
    fields = [(e.field, e.old, e.new) for e in update_log.list_log(world.carla, p.id)]
    assert ("Unit amount", "25", "30") in fields


def test_leaving_evaluated_brings_back_the_typed_due_date_and_hours(qtbot, world):
    p = world.participant()
    service = world.service(p.id, world.goal(p.id).id)
    editor = StepEditorDialog(world.carla, service.id)
    qtbot.addWidget(editor)
    tab = editor.status_tab
    tab.due.setText("01/15/2030")
    tab.hours.setValue(12)
    tab.status.setCurrentText(domain.EVALUATED)
    assert (tab.due.text(), tab.hours.value()) == (tab.start.text(), 0)
    tab.form.show_errors(ValidationError([FieldError("weekly_hours", "Evaluated/Not Required: weekly hours must be 0.")]))
    assert tab.form.error_text("weekly_hours")
    tab.status.setCurrentText(domain.STARTED)
    assert (tab.due.text(), tab.hours.value()) == ("01/15/2030", 12)
    assert tab.form.error_text("weekly_hours") == ""  # the stale Evaluated error is gone


def test_a_new_placement_shows_its_history_at_once_and_can_be_removed(qtbot, world):
    pid = world.participant().id
    service = world.service(pid, world.goal(pid).id, item_name="Work Experience", status="Started/Open")
    employer = employers.add_employer(world.carla, "Route 39 Transportation")
    employers.add_job(world.carla, employers.add_worksite(world.carla, employer.id, "Depot").id, "Logistics Managers", 21.0)
    dialog = PlacementDialog(world.carla, service.id)
    qtbot.addWidget(dialog)
    dialog.show()
    w = dialog.form.widgets
    w["minimum_wage"].setValue(15.0)
    w["subsidized_wage"].setValue(15.0)
    w["start_date"].setText((TODAY - dt.timedelta(days=5)).strftime("%m/%d/%Y"))
    w["planned_due"].setText((TODAY + dt.timedelta(days=60)).strftime("%m/%d/%Y"))
    assert dialog.save().succeeded
    assert dialog.history_box.isVisible() and dialog.follow_box.isVisible()
    assert dialog.history_model.values(0)[0] == "Planned/Not Started"
    assert dialog.remove(confirmed=True).succeeded
    assert placements.list_placements(world.carla, pid) == []


def test_a_program_manager_undoes_an_exit_from_the_outcomes_tab(qtbot, world, people, settings):
    from ui.main_window import MainWindow
    from ui.session import PlanSession

    pid = people["jose"].id
    outcomes.record_exit(world.carla, pid, TODAY, early=True, reason="Moved out of the area", note="Moved to Ohio.")
    win = MainWindow(PlanSession(world.pam), settings)
    qtbot.addWidget(win)
    win.start()
    qtbot.waitUntil(lambda: len(win.caseload.model.rows) == 2, timeout=5000)
    open_participant(qtbot, win, pid)
    win.show_tab(win.tabs.outcomes)
    assert win.tabs.outcomes.undo_exit_button.isVisible()
    win.record_actions.undo_exit("Exit recorded on the wrong participant")
    assert participants.get_participant(world.pam, pid).enrollment_status == "Active"
    assert not win.tabs.outcomes.undo_exit_button.isVisible() and win.tabs.outcomes.exit_button.isVisible()
    assert win.sidebar.values["status"].text() == "Active"
    win.close()


def test_employers_worksites_and_jobs_are_edited_and_removed(qtbot, world, tmp_path):
    from ui.dialogs.employers import EmployersDialog

    employer = employers.add_employer(world.carla, "Young Drycleaners")
    site = employers.add_worksite(world.carla, employer.id, "Main plant", city="Peoria", state="IL", zip="61602")
    employers.add_job(world.carla, site.id, "Laundry Worker", 16.5)
    dialog = EmployersDialog(world.carla)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.jobs_view.selectRow(0)
    dialog.edit_selected("job")
    editor = dialog.editor
    editor.form.widgets["hourly_wage"].setValue(0)
    assert not editor.save().succeeded
    assert editor.form.error_text("hourly_wage") == "Hourly wage of the job must be more than $0.00."
    editor.form.widgets["hourly_wage"].setValue(17.25)
    assert editor.save().succeeded
    dialog.jobs_view.selectRow(0)
    dialog.edit_selected("worksite")
    dialog.editor.form.widgets["state"].setText("wi")
    assert dialog.editor.save().succeeded
    assert employers.get_worksite(world.carla, site.id).state == "WI"
    assert [dialog.jobs_model.values(r) for r in range(dialog.jobs_model.rowCount())] == [("Young Drycleaners", "Main plant", "Laundry Worker", "", 1, 17.25)]
    dialog.jobs_view.selectRow(0)
    assert dialog.remove_selected("employer", confirmed=True).succeeded
    assert dialog.jobs_model.rows == [] and employers.list_employers(world.carla) == []
