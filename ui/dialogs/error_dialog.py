"""The calm error dialog (after Anki's): what happened in words, a copyable report, the log written.

Installed as sys.excepthook by ui.app, so no caseworker ever sees a raw traceback.
"""
from __future__ import annotations

import logging
import platform
import sys
import traceback

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

log = logging.getLogger("fieldplan")
_showing = False


class ErrorDialog(QDialog):
    def __init__(self, report: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        message = QLabel(self.tr(
            "Fieldplan ran into a problem it did not expect. Your saved work is safe: every change is saved in one "
            "step or not at all.\n\nIf it happens again, copy the details below and send them to your administrator."))
        message.setWordWrap(True)
        layout.addWidget(message)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def error_report(exc_type, exc, tb) -> str:
    """The report holds the code path only (file, line, function): exception messages and source
    lines may carry names or notes, so it keeps the exception's type and no text."""
    frames = "".join(f'  File "{f.filename}", line {f.lineno}, in {f.name}\n' for f in traceback.extract_tb(tb)) if tb else ""
    return (f"Fieldplan error report\nPython {platform.python_version()} on {platform.platform()}\n\n"
            f"{exc_type.__name__}\n{frames}")


def show_unexpected(exc_type, exc, tb) -> None:
    global _showing
    report = error_report(exc_type, exc, tb)
    log.error("unexpected error: %s", report)
    if QApplication.instance() is None or _showing:
        print(report, file=sys.stderr)
        return
    _showing = True
    try:
        ErrorDialog(report, QApplication.activeWindow()).exec()
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = show_unexpected
