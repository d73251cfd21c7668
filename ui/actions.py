"""Every command is a QAction with a shortcut and a status tip (STYLE.md: the keyboard path exists)."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def make_action(parent, text: str, shortcut, tip: str, slot) -> QAction:
    action = QAction(text, parent)
    action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})")
    action.triggered.connect(lambda _checked=False: slot())
    return action
