"""Idle lock (DESIGN.md: lock after a configurable idle time, unlock with the password again).

`IdleWatch` is an event filter on the QApplication: any key, click, wheel or mouse move restarts
its timer; when it runs out, `idle` fires and the window covers itself with a `LockView`.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride}
DEFAULT_IDLE_MINUTES = 10


class IdleWatch(QObject):
    idle = Signal()

    def __init__(self, app, interval_ms: int, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.idle)
        self.app = app
        app.installEventFilter(self)

    def set_interval_ms(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False

    def detach(self) -> None:
        self.app.removeEventFilter(self)


class LockView(QWidget):
    """What covers the window while it is locked: nothing of the caseload shows through."""

    unlock_requested = Signal(str)

    def __init__(self, user_label: str, parent=None):
        super().__init__(parent)
        self.setObjectName("lockView")
        self.setAccessibleName(self.tr("Fieldplan is locked"))
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("lockCard")
        card.setFixedWidth(380)
        card.setStyleSheet("#lockCard { background: palette(base); border: 1px solid #c9ced6; border-radius: 8px; }")
        box = QVBoxLayout(card)
        box.setContentsMargins(24, 22, 24, 22)
        box.setSpacing(10)
        title = QLabel(self.tr("Fieldplan is locked"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        who = QLabel(self.tr("Signed in as {user}. Enter your password to continue.").format(user=user_label))
        who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setAccessibleName(self.tr("Unlock error"))
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        for widget in (title, who, self.password, self.error):
            box.addWidget(widget)
        box.addLayout(row)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)
        self.button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)

    def reset(self) -> None:
        self.password.clear()
        self.error.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def refuse(self) -> None:
        self.password.clear()
        self.error.setText(self.tr("That password is not right. Try again."))
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        self.unlock_requested.emit(self.password.text())
