"""Preferences kept in QSettings: for now, the idle time before the window locks."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout

from ui.widgets.lock_view import DEFAULT_IDLE_MINUTES

IDLE_KEY = "lock/idle_minutes"


def idle_minutes(settings) -> int:
    try:
        return max(1, int(settings.value(IDLE_KEY, DEFAULT_IDLE_MINUTES)))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


class PreferencesDialog(QDialog):
    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setValue(idle_minutes(settings))
        self.idle.setAccessibleName(self.tr("Lock after idle time"))
        form.addRow(self.tr("Lock the window after"), self.idle)
        layout.addLayout(form)
        note = QLabel(self.tr("Without keyboard or mouse input for this long, Fieldplan hides the caseload and asks for your password."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        self.settings.setValue(IDLE_KEY, self.idle.value())
        self.accept()
