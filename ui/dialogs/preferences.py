"""Preferences (ui/settings.py): the idle time before the window locks (this machine), and the profile's sync server."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout

from app.i18n import LANGUAGES
from ui.settings import IDLE_MINUTES, SYNC_INTERVAL_MINUTES, SYNC_SERVER_URL, SYNC_SERVER_USER, UI_LANGUAGE, Settings


def idle_minutes(settings: Settings) -> int:
    return max(1, settings.get(IDLE_MINUTES))


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent=None):
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
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(UI_LANGUAGE))))
        self.language.setAccessibleName(self.tr("Language of the window"))
        self.language.setToolTip(self.tr("Takes effect the next time Fieldplan starts"))
        form.addRow(self.tr("Language"), self.language)
        layout.addLayout(form)
        note = QLabel(self.tr("Without keyboard or mouse input for this long, Fieldplan hides the caseload and asks for your password."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        layout.addWidget(note)
        sync = QFormLayout()
        self.server_url = QLineEdit(settings.get(SYNC_SERVER_URL))
        self.server_url.setPlaceholderText("https://fieldplan.example.org")
        self.server_url.setAccessibleName(self.tr("Sync server address"))
        sync.addRow(self.tr("Sync server"), self.server_url)
        self.server_user = QLineEdit(settings.get(SYNC_SERVER_USER))
        self.server_user.setPlaceholderText(self.tr("(same as here)"))
        self.server_user.setAccessibleName(self.tr("Sync server user name"))
        sync.addRow(self.tr("Server user name"), self.server_user)
        self.interval = QSpinBox()
        self.interval.setRange(0, 240)
        self.interval.setSuffix(self.tr(" minutes"))
        self.interval.setSpecialValueText(self.tr("never (only Sync now)"))
        self.interval.setValue(settings.get(SYNC_INTERVAL_MINUTES))
        self.interval.setAccessibleName(self.tr("Automatic sync interval"))
        sync.addRow(self.tr("Sync automatically every"), self.interval)
        layout.addLayout(sync)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        self.settings.set(IDLE_MINUTES, self.idle.value())
        self.settings.set(UI_LANGUAGE, self.language.currentData())
        self.settings.set(SYNC_SERVER_URL, self.server_url.text().strip().rstrip("/"))
        self.settings.set(SYNC_SERVER_USER, self.server_user.text().strip())
        self.settings.set(SYNC_INTERVAL_MINUTES, self.interval.value())
        self.accept()
