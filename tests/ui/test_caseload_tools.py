"""The window's caseload tools: a reminder opens the place to act, acting clears it; the Caseload
menu opens compliance, the services report, the export and employers; a placement step offers its
placement; signing mode opens from the Overview."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox

from app import domain
from app.services import participants, records
from tests.ui.conftest import open_participant

TODAY = dt.date.today()


def _contact_reminder(panel, participant_id):
    return [r for r in panel.items if r.participant_id == participant_id and r.kind == "contact"]


def test_contact_reminder_opens_a_case_note_and_clears(qtbot, window, people, world):
    tools = window.caseload_tools
    jose = people["jose"]
    participants.update_participant(world.carla, jose.id, application_date=TODAY - dt.timedelta(days=60))
    tools.panel.refresh()
    qtbot.waitUntil(lambda: bool(_contact_reminder(tools.panel, jose.id)), timeout=5000)
    assert "due" in tools.badge.text()
    reminder = _contact_reminder(tools.panel, jose.id)[0]
    tools.panel.open_requested.emit(jose.id, reminder.place)
    assert window.participant_row.id == jose.id
    dialog = window.plan_actions.dialog
    assert dialog is not None and dialog.form.widgets["two_way_contact"].isChecked()
    dialog.form.widgets["subject"].setText("Phone call about the CDL course")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not _contact_reminder(tools.panel, jose.id), timeout=5000)
    assert any(n.subject == "Phone call about the CDL course" and n.two_way_contact for n in records.list_case_notes(world.carla, jose.id))


def test_caseload_menu_opens_each_tool(qtbot, window):
    from ui.dialogs.compliance import ComplianceDialog
    from ui.dialogs.customer_services_report import CustomerServicesReport
    from ui.dialogs.employers import EmployersDialog
    from ui.dialogs.export_caseload import ExportCaseloadDialog

    tools = window.caseload_tools
    for action, kind in ((tools.compliance_action, ComplianceDialog), (tools.report_action, CustomerServicesReport),
                         (tools.export_action, ExportCaseloadDialog), (tools.employers_action, EmployersDialog)):
        action.trigger()
        assert isinstance(tools.dialog, kind) and tools.dialog.isVisible()
        tools.dialog.close()
    assert tools.reminders_action.shortcut().toString() == "F9"


def test_placement_step_offers_its_placement(qtbot, window, people, world):
    from ui.dialogs.placement import PlacementDialog

    jose = people["jose"]
    goal = world.goal(jose.id)
    world.service(jose.id, goal.id, item_name="Work Experience", status=domain.STARTED)
    open_participant(qtbot, window, jose.id)
    window.show_tab(window.tabs.steps)
    qtbot.waitUntil(lambda: window.tabs.steps.service_table.view.model().rowCount() == 1, timeout=5000)
    window.tabs.steps.service_table.view.selectRow(0)
    window.plan_actions.edit_step.trigger()
    editor = window.plan_actions.dialog
    button = next(b for b in editor.buttons.buttons() if b.text() == "Worksite placement…")
    button.click()
    assert isinstance(window.plan_actions.dialog, PlacementDialog)
    window.plan_actions.dialog.reject()
    editor.reject()


def test_sign_the_plan_opens_signing_mode(qtbot, window, people):
    from ui.signing import SigningWindow

    open_participant(qtbot, window, people["jose"].id)
    window.tabs.overview.sign_button.click()
    signing = window.plan_actions.signing
    assert isinstance(signing, SigningWindow) and signing.isVisible()
    signing.hide()
    signing.deleteLater()


def test_plan_review_dialog_moves_last_review(qtbot, window, people, world):
    jose = people["jose"]
    open_participant(qtbot, window, jose.id)
    window.plan_actions.plan_review.trigger()
    dialog = window.plan_actions.dialog
    dialog.form.widgets["note"].setPlainText("Reviewed goals and the CDL schedule.")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert participants.get_participant(world.carla, jose.id).last_plan_review == TODAY
    assert any(n.subject == "Plan review" for n in records.list_case_notes(world.carla, jose.id))


def test_update_log_shows_open_conflicts_and_opens_the_conflicts_view(qtbot, window, people, world):
    from ui.dialogs.conflicts import ConflictsDialog
    from tests.ui.test_conflicts_dialog import make_conflict

    jose = people["jose"]
    make_conflict(world, jose.id)
    open_participant(qtbot, window, jose.id)
    window.show_tab(window.tabs.log)
    qtbot.waitUntil(lambda: window.tabs.log.conflicts_box.isVisible(), timeout=5000)
    row = window.tabs.log.conflicts_model.rows[0]
    assert (row.field, row.kept_by, row.lost_by) == ("Phone", "Pam Manager", "Carla Caseworker")
    window.tabs.log.conflicts_requested.emit()
    assert isinstance(window.sync.dialog, ConflictsDialog)
    window.sync.dialog.close()
