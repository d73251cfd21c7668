"""File ▸ Change my password… (issue 12): the current password, then the new one twice."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app.passwords import MIN_LENGTH
from app.services import users
from ui import ops
from ui.dialogs.form_dialog import FormDialog
from ui.tabs.base import hint


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class ChangePasswordDialog(FormDialog):
    def __init__(self, session, parent=None):
        super().__init__(session, self.tr("Change my password"), parent, ok_text=self.tr("Change password"))
        self.form.add("old_password", self.tr("Current password*"), password_field())
        self.form.add("password", self.tr("New password*"), password_field())
        self.form.add("repeated", self.tr("New password again*"), password_field())
        self.layout_.addWidget(hint(self.tr("At least %n characters. The next unlock and sign-in ask for the new one.", "", MIN_LENGTH)))
        self.finish_layout()

    def save(self, values: dict):
        return ops.apply(self.session, users.change_password, values["old_password"], values["password"], values["repeated"],
                         on_invalid=self.form.show_errors)
