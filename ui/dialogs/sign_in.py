"""Later runs: unlock the profile (a passphrase only where no keyring works), then sign in.

Both retry on a wrong answer with a message; neither ever shows a traceback. Both work on a
QuickProfile (app/startup.py), so they appear before SQLAlchemy has loaded; while the person types,
`preload()` imports the rest on a thread.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout

from app.errors import CannotUnlock, NotAllowed
from ui.forms import Form


class _CredentialDialog(QDialog):
    def __init__(self, title: str, intro: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        heading = QLabel(intro)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.form = Form(self)
        layout.addWidget(self.form)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError


class UnlockDialog(_CredentialDialog):
    """Passphrase mode: the key file is unwrapped with the passphrase; a wrong one says so and retries."""

    def __init__(self, data_dir: Path, parent=None):
        super().__init__(self.tr("Unlock Fieldplan"), self.tr(
            "This computer has no keyring, so the profile in {folder} is protected by a passphrase.").format(folder=data_dir), parent)
        self.data_dir = data_dir
        self.quick = None
        self.passphrase = self.form.add("passphrase", self.tr("Passphrase"), QLineEdit())
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        from app.startup import QuickProfile

        if not self.passphrase.text():
            self.message.setText(self.tr("Type the passphrase that protects this profile."))
            return
        try:
            self.quick = QuickProfile(self.data_dir, self.passphrase.text())
        except CannotUnlock as error:
            self.message.setText(str(error))
            self.passphrase.selectAll()
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()


class SignInDialog(_CredentialDialog):
    def __init__(self, quick, parent=None):
        super().__init__(self.tr("Sign in to Fieldplan"), self.tr("Sign in with your Fieldplan user name and password."), parent)
        self.quick = quick
        self.user = None
        self.username = self.form.add("username", self.tr("User name"), QLineEdit())
        self.password = self.form.add("password", self.tr("Password"), QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        try:
            self.user = self.quick.sign_in(self.username.text().strip(), self.password.text())
        except NotAllowed as error:
            self.message.setText(str(error))
            self.password.clear()
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()


def open_and_sign_in(data_dir: Path):
    """(QuickProfile, CurrentUser), or None when the person gave up."""
    from app.startup import QuickProfile, needs_passphrase
    from ui.startup import AfterFirstPaint, preload_all

    quick = None
    if needs_passphrase(data_dir):
        dialog = UnlockDialog(data_dir)
        AfterFirstPaint(dialog, preload_all)  # imports the rest while the person types
        if not dialog.exec():
            return None
        quick = dialog.quick
    while quick is None:
        try:
            quick = QuickProfile(data_dir)
        except CannotUnlock as error:
            answer = QMessageBox.warning(None, "Fieldplan", f"{error}", QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close)
            if answer != QMessageBox.StandardButton.Retry:
                return None
    dialog = SignInDialog(quick)
    if not needs_passphrase(data_dir):
        AfterFirstPaint(dialog, preload_all)
    if not dialog.exec():
        quick.close()
        return None
    return quick, dialog.user
