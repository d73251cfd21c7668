"""Export the Excel caseload summary: choose who and when, watch the progress, Cancel at any time.

The workbook is written by a child process (app.reports.export_job), so the window never stalls.

    ExportCaseloadDialog(ctx, parent=window).exec()
    # where no keyring works: ExportCaseloadDialog(ctx, passphrase=the_profile_passphrase)
"""
from __future__ import annotations

import queue as queue_module
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout

from app.errors import FieldError, ValidationError
from app.reports.caseload_data import CaseloadFilter
from app.reports.export_job import start_export, stop_export, unlock_for_child
from app.services import users
from ui.forms import DateField, Form, combo


class ExportCaseloadDialog(QDialog):
    exported = Signal(str, int)  # path, participants

    def __init__(self, ctx, parent=None, *, passphrase: str | None = None, unlock=None):
        super().__init__(parent)
        self.ctx, self._passphrase, self._unlock = ctx, passphrase, unlock
        self.process = self.queue = None
        self.out: Path | None = None
        self.setWindowTitle(self.tr("Export caseload summary"))
        self.form = Form(self)
        everyone = self.tr("All")
        self.organization = self.form.add("organization_id", self.tr("Organization:"),
                                          combo([(everyone, "")] + [(o.name, o.id) for o in users.list_organizations(ctx)]))
        self.region = self.form.add("region_id", self.tr("Region:"), combo([(everyone, "")] + [(r.name, r.id) for r in users.list_regions(ctx)]))
        staff = [u for u in users.list_users(ctx) if u.role == "caseworker"]
        self.planner = self.form.add("planner_username", self.tr("Career planner:"), combo([(everyone, "")] + [(u.full_name, u.username) for u in staff]))
        self.date_from = self.form.add("date_from", self.tr("From:"), DateField())
        self.date_to = self.form.add("date_to", self.tr("To:"), DateField())
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"), clicked=self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        self.form.add("out", self.tr("Save as*:"), self.path)
        self.form.layout_.addRow("", browse)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"), clicked=self.export)
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), clicked=self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.export)
        self.timer = QTimer(self, interval=100, timeout=self._poll)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save caseload summary"), "caseload.xlsx", "Excel workbook (*.xlsx)")
        if name:
            self.path.setText(name if name.endswith(".xlsx") else name + ".xlsx")

    def filters(self) -> CaseloadFilter:
        values = self.form.values()
        if not values["out"].strip():
            raise ValidationError([FieldError("out", self.tr("Choose where to save the workbook."))])
        if bool(values["date_from"]) != bool(values["date_to"]):
            raise ValidationError([FieldError("date_to", self.tr("Give both dates of the range, or neither."))])
        filters = CaseloadFilter(values["organization_id"] or None, values["region_id"] or None, values["planner_username"] or None,
                                 values["date_from"], values["date_to"])
        filters.check()
        return filters

    def export(self) -> None:
        if self.is_running():
            return
        self.form.clear_errors()
        try:
            filters = self.filters()
            unlock = self._unlock or unlock_for_child(self.ctx, self._passphrase)
        except ValidationError as error:
            self.form.show_errors(error)
            return
        except Exception as exc:  # noqa: BLE001 - CannotUnlock: the key is not reachable
            self.status.setText(str(exc))
            return
        self.out = Path(self.path.text().strip())
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Reading the caseload…"))
        self.export_button.setEnabled(False)
        self.process, self.queue = start_export(unlock, self.out, filters)
        self.timer.start()

    def is_running(self) -> bool:
        return self.process is not None and self.process.is_alive()

    def _poll(self) -> None:
        while True:
            try:
                message = self.queue.get_nowait()
            except queue_module.Empty:
                break
            kind = message[0]
            if kind == "progress":
                _, done, total = message
                self.progress.setRange(0, total)
                self.progress.setValue(done)
                self.status.setText(self.tr("Writing rows: {0} of {1}").format(done, total))
            elif kind == "done":
                self._stopped()
                self.progress.setRange(0, 1)
                self.progress.setValue(1)
                self.status.setText(self.tr("Exported {0} participants to {1}.").format(message[1], self.out))
                self.exported.emit(str(self.out), message[1])
                return
            elif kind == "error":
                self._stopped()
                self.progress.setRange(0, 1)
                self.progress.setValue(0)
                self.status.setText(self.tr("The export failed: {0}").format(message[1]))
                return
        if self.process is not None and not self.process.is_alive() and self.queue.empty():
            self._stopped()
            self.status.setText(self.tr("The export stopped unexpectedly."))

    def _stopped(self) -> None:
        self.timer.stop()
        if self.process is not None:
            self.process.join(5)
        self.process = None
        self.export_button.setEnabled(True)

    def cancel(self) -> None:
        """Cancel stops a running export (and removes its partial file); otherwise it closes the dialog."""
        if self.is_running():
            self.timer.stop()
            stop_export(self.process, self.out)
            self.process = None
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.status.setText(self.tr("Export cancelled."))
            self.export_button.setEnabled(True)
            return
        super().reject()

    def reject(self) -> None:
        """Escape or closing the dialog never leaves a child writing in the background."""
        if self.is_running():
            self.timer.stop()
            stop_export(self.process, self.out)
            self.process = None
        super().reject()

    def closeEvent(self, event):
        self.reject()
        super().closeEvent(event)
