"""The laptop side of issue 14: a case note sent as message shows "queued (offline)"; Participant ▸ Invite to
their page… queues an invitation, or says why it cannot."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.services import messages, participants
from db.models import OutgoingMessage
from tests.ui.conftest import open_participant


def test_a_case_note_sent_as_message_and_email_shows_queued_offline(qtbot, window, world, people):
    pid = people["jose"].id
    participants.update_participant(world.carla, pid, email="jose@example.org")
    open_participant(qtbot, window, pid)
    window.plan_actions.new_case_note.trigger()
    dialog = window.plan_actions.dialog
    dialog.form.widgets["subject"].setText("Your CDL class starts Monday")
    dialog.form.widgets["message"].setPlainText("Bring your ID.")
    dialog.form.widgets["delivery"].setCurrentText("Message and email")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    model = window.tabs.overview.notes_model
    qtbot.waitUntil(lambda: len(model.rows) == 1)
    delivery = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Delivery")
    assert model.data(model.index(0, delivery)) == "queued (offline)"
    [message] = messages.list_messages(world.carla, pid)
    assert (message.kind, message.channel, message.subject, message.body, message.status) == (
        "case_note", "message_email", "Your CDL class starts Monday", "Bring your ID.", "queued")
    assert message.source_id == model.rows[0].id


def test_invite_needs_an_email_address_then_queues_the_invitation(qtbot, window, world, people, monkeypatch):
    pid = people["jose"].id
    open_participant(qtbot, window, pid)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warnings.append(text)))
    assert "Invite to their page" in window.plan_actions.invite.text().replace("&", "")
    window.plan_actions.invite.trigger()
    assert warnings == ["An invitation goes by email: enter the participant's email address first."]
    with world.carla.read() as s:
        assert s.query(OutgoingMessage).count() == 0

    participants.update_participant(world.carla, pid, email="jose@example.org")
    window.plan_actions.invite.trigger()
    [message] = messages.list_messages(world.carla, pid)
    assert (message.kind, message.status) == ("invite", "queued")
    assert "emailed at the next sync" in window.statusBar().currentMessage()
