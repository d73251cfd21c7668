"""Preferences kept in QSettings: the idle time before the window locks, and the sync server."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout

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
        sync = QFormLayout()
        self.server_url = QLineEdit(str(settings.value("sync/server_url", "") or ""))
        self.server_url.setPlaceholderText("https://fieldplan.example.org")
        self.server_url.setAccessibleName(self.tr("Sync server address"))
        sync.addRow(self.tr("Sync server"), self.server_url)
        self.server_user = QLineEdit(str(settings.value("sync/server_user", "") or ""))
        self.server_user.setPlaceholderText(self.tr("(same as here)"))
        self.server_user.setAccessibleName(self.tr("Sync server user name"))
        sync.addRow(self.tr("Server user name"), self.server_user)
        self.interval = QSpinBox()
        self.interval.setRange(0, 240)
        self.interval.setSuffix(self.tr(" minutes"))
        self.interval.setSpecialValueText(self.tr("never (only Sync now)"))
        self.interval.setValue(int(settings.value("sync/interval_minutes", 15) or 0))
        self.interval.setAccessibleName(self.tr("Automatic sync interval"))
        sync.addRow(self.tr("Sync automatically every"), self.interval)
        layout.addLayout(sync)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        self.settings.setValue(IDLE_KEY, self.idle.value())
        self.settings.setValue("sync/server_url", self.server_url.text().strip().rstrip("/"))
        self.settings.setValue("sync/server_user", self.server_user.text().strip())
        self.settings.setValue("sync/interval_minutes", self.interval.value())
        self.accept()
