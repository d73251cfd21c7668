"""The career plan window driven like a caseworker would: search, goals, steps, the Update Log, the lock."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.services import goals
from tests.conftest import PASSWORD
from tests.ui.conftest import open_participant
from ui.settings import LAST_PARTICIPANT, Settings
from ui.widgets.row_table import ROW_ROLE


def _cell(table, row: int, title: str) -> str:
    columns = [c.title for c in table.model.columns]
    return table.proxy.index(row, columns.index(title)).data()


def _shown_names(window) -> list[str]:
    proxy = window.caseload.table.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_search_finds_an_accented_name_typed_without_accents(qtbot, window):
    assert window.caseload.count.text() == "2 participants"
    qtbot.keyClicks(window.caseload.search, "nunez")
    assert _shown_names(window) == ["Ñúñez, José"]
    window.caseload.search.clear()
    qtbot.keyClicks(window.caseload.search, "jose 4321")  # name and last 4 SSN together
    assert _shown_names(window) == ["Ñúñez, José"]
    window.caseload.search.clear()
    qtbot.keyClicks(window.caseload.search, "garcia")
    assert _shown_names(window) == ["García, Ana"]
    assert window.caseload.count.text() == "1 of 2 participants"


def test_ctrl_f_focuses_the_search(qtbot, window):
    window.activateWindow()
    window.find_action.trigger()
    assert window.caseload.search.hasFocus() or window.focusWidget() is window.caseload.search


def _save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_add_a_goal_through_the_dialog(qtbot, window, world, people):
    pid = people["jose"].id
    open_participant(qtbot, window, pid)
    window.show_tab(window.tabs.goals)
    window.plan_actions.new_goal.trigger()
    dialog = window.plan_actions.dialog
    qtbot.keyClicks(dialog.statement, "Earn a forklift certification")
    assert dialog.counter.text() == "29/144"
    dialog.form.widgets["category"].setCurrentText("Education/Training Plan")
    _save(dialog)
    assert not dialog.isVisible()
    rows = goals.list_goals(world.carla, pid)
    assert [(g.statement, g.category, g.status) for g in rows] == [("Earn a forklift certification", "Education/Training Plan", "Not Started")]
    assert _cell(window.tabs.goals.goal_table, 0, "Goal statement") == "Earn a forklift certification"
    assert window.tabs.goals.banner.isVisible()  # a new goal needs the participant's agreement again


def test_a_145_character_statement_is_refused_beside_the_field(qtbot, window, world, people):
    pid = people["jose"].id
    open_participant(qtbot, window, pid)
    window.plan_actions.new_goal.trigger()
    dialog = window.plan_actions.dialog
    qtbot.keyClicks(dialog.statement, "x" * 145)
    assert dialog.counter.text() == "145/144"
    assert "b3261e" in dialog.counter.styleSheet()  # red past 144
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.form.error_text("statement") == "Goal statement must be at most 144 characters (it has 145)."
    assert goals.list_goals(world.carla, pid) == []


def test_adding_a_step_changes_the_goals_derived_dates_on_the_overview(qtbot, window, world, people, monkeypatch):
    pid = people["jose"].id
    world.goal(pid)
    open_participant(qtbot, window, pid)
    window.show_tab(window.tabs.overview)
    plan = window.tabs.overview.plan_table
    assert _cell(plan, 0, "Earliest Start") == "" and _cell(plan, 0, "Related Steps") == "0"

    window.show_tab(window.tabs.steps)
    steps = window.tabs.steps
    qtbot.keyClicks(steps.search, "vocational")
    assert steps.catalog_table.proxy.rowCount() == 1
    steps.catalog_table.view.setCurrentIndex(steps.catalog_table.proxy.index(0, 0))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    steps.add_button.click()
    dialog = window.plan_actions.dialog
    dialog.start.setText("03/02/2026")
    dialog.due.setText("06/30/2026")
    dialog.hours.setValue(12)
    _save(dialog)
    assert not dialog.isVisible()
    assert _cell(steps.service_table, 0, "Step/service") == "Vocational Training"
    assert _cell(steps.service_table, 0, "Start") == "03/02/2026"

    window.show_tab(window.tabs.overview)
    assert _cell(plan, 0, "Related Steps") == "1"
    assert _cell(plan, 0, "Earliest Start") == "03/02/2026"
    assert _cell(plan, 0, "Latest Planned Due") == "06/30/2026"


def test_evaluated_not_required_sets_due_to_start_and_no_hours(qtbot, window, world, people):
    pid = people["jose"].id
    world.goal(pid)
    open_participant(qtbot, window, pid)
    window.show_tab(window.tabs.steps)
    item = window.tabs.steps.catalog_model.rows[0]
    dialog = window.plan_actions.open_add_step(item)
    dialog.start.setText("04/01/2026")
    dialog.hours.setValue(10)
    dialog.status.setCurrentText("Evaluated/Not Required")
    assert dialog.due.text() == "04/01/2026" and dialog.hours.value() == 0
    assert not dialog.due.isEnabled()


def test_the_update_log_tab_shows_the_edit(qtbot, window, world, people):
    pid = people["jose"].id
    world.goal(pid)
    open_participant(qtbot, window, pid)
    window.show_tab(window.tabs.goals)
    goal_row = window.tabs.goals.goal_model.rows[0]
    dialog = window.plan_actions.open_edit_goal(goal_row)
    dialog.form.widgets["status"].setCurrentText("On Track")
    _save(dialog)
    window.show_tab(window.tabs.log)
    log = window.tabs.log
    qtbot.keyClicks(log.search, "on track")
    assert log.table.proxy.rowCount() == 1
    entry = log.table.proxy.index(0, 0).data(ROW_ROLE)
    assert (entry.entity, entry.old, entry.new, entry.user_name) == ("Goal", "Not Started", "On Track", "Carla Caseworker")
    assert _cell(log.table, 0, "What") == f"Goal · {entry.field}"
    log.search.clear()
    log.entity.setCurrentIndex(log.entity.findData("Goal"))
    assert {log.table.proxy.index(r, 0).data(ROW_ROLE).entity for r in range(log.table.proxy.rowCount())} == {"Goal"}


def test_the_window_locks_when_idle_and_unlocks_only_with_the_right_password(qtbot, window):
    window.idle.set_interval_ms(200)
    window.idle.start()
    qtbot.waitUntil(window.is_locked, timeout=3000)
    assert not window.menuBar().isEnabled() and not window.plan_actions.new_goal.isEnabled()
    qtbot.keyClicks(window.lock_view.password, "not-the-password")
    qtbot.keyClick(window.lock_view.password, Qt.Key.Key_Return)
    assert window.is_locked()
    assert window.lock_view.error.text() == "That password is not right. Try again."
    qtbot.keyClicks(window.lock_view.password, PASSWORD)
    window.lock_view.button.click()
    assert not window.is_locked()
    assert window.menuBar().isEnabled() and window.find_action.isEnabled()


def test_the_last_participant_is_reselected_at_start(qtbot, world, people, settings):
    from ui.main_window import MainWindow
    from ui.session import PlanSession

    Settings.for_profile(settings, world.carla.workspace.data_dir).set(LAST_PARTICIPANT, people["ana"].id)
    win = MainWindow(PlanSession(world.carla), settings)
    qtbot.addWidget(win)
    win.start()
    qtbot.waitUntil(lambda: win.participant_row is not None, timeout=5000)
    assert win.participant_row.id == people["ana"].id
    assert win.sidebar.values["legal"].text() == "Ana García"
    assert win.sidebar.values["ssn"].text().endswith("1111")
    win.close()


def test_a_case_note_from_the_overview(qtbot, window, world, people):
    pid = people["jose"].id
    open_participant(qtbot, window, pid)
    window.plan_actions.new_case_note.trigger()
    dialog = window.plan_actions.dialog
    dialog.form.widgets["subject"].setText("")
    _save(dialog)
    assert dialog.isVisible() and dialog.form.error_text("subject")
    dialog.form.widgets["subject"].setText("Phone call")
    dialog.form.widgets["two_way_contact"].setChecked(True)
    _save(dialog)
    overview = window.tabs.overview
    assert overview.notes_box.title() == "Case Notes (1)"
    assert _cell(overview.notes_table, 0, "Contact date") == dt.date.today().strftime("%m/%d/%Y")
    assert _cell(overview.notes_table, 0, "Two-way") == "Yes"


def test_uploads_are_added_opened_and_removed_from_the_update_log_tab(qtbot, window, world, people, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from app.services import documents

    pid = people["jose"].id
    open_participant(qtbot, window, pid)
    window.show_tab(window.tabs.log)
    log = window.tabs.log
    assert log.docs_table.currentWidget() is log.docs_table.empty
    scan = tmp_path / "signed-agreement.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    window.plan_actions.upload_file(str(scan))
    assert _cell(log.docs_table, 0, "File") == "signed-agreement.pdf"
    assert _cell(log.table, 0, "What").startswith("Upload")  # the upload is in the Update Log too

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    document = log.docs_model.rows[0]
    path = window.plan_actions.open_document(document)
    assert opened == [str(path)] and path.read_bytes() == b"%PDF-1.4 signed"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.plan_actions.remove_document(document)
    assert documents.list_documents(world.carla, pid) == []
    assert log.docs_model.rows == []


def test_preferences_set_the_idle_lock_time(qtbot, window, settings):
    from ui.dialogs.preferences import PreferencesDialog
    from ui.settings import IDLE_MINUTES

    window.open_preferences()
    dialog = window.findChild(PreferencesDialog)
    dialog.idle.setValue(3)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert window.settings.get(IDLE_MINUTES) == 3 and int(Settings(settings).stored(IDLE_MINUTES)) == 3  # this machine's
    assert window.idle.timer.interval() == 3 * 60_000


def test_every_menu_action_has_a_shortcut_and_a_status_tip(window):
    columns = set(window.caseload.column_actions)  # view toggles: Alt+V, L, then the arrows and Enter
    assert all(a.statusTip() for a in columns)
    actions = [a for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu())) for a in menu.actions()
               if not a.isSeparator() and a.menu() is None and a not in columns]
    assert len(actions) >= 20
    for action in actions:
        assert not action.shortcut().isEmpty() and action.statusTip(), action.text()
    shortcuts = {a.shortcut().toString() for a in actions}
    assert {"Ctrl+F", "Ctrl+G", "Ctrl+N", "Ctrl+L"} <= shortcuts


def test_searching_or_reloading_does_not_switch_the_open_plan(qtbot, window, world, people):
    jose, ana = people["jose"].id, people["ana"].id
    open_participant(qtbot, window, jose)
    opened = []
    window.caseload.participant_selected.connect(opened.append)
    qtbot.keyClicks(window.caseload.search, "garcia")
    assert _shown_names(window) == ["García, Ana"]
    assert window.participant_row.id == jose and opened == []
    window.caseload.search.clear()
    assert window.caseload.current().id == jose  # highlighted again once listed
    world.goal(jose)
    with qtbot.waitSignal(window.caseload.loaded, timeout=5000):
        window.refresh_all()
    assert window.participant_row.id == jose and opened == []
    assert window.caseload.select(ana)
    assert [r.id for r in opened] == [ana] and window.participant_row.id == ana


def test_sorting_by_a_column_keeps_the_open_participant_selected(qtbot, window, people):
    from PySide6.QtCore import Qt as QtNS

    open_participant(qtbot, window, people["ana"].id)
    view = window.caseload.table.view
    view.sortByColumn(0, QtNS.SortOrder.DescendingOrder)
    assert _shown_names(window) == ["Ñúñez, José", "García, Ana"]
    assert window.caseload.current().id == people["ana"].id
    view.sortByColumn(2, QtNS.SortOrder.AscendingOrder)  # individual number
    assert _shown_names(window) == ["Ñúñez, José", "García, Ana"]
    assert window.caseload.current().id == people["ana"].id and window.participant_row.id == people["ana"].id


def test_locking_hides_open_dialogs_and_unlocking_brings_them_back_with_the_typing(qtbot, window, people):
    from ui.dialogs.case_note import CaseNoteDialog

    open_participant(qtbot, window, people["jose"].id)
    window.plan_actions.new_case_note.trigger()
    note = window.findChild(CaseNoteDialog)
    qtbot.keyClicks(note.form.widgets["subject"], "Called about the CDL class")
    window.caseload_tools.compliance_action.trigger()
    compliance = window.caseload_tools.dialog
    assert note.isVisible() and compliance.isVisible()
    window.lock()
    assert not note.isVisible() and not compliance.isVisible()  # nothing of a plan shows over the lock screen
    qtbot.keyClicks(window.lock_view.password, PASSWORD)
    window.lock_view.button.click()
    assert not window.is_locked()
    assert note.isVisible() and compliance.isVisible()
    assert note.form.widgets["subject"].text() == "Called about the CDL class"
    compliance.close()
    note.reject()
