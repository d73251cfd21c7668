"""The Outcomes tab driven like a caseworker would: a skill gain with its proof, a refused date, an
early exit seen in the caseload, the side bar, the Overview's case notes and the Update Log."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services import documents, outcomes
from db.models import Document, SkillGain
from tests.helpers import counts
from tests.ui.conftest import open_participant

YESTERDAY = dt.date.today() - dt.timedelta(days=1)


def _save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _cell(table, row: int, title: str) -> str:
    columns = [c.title for c in table.model.columns]
    return table.proxy.index(row, columns.index(title)).data()


def _open_outcomes(qtbot, window, pid):
    open_participant(qtbot, window, pid)
    window.tab_actions[4].trigger()  # Ctrl+5: the tab after 3. Add Steps/Services
    tab = window.tabs.outcomes
    assert window.tab_widget.currentWidget() is tab and window.tab_widget.tabText(4) == "Outcomes"
    qtbot.waitUntil(lambda: tab.participant_id == pid and tab.summary is not None)
    return tab


def _skill_gain_dialog(qtbot, window, tab, tmp_path):
    tab.add_skill_gain_requested.emit()
    dialog = window.plan_actions.dialog
    dialog.kind.setCurrentText("Secondary Transcript/Report Card")
    dialog.form.widgets["answers.enrolled"].setCurrentText("Yes")
    dialog.form.widgets["answers.education_level"].setCurrentText("H.S. Junior")
    proof = tmp_path / "report-card.pdf"
    proof.write_bytes(b"%PDF-1.4 fall semester")
    dialog.attach_file(str(proof))
    dialog.form.widgets["comment"].setPlainText("All classes passed with a C or better.")
    return dialog


def test_add_a_skill_gain_through_the_dialog(qtbot, window, world, people, tmp_path):
    pid = people["jose"].id
    tab = _open_outcomes(qtbot, window, pid)
    assert tab.gain_table.currentWidget() is tab.gain_table.empty
    dialog = _skill_gain_dialog(qtbot, window, tab, tmp_path)
    assert not dialog.form.widgets["answers.passed_exam"].isVisibleTo(dialog)  # only the chosen type's questions
    assert "semester" in dialog.proof.text()
    dialog.form.widgets["attained_on"].setText(YESTERDAY.strftime("%m/%d/%Y"))
    _save(dialog)
    assert not dialog.isVisible()
    assert _cell(tab.gain_table, 0, "Type") == "Secondary Transcript/Report Card"
    assert _cell(tab.gain_table, 0, "Document") == "report-card.pdf"
    assert _cell(tab.gain_table, 0, "Date attained") == YESTERDAY.strftime("%m/%d/%Y")
    [gain] = outcomes.list_skill_gains(world.carla, pid)
    assert gain.answers == {"enrolled": "Yes", "education_level": "H.S. Junior"}
    assert documents.open_document(world.carla, gain.document_id) == b"%PDF-1.4 fall semester"
    mark, _action, result = tab.checklist_rows["skill_gains"]
    assert mark.text() == "✓ Complete" and result.text() == "1 skill gain entered"


def test_a_bad_date_is_refused_beside_the_field_and_nothing_is_saved(qtbot, window, world, people, tmp_path):
    pid = people["jose"].id
    tab = _open_outcomes(qtbot, window, pid)
    dialog = _skill_gain_dialog(qtbot, window, tab, tmp_path)
    before = counts(world.admin.workspace, SkillGain, Document)
    dialog.form.widgets["attained_on"].setText("02/30/2026")
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.form.error_text("attained_on") == "Date attained must be a real date written MM/DD/YYYY (got “02/30/2026”)."
    dialog.form.widgets["attained_on"].setText((dt.date.today() + dt.timedelta(days=3)).strftime("%m/%d/%Y"))
    _save(dialog)
    assert dialog.form.error_text("attained_on") == "Date attained cannot be in the future."
    assert counts(world.admin.workspace, SkillGain, Document) == before
    assert tab.gain_model.rows == []


def test_an_early_exit_shows_in_the_caseload_the_side_bar_the_overview_and_the_update_log(qtbot, window, world, people):
    pid = people["jose"].id
    world.goal(pid)
    tab = _open_outcomes(qtbot, window, pid)
    assert tab.exit_status.text() == "Not exited."
    assert "no measurable skill gain entered" in tab.exit_reason.text().lower() and "early exit" in tab.exit_reason.text()
    assert not tab.add_job.isEnabled()
    qtbot.mouseClick(tab.exit_button, Qt.MouseButton.LeftButton)
    dialog = window.plan_actions.dialog
    assert dialog.early.isChecked() and not dialog.early.isEnabled()  # the checklist is incomplete: only an early exit
    dialog.form.widgets["exit_date"].setText(YESTERDAY.strftime("%m/%d/%Y"))
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.form.error_text("reason") == "Exit reason is required for an early exit: choose one from the list."
    assert dialog.form.error_text("note") == "A case note is required for an early exit: say why the participant left before completing."
    assert outcomes.get_exit(world.carla, pid) is None
    dialog.reason.setCurrentText("Moved out of the area")
    dialog.note.setPlainText("Moved to Ohio to live with family.")
    _save(dialog)
    assert not dialog.isVisible()

    assert tab.exit_status.text() == f"Exited on {YESTERDAY:%m/%d/%Y} — left early: Moved out of the area"
    assert not tab.exit_button.isVisible() and tab.add_job.isEnabled()
    assert tab.checklist_rows["exited"][0].text() == "✓ Complete"
    assert "Exited" in window.sidebar.subtitle.text()
    qtbot.waitUntil(lambda: next(r for r in window.caseload.model.rows if r.id == pid).enrollment_status == "Exited", timeout=5000)

    window.show_tab(window.tabs.overview)
    notes = window.tabs.overview.notes_table
    assert _cell(notes, 0, "Subject") == "Early exit: Moved out of the area"
    assert _cell(notes, 0, "Contact date") == YESTERDAY.strftime("%m/%d/%Y")

    window.tab_actions[5].trigger()  # Ctrl+6: Update Log
    log = window.tabs.log
    assert window.tab_widget.currentWidget() is log
    whats = [_cell(log.table, r, "What") for r in range(log.table.proxy.rowCount())]
    assert "Exit" in whats and "Case note" in whats and "Profile · Enrollment status" in whats


def test_employment_after_exit_through_the_dialog(qtbot, window, world, people):
    pid = people["jose"].id
    outcomes.record_exit(world.carla, pid, YESTERDAY, early=True, reason="Found employment", note="Hired at Target.")
    tab = _open_outcomes(qtbot, window, pid)
    qtbot.mouseClick(tab.add_job, Qt.MouseButton.LeftButton)
    dialog = window.plan_actions.dialog
    values = {"employer": "Target", "start_date": "06/08/2020", "job_title": "Backroom Team", "city": "Peoria", "state": "il", "zip": "6160"}
    for field, text in values.items():
        dialog.form.widgets[field].setText(text)
    dialog.form.widgets["duties"].setPlainText("Unload trucks.")
    dialog.form.widgets["hours_per_week"].setValue(32)
    _save(dialog)
    assert dialog.form.error_text("zip") == "Employer ZIP code must be 5 digits (or ZIP+4)."
    dialog.form.widgets["zip"].setText("61602")
    _save(dialog)
    assert not dialog.isVisible()
    assert (_cell(tab.job_table, 0, "Employer"), _cell(tab.job_table, 0, "City")) == ("Target", "Peoria, IL")


def test_a_late_exit_reminder_opens_the_outcomes_tab(qtbot, window, world, people):
    """app/reminders.py places an exit's reminders at ("outcomes", "exit")."""
    pid = people["ana"].id
    window.caseload_tools.open_place(pid, ("outcomes", "exit"))
    assert window.participant_row.id == pid
    assert window.tab_widget.currentWidget() is window.tabs.outcomes
