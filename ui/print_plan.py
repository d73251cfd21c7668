"""Overview → "Print Customer Copy": the plan PDF written off the GUI thread, then opened.

fpdf2's import (0.3–0.7 s) and the render happen in a worker thread, so the window never waits.

    CustomerCopyPrinter(ctx, parent=window).ask_and_save(participant_id)
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui import ops


class CustomerCopyPrinter(QObject):
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, ctx, parent=None, *, open_when_done: bool = True):
        super().__init__(parent)
        self.ctx, self.open_when_done = ctx, open_when_done

    def ask_and_save(self, participant_id: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self.parent(), self.tr("Save the customer copy"), "customer-copy.pdf", self.tr("PDF document (*.pdf)"))
        if path:
            self.save(participant_id, path if path.lower().endswith(".pdf") else path + ".pdf")

    def save(self, participant_id: str, path: str) -> None:
        ctx = self.ctx

        def write() -> str:
            from app.reports.plan_pdf import plan_pdf
            from app.services.messages import customer_copy_printed

            data = plan_pdf(ctx, participant_id)
            Path(path).write_bytes(data)
            customer_copy_printed(ctx, participant_id, data)
            return path

        ops.query(None, write, self._saved, self._failed, parent=self)  # a read and a render: nothing to announce

    def _saved(self, path: str) -> None:
        self.saved.emit(path)
        if self.open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _failed(self, exc: Exception) -> None:
        message = self.tr("The customer copy could not be saved: {0}").format(exc)
        self.failed.emit(message)
        if self.parent() is not None:
            QMessageBox.warning(self.parent(), self.tr("Print Customer Copy"), message)
