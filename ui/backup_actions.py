"""The window's backup actions (File ▸ Back up…, File ▸ Restore a backup…) and the reminder in the status
bar when the last backup is older than a week (app/backup.py)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.actions import make_action, show_dialog



class BackupActions:
    def __init__(self, window):
        self.window = window
        self.dialog = None
        tr = window.tr
        self.back_up = make_action(window, tr("&Back up…"), "Ctrl+Alt+B",
                                   tr("Write an encrypted backup of every record and document"), self.open_backup)
        self.restore = make_action(window, tr("&Restore a backup…"), "Ctrl+Alt+R", tr("Restore a backup into a new profile folder"),
                                   self.open_restore)
        for action in (self.back_up, self.restore):
            action.setEnabled(window.session.is_ready)
        #: stays in the status bar (other messages come and go) until a backup is made
        from ui.widgets.elided_label import ElidedLabel

        self.reminder = ElidedLabel(mode=Qt.TextElideMode.ElideRight, min_chars=30)
        self.reminder.setStyleSheet("color: #8a4b00;")
        self.reminder.setAccessibleName(tr("Backup reminder"))
        self.reminder.hide()
        window.statusBar().addPermanentWidget(self.reminder)
        window.session.when_ready(self._ready)

    def _ready(self) -> None:
        from app.backup import backup_reminder

        for action in (self.back_up, self.restore):
            action.setEnabled(True)
        self.show_reminder(backup_reminder(self.window.session.data_dir))

    def show_reminder(self, sentence: str | None) -> None:
        self.reminder.setText(self.window.tr(sentence) if sentence else "")
        self.reminder.setVisible(bool(sentence))

    def open_backup(self):
        from ui.dialogs.backup import BackupDialog

        def backed_up(dialog) -> None:
            self.show_reminder(None)
            self.window.statusBar().showMessage(
                self.window.tr("Backed up to {path}.").format(path=dialog.result_value.path), 10_000)

        return show_dialog(self, BackupDialog(self.window.session, self.window), backed_up)

    def open_restore(self):
        from ui.dialogs.backup import RestoreDialog

        def restored(dialog) -> None:
            QMessageBox.information(self.window, self.window.tr("Backup restored"), self.window.tr(
                "The backup is restored into {folder}. To work in it, start Fieldplan with: fieldplan --data-dir \"{folder}\"")
                .format(folder=dialog.result_value))

        return show_dialog(self, RestoreDialog(self.window.session, self.window), restored)
