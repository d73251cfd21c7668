"""A dialog around a ui.forms.Form: OK runs `save(values)`; a refusal keeps the dialog open with the
problems beside their fields, and nothing is written (services validate before they write)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from app.errors import ValidationError
from ui.forms import Form


class FormDialog(QDialog):
    def __init__(self, session, title: str, parent=None, ok_text: str = ""):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 14, 16, 12)
        self.layout_.setSpacing(10)
        self.form = Form(self)
        self.form.layout_.setVerticalSpacing(8)
        self.layout_.addWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        if ok_text:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.result_value = None

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.buttons)

    def submit(self) -> None:
        self.form.clear_errors()
        try:
            values = self.form.values()
        except ValidationError as error:
            self.form.show_errors(error)
            return
        op = self.save(values)
        if op is not None:
            op.then(self._saved)

    def _saved(self, result) -> None:
        self.result_value = result
        self.accept()

    def save(self, values: dict):
        """Return `ui.ops.apply(…, on_invalid=self.form.show_errors)`: the dialog closes once it succeeded (override)."""
        raise NotImplementedError
