"""First run: create the profile (administrator, password twice; a passphrase twice only where no
keyring works) and optionally load a demo caseload, generated off the GUI thread with Cancel.

Cancel stops after the batch being written (app.demo commits 25 participants at a time), so what
was generated before stays whole.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QSpinBox, QVBoxLayout)

from app.errors import CannotUnlock, FieldError, ValidationError
from ui.forms import Form


class FirstRunDialog(QDialog):
    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        from app.keys import keyring_usable

        self.data_dir = data_dir
        self.ctx = None
        self.op = None
        self.needs_passphrase = not keyring_usable()
        self.setWindowTitle(self.tr("Welcome to Fieldplan"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        intro = QLabel(self.tr("<b>Create your Fieldplan profile</b><br>It is stored encrypted in {folder}. "
                               "You become its administrator.").format(folder=data_dir))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = Form(self)
        self.form.add("username", self.tr("Administrator user name*"), QLineEdit("admin"))
        self.form.add("full_name", self.tr("Full name"), QLineEdit())
        for field, label in (("password", self.tr("Password*")), ("password2", self.tr("Password again*"))):
            self.form.add(field, label, QLineEdit()).setEchoMode(QLineEdit.EchoMode.Password)
        if self.needs_passphrase:
            for field, label in (("passphrase", self.tr("Passphrase*")), ("passphrase2", self.tr("Passphrase again*"))):
                self.form.add(field, label, QLineEdit()).setEchoMode(QLineEdit.EchoMode.Password)
        self.demo = self.form.add("demo", self.tr("Demo"), QCheckBox(self.tr("Load a demo caseload to try Fieldplan")))
        self.demo_count = self.form.add("demo_count", self.tr("Participants"), QSpinBox())
        self.demo_count.setRange(1, 5000)
        self.demo_count.setValue(50)
        self.demo_count.setEnabled(False)
        self.demo.toggled.connect(self.demo_count.setEnabled)
        layout.addWidget(self.form)
        if self.needs_passphrase:
            note = QLabel(self.tr("This computer has no keyring: the passphrase protects the database key. "
                                  "You will type it each time Fieldplan starts."))
            note.setWordWrap(True)
            note.setStyleSheet("color: #5f6368;")
            layout.addWidget(note)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Demo caseload progress"))
        self.progress.hide()
        self.progress_label = QLabel()
        self.progress_label.hide()
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = QPushButton(self.tr("Create profile"))
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.clicked.connect(self.create)
        self.buttons.rejected.connect(self._cancel)
        layout.addWidget(self.buttons)
        # Enter presses Create profile: set once the button is in the dialog (earlier, QDialog made Cancel
        # the default and Enter quit, losing everything typed; DESIGN.md, Known pitfalls)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.create_button.setDefault(True)

    def _check(self, values: dict) -> None:
        problems = []
        if not values["username"].strip():
            problems.append(FieldError("username", "Administrator user name is required."))
        if values["password"] != values["password2"]:
            problems.append(FieldError("password2", "The two passwords are different."))
        if self.needs_passphrase:
            if len(values["passphrase"]) < 8:
                problems.append(FieldError("passphrase", "Passphrase must have at least 8 characters."))
            elif values["passphrase"] != values["passphrase2"]:
                problems.append(FieldError("passphrase2", "The two passphrases are different."))
        from app.services.users import check_new_password

        try:
            check_new_password(values["password"])
        except ValidationError as error:
            problems.extend(error.problems)
        if problems:
            raise ValidationError(problems)

    def create(self) -> None:
        from app.profile import create_profile

        self.form.clear_errors()
        values = self.form.values()
        try:
            self._check(values)
        except ValidationError as error:
            self.form.show_errors(error)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = create_profile(self.data_dir, values["username"].strip(), values["password"],
                                       passphrase=values.get("passphrase") or None, admin_full_name=values["full_name"].strip())
        except (CannotUnlock, ValidationError) as error:
            self.form.banner.setText(str(error))
            self.form.banner.show()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.ctx = workspace.sign_in(values["username"].strip(), values["password"])
        self.form.setEnabled(False)
        self.create_button.setEnabled(False)
        if values["demo"]:
            self.load_demo(values["demo_count"], values["password"])
        else:
            self.accept()

    def load_demo(self, count: int, password: str) -> None:
        from app import demo
        from ui import ops
        from ui.session import PlanSession

        ctx = self.ctx
        self.progress.setRange(0, count)
        self.progress.setValue(0)
        self.progress.show()
        self.progress_label.setText(self.tr("Creating the demo caseload… (Cancel keeps what is done)"))
        self.progress_label.show()
        self.op = ops.Op(PlanSession(ctx, self), lambda progress: demo.generate(ctx, count, password=password, progress=progress),
                         with_progress=True, on_result=lambda _r: self.accept(), on_error=self._demo_stopped, parent=self)
        self.op.signals.progress.connect(lambda done, total: self.progress.setValue(done))
        self.op.start()

    def _demo_stopped(self, exc) -> None:
        from ui.ops import Cancelled

        if not isinstance(exc, Cancelled):
            from ui.ops import report

            report(exc)
        self.accept()  # the profile exists and is usable, with whatever was generated

    def _cancel(self) -> None:
        if self.op is not None and not self.op.done:
            self.op.cancel()
            self.progress_label.setText(self.tr("Stopping after the current batch…"))
            return
        if self.ctx is not None:
            self.accept()
            return
        self.reject()
