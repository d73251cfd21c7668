"""A dialog around a ui.forms.Form: OK runs `save(values)`; a refusal keeps the dialog open with the
problems beside their fields, and nothing is written (services validate before they write)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout

from app.errors import ValidationError
from ui.forms import Form


def ask_to_discard(parent) -> bool:
    """Escape or Cancel over typed text: True to throw the typing away (tests monkeypatch this)."""
    answer = QMessageBox.question(parent, parent.tr("Discard what you typed?"),
                                  parent.tr("You typed in this form and did not save. Discard what you typed?"),
                                  QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


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
        self.buttons.rejected.connect(self.cancel)
        self.result_value = None
        self.loaded_values: dict | None = None  # what the form showed when it opened: typing is a change from it

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.buttons)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.loaded_values is None:
            self.mark_loaded()

    def mark_loaded(self) -> None:
        """The form now shows what was loaded (call after filling it later than opening)."""
        self.loaded_values = self.form.shown_values()

    def typed(self) -> bool:
        return self.loaded_values is not None and self.form.shown_values() != self.loaded_values

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)

    def cancel(self) -> None:
        """Escape and Cancel: close at once over an untouched form, ask first over typing."""
        if self.typed() and not ask_to_discard(self):
            return
        self.reject()

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
