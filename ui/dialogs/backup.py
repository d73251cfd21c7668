"""File ▸ Back up… and File ▸ Restore a backup… (app/backup.py).

The backup is written off the GUI thread (the copy of a big profile takes seconds); a short passphrase,
a wrong one or an occupied folder is shown beside its field, and nothing is written.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton

from app.errors import CannotUnlock, FieldError, ValidationError
from ui.dialogs.form_dialog import FormDialog


def _path_field(dialog, field: str, label: str, text: str, choose) -> QLineEdit:
    """A path's line edit (a form field, so its errors show beside it) with a Choose… button under it."""
    edit = dialog.form.add(field, label, QLineEdit(text))
    button = QPushButton(dialog.tr("Choose…"))
    button.setAccessibleName(f"{label.rstrip('*')}: choose")
    button.clicked.connect(lambda: choose(edit))
    dialog.form.layout_.addRow("", button)
    return edit


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class BackupDialog(FormDialog):
    def __init__(self, session, parent=None, folder: Path | None = None):
        super().__init__(session, self.tr("Back up this profile"), parent, ok_text=self.tr("Back up"))
        self.op = None
        name = f"fieldplan-{dt.date.today():%Y-%m-%d}.fieldplan-backup"
        self.path = _path_field(self, "out", self.tr("Backup file*"), str((folder or Path.home()) / name), self._choose)
        self.passphrase = self.form.add("backup_passphrase", self.tr("Backup passphrase*"), _password_edit())
        self.passphrase2 = self.form.add("backup_passphrase2", self.tr("Passphrase again*"), _password_edit())
        note = QLabel(self.tr("The backup holds every record and document, encrypted. Keep it on a USB stick or "
                              "network drive, and the passphrase somewhere else: without it the backup cannot be opened."))
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.finish_layout()

    def _choose(self, edit: QLineEdit) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Backup file"), edit.text(),
                                                self.tr("Fieldplan backups (*.fieldplan-backup)"))
        if chosen:
            edit.setText(chosen)

    def save(self, values: dict):
        from app.backup import back_up
        from ui import ops

        if values["backup_passphrase"] != values["backup_passphrase2"]:
            self.form.show_errors(ValidationError([FieldError("backup_passphrase2", "The two passphrases are different.")]))
            return None
        ws = self.session.ctx.workspace
        out, passphrase = Path(values["out"].strip()).expanduser(), values["backup_passphrase"]
        self.buttons.setEnabled(False)

        def done(info) -> None:
            self.result_value = info
            self.accept()

        def failed(exc) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, OSError):
                self.form.show_errors(ValidationError([FieldError("out", f"Cannot write the backup there: {exc.strerror}.")]))
            else:
                ops.report(exc)

        def invalid(error) -> None:
            self.buttons.setEnabled(True)
            self.form.show_errors(error)

        self.op = ops.Op(self.session, lambda: back_up(ws.data_dir, ws.key, out, passphrase), on_result=done,
                         on_invalid=invalid, on_error=failed, parent=self).start()
        return None


class RestoreDialog(FormDialog):
    """Restore into a NEW folder; the window keeps the profile it has open. Start Fieldplan with
    `--data-dir FOLDER` (the message says so) to open the restored one."""

    def __init__(self, session, parent=None):
        super().__init__(session, self.tr("Restore a backup"), parent, ok_text=self.tr("Restore"))
        self.backup = _path_field(self, "backup", self.tr("Backup file*"), "", self._choose_file)
        self.folder = _path_field(self, "folder", self.tr("New profile folder*"), "", self._choose_folder)
        self.passphrase = self.form.add("backup_passphrase", self.tr("Backup passphrase*"), _password_edit())
        from app.keys import keyring_usable

        self.profile_passphrase = None
        if not keyring_usable():
            self.profile_passphrase = self.form.add("profile_passphrase", self.tr("New profile passphrase*"), _password_edit())
        self.finish_layout()

    def _choose_file(self, edit: QLineEdit) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Backup file"), edit.text(),
                                                self.tr("Fieldplan backups (*.fieldplan-backup)"))
        if chosen:
            edit.setText(chosen)

    def _choose_folder(self, edit: QLineEdit) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("New profile folder"), edit.text())
        if chosen:
            edit.setText(chosen)

    def save(self, values: dict):
        from app.backup import restore

        problems = []
        if not values["backup"].strip():
            problems.append(FieldError("backup", "Choose the backup file."))
        if not values["folder"].strip():
            problems.append(FieldError("folder", "Choose a new, empty folder for the restored profile."))
        if problems:
            self.form.show_errors(ValidationError(problems))
            return None
        from ui import ops

        folder = Path(values["folder"].strip()).expanduser()
        backup, passphrase = Path(values["backup"].strip()).expanduser(), values["backup_passphrase"]
        profile_passphrase = values.get("profile_passphrase") or None

        def failed(error) -> None:
            if not isinstance(error, CannotUnlock):
                return ops.report(error)
            field = "backup_passphrase" if "passphrase is wrong" in str(error) else \
                "folder" if str(folder) in str(error) else "profile_passphrase" if "passphrase" in str(error) else "backup"
            self.form.show_errors(ValidationError([FieldError(field, str(error))]))

        def restored() -> Path:
            restore(backup, passphrase, folder, profile_passphrase=profile_passphrase)
            return folder

        # decrypting and writing a whole profile takes seconds: on the worker, like the backup
        return ops.Op(self.session, restored, on_invalid=self.form.show_errors, on_error=failed, parent=self).start()
