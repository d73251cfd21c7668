"""File ▸ Back up… and File ▸ Restore a backup… in the window; the reminder in the status bar; Help ▸ About."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app import __version__, backup
from app.profile import open_profile
from app.services import participants


def _save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_status_bar_reminds_a_profile_never_backed_up(window):
    reminder = window.backup_actions.reminder
    assert reminder.isVisible() and reminder.text().startswith("This profile has never been backed up")


def test_back_up_then_restore_from_the_window(qtbot, window, world, tmp_path, monkeypatch):
    dialog = window.backup_actions.open_backup()
    dialog.path.setText(str(tmp_path / "friday"))
    dialog.passphrase.setText("short")
    dialog.passphrase2.setText("short")
    _save(dialog)
    qtbot.waitUntil(lambda: dialog.form.errors["backup_passphrase"].isVisible(), timeout=10_000)
    assert dialog.form.errors["backup_passphrase"].text() == "The backup passphrase must have at least 8 characters."
    assert not list(tmp_path.glob("friday*"))
    dialog.passphrase.setText("friday backup")
    dialog.passphrase2.setText("friday backup")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        _save(dialog)
    written = tmp_path / "friday.fieldplan-backup"
    assert written.exists()
    assert window.statusBar().currentMessage() == f"Backed up to {written}."
    assert backup.backup_reminder(window.session.data_dir) is None
    assert not window.backup_actions.reminder.isVisible()

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: shown.append((title, text)))
    dialog = window.backup_actions.open_restore()
    dialog.backup.setText(str(written))
    dialog.folder.setText(str(tmp_path / "restored"))
    dialog.passphrase.setText("not it at all")
    _save(dialog)
    assert dialog.form.errors["backup_passphrase"].text() == "Cannot open the backup: the backup passphrase is wrong."
    dialog.passphrase.setText("friday backup")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        _save(dialog)
    assert shown and shown[0][0] == "Backup restored" and str(tmp_path / "restored") in shown[0][1]
    restored = open_profile(tmp_path / "restored")
    try:
        ctx = restored.as_user(world.carla.user.username)
        assert sorted(r.name for r in participants.list_caseload(ctx)) == sorted(r.name for r in window.caseload.model.rows)
    finally:
        restored.close()


def test_about_shows_the_version_the_profile_folder_and_the_licences(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append(text))
    window.about_action.trigger()
    assert f"Fieldplan {__version__}" in shown[0] and str(window.session.data_dir) in shown[0]
    assert "LGPL" in shown[0] and "DejaVu" in shown[0]
    assert window.about_qt_action.text() == "About &Qt"
