"""Intake, profile editing and users, driven through the real dialogs of the window (issue 12)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.services import participants, update_log, users
from db.models import Participant
from tests.conftest import PASSWORD
from tests.helpers import counts
from tests.ui.conftest import open_participant

TODAY = dt.date.today()


def _type_ana(dialog, **extra) -> None:
    w = dialog.fields.widgets
    values = {"first_name": "Ana", "last_name": "Ruiz", "birth_date": "04/12/1990", "ssn_last4": "1234", "phone": "(217) 555-0142",
              "state": "il", "zip": "61602", **extra}
    for field, text in values.items():
        w[field].setText(text)


def _save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_intake_from_the_window_refuses_bad_input_then_opens_the_new_participant(qtbot, window, world, tmp_path):
    window.record_actions.new_participant.trigger()
    dialog = window.record_actions.dialog
    window.resize(1366, 768)
    dialog.resize(1180, 700)
    _type_ana(dialog, ssn_last4="١٢٣٤", zip="６１６０２")
    dialog.contact_edits[0]["name"].setText("Rosa Ruiz")
    before = counts(world.admin.workspace, Participant)
    _save(dialog)
    assert dialog.fields.error_text("ssn_last4") == "Last 4 of SSN must be exactly 4 digits, written with 0-9."
    assert dialog.fields.error_text("zip") == "ZIP code must be 5 digits (or ZIP+4), written with 0-9."
    assert dialog.contact_error.text() == "Additional contact 1: An additional contact needs a phone number or an email address."
    assert counts(world.admin.workspace, Participant) == before
    dialog.grab().save(str(tmp_path / "intake-errors.png"))
    _type_ana(dialog)
    dialog.contact_edits[0]["phone"].setText("217-555-0100")
    _save(dialog)
    qtbot.waitUntil(lambda: window.participant_row is not None and window.participant_row.name.startswith("Ruiz"), timeout=5000)
    assert window.sidebar.values["ssn"].text() == "•••-••-1234"
    assert window.sidebar.values["contacts"].text() == "Rosa Ruiz 217-555-0100"
    assert any(r.name.startswith("Ruiz") for r in window.caseload.model.rows)


def test_the_duplicate_check_offers_to_open_the_participant_already_there(qtbot, window, world, people):
    participants.update_participant(world.carla, people["ana"].id, birth_date=dt.date(1990, 4, 12))
    window.record_actions.new_participant.trigger()
    dialog = window.record_actions.dialog
    _type_ana(dialog, last_name="García", ssn_last4="9999")
    before = counts(world.admin.workspace, Participant)
    _save(dialog)
    assert dialog.duplicate.isVisible()
    assert dialog.duplicate_text.text() == "This may be Ana García, 100002 (same name and date of birth): open Ana García instead?"
    assert counts(world.admin.workspace, Participant) == before
    dialog.open_existing.click()
    qtbot.waitUntil(lambda: window.participant_row is not None and window.participant_row.id == people["ana"].id, timeout=5000)


def test_the_side_bar_edit_button_corrects_the_profile_and_the_contacts(qtbot, window, world, people, tmp_path):
    pid = people["jose"].id
    open_participant(qtbot, window, pid)
    window.resize(1366, 768)
    window.sidebar.edit_button.click()
    dialog = window.record_actions.dialog
    w = dialog.fields.widgets
    w["phone"].setText("２１７５５５０１４２")
    _save(dialog)
    assert dialog.fields.error_text("phone").startswith("Phone/text must be a phone number written with the digits 0-9")
    w["phone"].setText("(309) 555-0123")
    w["city"].setText("Peoria")
    dialog.edit_contact(None)
    contact = dialog.contact_dialog
    contact.form.widgets["name"].setText("Rosa Ruiz")
    contact.form.widgets["phone"].setText("217-555-0100")
    contact.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert [c.name for c in dialog.contacts_model.rows] == ["Rosa Ruiz"]
    dialog.resize(1180, 720)
    dialog.grab().save(str(tmp_path / "profile-edit.png"))
    _save(dialog)
    assert window.sidebar.values["phone"].text() == "(309) 555-0123"
    assert "Rosa Ruiz" in window.sidebar.values["contacts"].text()
    log = [(e.field, e.old, e.new) for e in update_log.list_log(world.carla, pid)]
    assert ("Phone/text", "", "(309) 555-0123") in log and ("City", "", "Peoria") in log


def test_an_administrator_disables_a_user_and_resets_a_password_from_the_window(qtbot, world, settings, tmp_path, monkeypatch):
    from ui.dialogs.users_admin import UsersDialog
    from ui.session import PlanSession

    dialog = UsersDialog(PlanSession(world.admin))
    qtbot.addWidget(dialog)
    dialog.show()
    carla = next(u for u in dialog.model.rows if u.username == "carla")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    dialog.toggle_active(carla)
    assert users.get_user(world.admin, carla.id).active is False
    assert next(u for u in dialog.model.rows if u.username == "carla").active is False
    dialog.reset_password(next(u for u in dialog.model.rows if u.username == "carla"))
    reset = dialog.dialog
    reset.form.widgets["password"].setText("short")
    reset.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "at least" in reset.form.error_text("password")
    reset.form.widgets["password"].setText("a-brand-new-password")
    reset.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    dialog.toggle_active(next(u for u in dialog.model.rows if u.username == "carla"))
    assert world.admin.workspace.sign_in("carla", "a-brand-new-password").user.username == "carla"
    dialog.edit_user(None)
    add = dialog.dialog
    add.form.widgets["username"].setText("dina")
    add.form.widgets["full_name"].setText("Dina Dunn")
    add.form.widgets["password"].setText(PASSWORD)
    add.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert add.form.error_text("organization_id") == "A caseworker belongs to an organization: choose one."
    add.form.widgets["organization_id"].setCurrentIndex(add.form.widgets["organization_id"].findData(world.org_a.id))
    add.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert any(u.username == "dina" for u in dialog.model.rows)
    dialog.resize(900, 520)
    dialog.grab().save(str(tmp_path / "users.png"))


def test_a_user_changes_their_own_password_from_the_file_menu(qtbot, window, world):
    window.record_actions.change_password.trigger()
    dialog = window.record_actions.dialog
    w = dialog.form.widgets
    w["old_password"].setText(PASSWORD)
    w["password"].setText("another-long-one")
    w["repeated"].setText("another-long-two")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.form.error_text("repeated") == "The two new passwords are not the same: type the new password twice."
    w["repeated"].setText("another-long-one")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert world.admin.workspace.sign_in("carla", "another-long-one").user.username == "carla"
