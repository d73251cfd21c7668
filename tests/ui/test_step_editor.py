"""The step/service editor: what a caseworker changes lands in the database, bad input is refused."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app import domain
from app.services import plan_services, records
from db.models import Credential, PlanService, Provider, SupportPayment
from tests.helpers import counts
from ui.dialogs.step_editor import StepEditorDialog


def open_editor(qtbot, world, item_name="Vocational Training", **values):
    pid = world.participant().id
    goal = world.goal(pid)
    service = world.service(pid, goal.id, item_name=item_name, **values)
    dialog = StepEditorDialog(world.carla, service.id)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.reject())  # a test may leave typing: no question at teardown
    dialog.show()
    return dialog, service


def retype(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_title_is_the_step_and_status_change_is_saved_with_footer(qtbot, world):
    dialog, service = open_editor(qtbot, world)
    tab = dialog.status_tab
    assert dialog.windowTitle() == "VT – Vocational Training"
    assert tab.footer.text().startswith("Updated by Carla Caseworker on ")
    tab.status.setCurrentText(domain.STARTED)
    retype(qtbot, tab.start, "11/02/2026")
    retype(qtbot, tab.due, "12/18/2026")
    tab.hours.setValue(12.5)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    saved = plan_services.get_service(world.carla, service.id)
    assert (saved.status, saved.planned_start, saved.planned_due, saved.weekly_hours) == (domain.STARTED, dt.date(2026, 11, 2), dt.date(2026, 12, 18), 12.5)
    row = next(r for r in plan_services.list_services(world.carla, service.participant_id) if r.id == service.id)
    assert tab.footer.text() == row.footer and row.footer.startswith("Updated by Carla Caseworker on ")
    # The status change opened Dollar Value and Attendance in the other sub-tabs.
    assert dialog.attendance_tab.model.rowCount() == 7
    assert dialog.dollar_tab.blocked.isHidden()


def test_evaluated_not_required_sets_due_to_start_and_no_hours(qtbot, world):
    dialog, service = open_editor(qtbot, world)
    tab = dialog.status_tab
    retype(qtbot, tab.start, "11/09/2026")
    tab.status.setCurrentText(domain.EVALUATED)
    assert tab.due.text() == "11/09/2026" and tab.hours.value() == 0
    assert not tab.due.isEnabled() and not tab.hours.isEnabled()
    assert tab.save().succeeded
    saved = plan_services.get_service(world.carla, service.id)
    assert (saved.status, saved.planned_start, saved.planned_due, saved.weekly_hours) == (domain.EVALUATED, dt.date(2026, 11, 9), dt.date(2026, 11, 9), 0)


def test_completion_without_date_shows_message_beside_the_field_and_saves_nothing(qtbot, world):
    dialog, service = open_editor(qtbot, world)
    tab = dialog.status_tab
    ws = world.admin.workspace
    before = counts(ws, PlanService)
    tab.status.setCurrentText(domain.SUCCESSFUL)
    assert tab.completion.isEnabled()
    assert not tab.save().succeeded
    assert tab.form.error_text("completion_date") == "Completion date is required when the status is Successful Completion."
    assert counts(ws, PlanService) == before
    assert plan_services.get_service(world.carla, service.id).status == domain.PLANNED
    retype(qtbot, tab.completion, "02/30/2026")
    assert not tab.save().succeeded
    assert tab.form.error_text("completion_date") == "Completion date must be a real date written MM/DD/YYYY (got “02/30/2026”)."
    assert counts(ws, PlanService) == before


def test_other_provider_needs_its_address(qtbot, world):
    dialog, service = open_editor(qtbot, world)
    tab = dialog.provider_tab
    tab.other.setChecked(True)
    retype(qtbot, tab.form_other.widgets["other_provider_name"], "Westside Tech")
    assert not tab.save().succeeded
    assert tab.form_other.error_text("other_provider_city") == "Provider city is required for an other provider."
    for field, text in (("other_provider_address", "2800 S. Western Ave."), ("other_provider_city", "Chicago"), ("other_provider_state", "IL"), ("other_provider_zip", "60608")):
        retype(qtbot, tab.form_other.widgets[field], text)
    assert tab.save().succeeded
    row = next(r for r in plan_services.list_services(world.carla, service.participant_id) if r.id == service.id)
    assert row.provider == "Westside Tech"


def test_listed_provider_is_chosen_from_the_list(qtbot, world):
    with world.admin.write() as rec:
        rec.add(Provider(name="Austin Peoples Action Center", address="5125 W. Chicago Ave.", city="Chicago", state="IL", zip="60644"), summary="provider")
    dialog, service = open_editor(qtbot, world)
    tab = dialog.provider_tab
    assert tab.provider.currentText() == "Austin Peoples Action Center – 5125 W. Chicago Ave., Chicago, IL 60644"
    tab.listed.setChecked(True)
    assert tab.save().succeeded
    row = next(r for r in plan_services.list_services(world.carla, service.participant_id) if r.id == service.id)
    assert row.provider == "Austin Peoples Action Center"


def test_dollar_value_is_closed_on_a_planned_service(qtbot, world):
    dialog, _service = open_editor(qtbot, world, item_name="Transportation assistance")
    tab = dialog.dollar_tab
    assert tab.blocked.text() == "A dollar value can only be recorded on a Started/Open service."
    assert not tab.add_box.isEnabled()


def test_two_payments_show_a_running_total(qtbot, world):
    dialog, service = open_editor(qtbot, world, item_name="Transportation assistance", status=domain.STARTED)
    tab = dialog.dollar_tab
    form = tab.form
    assert tab.add_box.isEnabled() and form.widgets["service_type"].text() == "Transportation"
    form.widgets["payment_method"].setCurrentText("Bus pass")
    retype(qtbot, form.widgets["payment_date"], "11/02/2026")
    form.widgets["unit_amount"].setValue(75)
    assert tab.add_payment().succeeded
    form.widgets["payment_method"].setCurrentText("Voucher")
    retype(qtbot, form.widgets["payment_date"], "11/10/2026")
    form.widgets["unit_amount"].setValue(18.5)
    form.widgets["quantity"].setValue(2)
    assert tab.preview.text() == "Total for this payment: $37.00"
    assert tab.add_payment().succeeded
    assert tab.current_total.text() == "Current total: $112.00"
    assert [tab.model.data(tab.model.index(r, 7)) for r in range(2)] == ["$75.00", "$112.00"]
    assert [p[2] for p in plan_services.list_payments(world.carla, service.id)] == [75.0, 112.0]
    before = counts(world.admin.workspace, SupportPayment)
    assert form.widgets["unit_amount"].value() == 0  # reset for the next payment; the method is kept
    form.widgets["payment_method"].setCurrentIndex(0)
    assert not tab.add_payment().succeeded
    assert form.error_text("unit_amount") == "Unit amount must be more than $0."
    assert form.error_text("payment_method") == "Payment method is required: choose one from the list."
    assert counts(world.admin.workspace, SupportPayment) == before


def test_attendance_explains_when_it_is_unavailable(qtbot, world):
    dialog, _service = open_editor(qtbot, world)
    tab = dialog.attendance_tab
    assert tab.blocked.text() == "Attendance can only be recorded on a Started/Open service (this one is Planned/Not Started)."
    assert tab.split.isHidden()


def test_attendance_weeks_open_a_grid_and_refresh_the_hours(qtbot, world):
    dialog, service = open_editor(qtbot, world, status=domain.STARTED, planned_start=dt.date(2026, 11, 2), planned_due=dt.date(2026, 11, 20))
    tab = dialog.attendance_tab
    weeks = [tab.model.data(tab.model.index(r, 0)) for r in range(tab.model.rowCount())]
    assert weeks == ["11/01/2026 – 11/07/2026", "11/08/2026 – 11/14/2026", "11/15/2026 – 11/21/2026"]
    grid = tab.open_week(2)
    assert grid.sunday == dt.date(2026, 11, 15)
    grid.cell("check_in", 1).setText("9")
    grid.cell("check_out", 1).setText("5p")
    with qtbot.waitSignal(dialog.saved):
        assert grid.save().succeeded
    assert tab.model.data(tab.model.index(2, 1)) == "8.00"
    assert tab.model.data(tab.model.index(2, 2)) == "Not verified"


def test_credential_with_a_bad_date_is_refused_then_added_edited_removed(qtbot, world):
    dialog, service = open_editor(qtbot, world)
    tab = dialog.credentials_tab
    form = tab.form
    retype(qtbot, form.widgets["name"], "OSHA-10 Construction")
    form.widgets["source"].setCurrentText("Copy of Certificate")
    form.widgets["kind"].setCurrentText("Occupational Certification")
    retype(qtbot, form.widgets["institution"], "Chicago Cook Workforce Partnership")
    form.widgets["description"].setPlainText("10-hour construction safety course")
    retype(qtbot, form.widgets["attained_on"], "3/3/23x")
    before = counts(world.admin.workspace, Credential)
    assert not tab.save().succeeded
    assert form.error_text("attained_on") == "Date attained must be a real date written MM/DD/YYYY (got “3/3/23x”)."
    assert counts(world.admin.workspace, Credential) == before
    retype(qtbot, form.widgets["attained_on"], "03/03/2023")
    form.widgets["work_experience_in_field"].setChecked(True)
    assert tab.save().succeeded
    [credential] = records.list_credentials(world.carla, service.participant_id, service.id)
    assert (credential.attained_on, credential.plan_service_id, credential.work_experience_in_field) == (dt.date(2023, 3, 3), service.id, True)
    assert tab.model.data(tab.model.index(0, 0)) == "OSHA-10 Construction"
    tab.table.selectRow(0)
    assert tab.editing == credential.id and form.widgets["institution"].text() == "Chicago Cook Workforce Partnership"
    retype(qtbot, form.widgets["institution"], "Westside Tech")
    assert tab.save().succeeded
    assert records.list_credentials(world.carla, service.participant_id, service.id)[0].institution == "Westside Tech"
    tab.table.selectRow(0)
    tab.remove()
    assert records.list_credentials(world.carla, service.participant_id, service.id) == []


def test_credential_requires_every_field(qtbot, world):
    dialog, _service = open_editor(qtbot, world)
    tab = dialog.credentials_tab
    assert not tab.save().succeeded
    assert tab.form.error_text("name") == "Credential name is required."
    assert tab.form.error_text("source") == "Credential source is required: choose one from the list."
    assert tab.form.error_text("attained_on") == "Date attained is required (MM/DD/YYYY)."


def test_keyboard_path_into_a_week_and_unsaved_typing_is_not_lost_silently(qtbot, world, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dialog, service = open_editor(qtbot, world, status=domain.STARTED, planned_start=dt.date(2026, 11, 2), planned_due=dt.date(2026, 11, 20))
    dialog.tabs.setCurrentWidget(dialog.attendance_tab)
    tab = dialog.attendance_tab
    tab.weeks.setFocus()
    tab.weeks.setCurrentIndex(tab.model.index(1, 0))
    qtbot.keyClick(tab.weeks, Qt.Key.Key_Return)
    first_open = tab.grid.cell("check_in", 0)
    assert dialog.focusWidget() is first_open
    qtbot.keyClicks(first_open, "9")
    assert tab.grid.cells.dirty and tab.grid.state.text().startswith("Unsaved changes")
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.append(a[2]) or QMessageBox.StandardButton.No)
    tab.weeks.setCurrentIndex(tab.model.index(2, 0))
    assert answers == ["The week of 11/08/2026 has unsaved changes. Discard them?"]
    assert tab.grid.sunday == dt.date(2026, 11, 8) and tab.grid.cell("check_in", 0).text() == "9"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.weeks.setCurrentIndex(tab.model.index(2, 0))
    assert tab.grid.sunday == dt.date(2026, 11, 15)


def test_mnemonics_do_not_collide_on_any_sub_tab(qtbot, world):
    """Alt+letter must reach one control: the tab bar's letters and the visible page's buttons differ."""
    from PySide6.QtWidgets import QAbstractButton

    dialog, _service = open_editor(qtbot, world, status=domain.STARTED)
    dialog.attendance_tab.open_week(0)
    bar = dialog.tabs.tabBar()
    tab_letters = [bar.tabText(i).split("&")[1][0].lower() for i in range(bar.count())]
    assert len(set(tab_letters)) == len(tab_letters)
    for index in range(dialog.tabs.count()):
        page = dialog.tabs.widget(index)
        letters = [b.text().split("&")[1][0].lower() for b in page.findChildren(QAbstractButton) if "&" in b.text()]
        assert len(set(letters)) == len(letters), letters
        assert not set(letters) & set(tab_letters), (bar.tabText(index), letters)


def test_ctrl_s_saves_the_sub_tab_that_has_the_focus(qtbot, world):
    dialog, service = open_editor(qtbot, world)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    tab = dialog.status_tab
    retype(qtbot, tab.start, "11/03/2026")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(tab.start, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert plan_services.get_service(world.carla, service.id).planned_start == dt.date(2026, 11, 3)


def test_the_attendance_tab_opens_the_week_a_caseworker_came_for(qtbot, world):
    today = dt.date.today()
    sunday = today - dt.timedelta(days=(today.weekday() + 1) % 7)
    dialog, _service = open_editor(qtbot, world, status=domain.STARTED, planned_start=today - dt.timedelta(days=20),
                                   planned_due=today + dt.timedelta(days=20))
    dialog.tabs.setCurrentWidget(dialog.attendance_tab)
    tab = dialog.attendance_tab
    assert tab.grid is not None and tab.grid.sunday == sunday  # this week, ready to type into
    assert tab.weeks.currentIndex().row() == tab.week_row(sunday)
    rows = tab.model.rows
    assert tab.likely_week(rows[-1].week_start + dt.timedelta(days=30)) == len(rows) - 1  # after the end: the last unverified week
    assert tab.likely_week(rows[0].week_start - dt.timedelta(days=1)) == -1  # before the start: nothing opens
