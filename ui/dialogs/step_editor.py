"""Edit Customer Service (seed 001): one step/service of a plan, in sub-tabs Status, Service
Provider, Dollar Value, Attendance and Earned Credentials.

    dialog = StepEditorDialog(ctx, service_id, parent)
    dialog.saved.connect(refresh_plan)     # emitted after every successful write
    dialog.exec()

Each sub-tab saves on its own through one service call; a save in one tab refreshes the others
(a status change opens or closes Dollar Value and Attendance).

Closing (Close, Escape, the window's ×) with unsaved typing in a sub-tab asks Save / Discard / Cancel
for it first; `reject()` closes without asking (the lock screen must never wait on a question).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QTabWidget, QVBoxLayout

from app.labels import label as value_label
from ui.session import PlanSession
from ui.step_editor.attendance_tab import AttendanceTab
from ui.step_editor.common import NOTE_STYLE, ServiceView
from ui.step_editor.credentials_tab import CredentialsTab
from ui.step_editor.dollar_value_tab import DollarValueTab
from ui.step_editor.provider_tab import ProviderTab
from ui.step_editor.status_tab import StatusTab

Answer = QMessageBox.StandardButton


def ask_to_save(parent, what: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel, about the unsaved typing `what` names (Enter saves, Escape cancels)."""
    return QMessageBox.question(
        parent, QCoreApplication.translate("StepEditorDialog", "Unsaved changes"),
        what + "\n\n" + QCoreApplication.translate("StepEditorDialog", "Save them before closing?"),
        Answer.Save | Answer.Discard | Answer.Cancel, Answer.Save,
    )


class StepEditorDialog(QDialog):
    saved = Signal()

    def __init__(self, session, service_id: str, parent=None):
        super().__init__(parent)
        self.session = session = PlanSession.of(session)
        self.ctx = ctx = session.ctx
        self.service_id = service_id
        self.view = ServiceView(ctx, service_id)
        row = self.view.row
        title = f"{row.code} – {row.name}" if row.code else row.name
        self.setWindowTitle(title)
        self.setAccessibleName(self.tr("Edit step/service %s") % title)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h3 style='margin:0'>{title}</h3>")
        layout.addWidget(heading)
        kind = QLabel(value_label(row.service_type) + (f" · {row.support_kind}" if row.support_kind else ""))
        kind.setStyleSheet(NOTE_STYLE)
        layout.addWidget(kind)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Step/service sub-tabs"))
        self.status_tab = StatusTab(session, service_id, view=self.view)
        self.provider_tab = ProviderTab(session, service_id, view=self.view)
        self.dollar_tab = DollarValueTab(session, service_id, view=self.view)
        self.attendance_tab = AttendanceTab(session, service_id, view=self.view)
        self.credentials_tab = CredentialsTab(session, service_id, view=self.view)
        for tab, label in (
            (self.status_tab, self.tr("&Status")),
            (self.provider_tab, self.tr("Service &Provider")),
            (self.dollar_tab, self.tr("&Dollar Value")),
            (self.attendance_tab, self.tr("&Attendance")),
            (self.credentials_tab, self.tr("Earned &Credentials")),
        ):
            self.tabs.addTab(tab, label)
            tab.saved.connect(lambda source=tab: self._tab_saved(source))
        layout.addWidget(self.tabs, 1)
        buttons = self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        # Enter belongs to the fields (and moves down the attendance grid): it never closes the dialog.
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout.addWidget(buttons)
        for number in range(5):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _checked=False, i=number: self.tabs.setCurrentIndex(i))
            self.addAction(action)
        self.resize(1040, 640)

    def add_placement_button(self, text: str):
        """A work-experience/employment step offers its worksite placement (seed 001) from here."""
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        return button

    def sub_tabs(self) -> tuple:
        return self.status_tab, self.provider_tab, self.dollar_tab, self.attendance_tab, self.credentials_tab

    def _tab_saved(self, source) -> None:
        """A write in one sub-tab can change what the others allow (status → payments, attendance).

        A sub-tab with unsaved typing is left alone: reloading it would overwrite what was typed
        (it reloads after its own save)."""
        for tab in (self.status_tab, self.provider_tab, self.dollar_tab, self.attendance_tab):
            if tab is not source and not tab.unsaved_changes():
                tab.reload()
        self.saved.emit()

    def settle_unsaved(self) -> bool:
        """Ask about each sub-tab with unsaved typing, shown while asked; True when the editor may close.

        Save runs that sub-tab's own save; when a rule refuses it, its message stays on screen and the
        editor stays open, as with Cancel."""
        for tab in self.sub_tabs():
            what = tab.unsaved_changes()
            if not what:
                continue
            self.tabs.setCurrentWidget(tab)
            answer = ask_to_save(self, what)
            if answer == Answer.Discard:
                continue
            if answer != Answer.Save:
                return False
            saving = tab.save_unsaved()
            if saving is True:  # nothing to write
                continue
            if not saving.done:  # on the database worker: close again once it is saved
                saving.then(lambda _: self.close())
                return False
            if not saving.succeeded:
                return False
        return True

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Escape closes like the Close button and the window's ×: through closeEvent, which asks."""
        if event.matches(QKeySequence.StandardKey.Cancel):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.isVisible() and not self.settle_unsaved():
            event.ignore()
            return
        super().closeEvent(event)
