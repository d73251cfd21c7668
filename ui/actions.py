"""Every command is a QAction with a shortcut and a status tip (STYLE.md: the keyboard path exists)."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def standard(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's own binding of a standard command (Find, Refresh, Quit, Print, Help…), or
    `fallback` where the platform has none (Windows binds no Quit, only macOS binds Preferences)."""
    return list(QKeySequence.keyBindings(key)) or [QKeySequence(fallback)]


def make_action(parent, text: str, shortcut, tip: str, slot) -> QAction:
    action = QAction(text, parent)
    if isinstance(shortcut, list):
        action.setShortcuts(shortcut)
    else:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
    action.triggered.connect(lambda _checked=False: slot())
    return action


def show_dialog(owner, dialog, on_accepted=None):
    """Open `dialog` window-modal and non-blocking, deleted when closed; `owner.dialog` names it while
    it is open (the plan's and the record's actions both keep one dialog at a time)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    owner.dialog = dialog
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(code):
        if owner.dialog is dialog:
            owner.dialog = None
        if code == QDialog.DialogCode.Accepted and on_accepted:
            on_accepted(dialog)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
