"""Sync in the window: the Sync menu, a progress bar with Cancel in the status bar, the last sync time,
pending changes and the offline state; the Conflicts view. The work runs in ui.sync_controller."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
)

from ui import ops
from ui.session import EVERYTHING

#: (marked for the catalog; self.tr(stage) translates them on screen)
STAGES = {"push": QT_TRANSLATE_NOOP("SyncStatus", "Sending changes"), "files": QT_TRANSLATE_NOOP("SyncStatus", "Sending files"),
          "pull": QT_TRANSLATE_NOOP("SyncStatus", "Receiving changes"), "check": QT_TRANSLATE_NOOP("SyncStatus", "Checking")}


class SyncStatus(QObject):
    label_updated = Signal()

    def __init__(self, window, session):
        from ui.sync_controller import SyncController

        super().__init__(window)
        self.window, self.session = window, session
        self.dialog = None
        self.controller = controller = SyncController(session.ctx, window.settings, self)
        tr = self.tr
        controller.sync_action.setShortcut(QKeySequence("F6"))
        controller.sync_action.setStatusTip(tr("Exchange changes with the central server now"))
        controller.cancel_action.setShortcut(QKeySequence("Shift+F6"))
        controller.cancel_action.setStatusTip(tr("Stop the sync; what was exchanged so far is kept"))
        self.conflicts_action = QAction(tr("&Conflicts…"), window)
        self.conflicts_action.setShortcut(QKeySequence("F7"))
        self.conflicts_action.setStatusTip(tr("Values that lost a concurrent edit: keep one or the other"))
        self.conflicts_action.triggered.connect(lambda _checked=False: self.open_conflicts())
        bar = window.statusBar()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName(tr("Sync progress"))
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setDefaultAction(controller.cancel_action)
        self.cancel_button.hide()
        self.label = window.sync_label
        bar.insertPermanentWidget(0, self.progress)
        bar.insertPermanentWidget(1, self.cancel_button)
        controller.state_changed.connect(self._state)
        controller.progress.connect(self._progress)
        controller.pending_changed.connect(self._show_label)
        session.data_changed.connect(lambda *_: self._show_label())  # every edit adds changes to send
        controller.finished.connect(self._finished)
        controller.failed.connect(self._failed)
        controller.password_needed.connect(self._ask_password)
        self._show_label()

    def fill_menu(self, menu) -> None:
        for act in (self.controller.sync_action, self.controller.cancel_action, None, self.conflicts_action):
            menu.addSeparator() if act is None else menu.addAction(act)

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()

    # -- status bar -------------------------------------------------------------------------------
    def _show_label(self) -> None:
        """The counts come off the GUI thread: counting a big outbox over SQLCipher takes tens of ms."""
        from app.sync.status import open_conflicts, pending_count, rejected_count

        workspace = self.session.ctx.workspace
        self._label_ticket = ticket = getattr(self, "_label_ticket", 0) + 1
        ops.query(self.session, lambda: (pending_count(workspace), open_conflicts(workspace), rejected_count(workspace)),
                  lambda counts: self._render_label(*counts) if ticket == self._label_ticket else None, parent=self)

    def _render_label(self, pending: int, conflicts: int, rejected: int = 0) -> None:
        last = self.controller.last_sync()
        parts = [self.tr("Last sync: {time}").format(time=last.strftime("%m/%d/%Y %I:%M %p")) if last else self.tr("Last sync: never")]
        if pending:
            parts.append(self.tr("%Ln changes to send", "", pending))
        if self.controller.state == "offline":
            parts.append(self.tr("offline"))
        if conflicts:
            parts.append(self.tr("%Ln conflicts (F7)", "", conflicts))
        if rejected:
            parts.append(self.tr("%Ln rejected by the server (F7)", "", rejected))
        self.label.setText(" · ".join(parts))
        self.label_updated.emit()

    def _state(self, state: str) -> None:
        syncing = state == "syncing"
        self.progress.setVisible(syncing)
        self.cancel_button.setVisible(syncing)
        if syncing:
            self.progress.setRange(0, 0)
            self.progress.setFormat(self.tr("Syncing…"))
        self._show_label()

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setFormat(f"{self.tr(STAGES.get(stage, stage))} %p%")

    def _finished(self, _result) -> None:
        self._show_label()
        self.session.announce(EVERYTHING)
        self.window.caseload.load()

    def _failed(self, message: str) -> None:
        self._show_label()
        self.window.statusBar().showMessage(message, 8000)
        if not self.controller.server_url:
            QMessageBox.information(self.window, self.tr("Sync"), message)

    def _ask_password(self, message: str) -> None:
        from ui.settings import SYNC_SERVER_USER

        known = self.window.settings.get(SYNC_SERVER_USER) or ""
        here = getattr(self.session.user, "username", "") or ""  # an empty setting means the same name as here
        dialog = SyncSignInDialog(self.controller.server_url, known or here, message, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if dialog.username() != (known or here):
                self.window.settings.set(SYNC_SERVER_USER, dialog.username())
            self.controller.sync_now(dialog.password())

    def open_conflicts(self):
        from ui.dialogs.conflicts import ConflictsDialog

        dialog = ConflictsDialog(self.session, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: (self._show_label(), self.session.announce(EVERYTHING)))
        self.dialog = dialog
        dialog.show()
        return dialog


class SyncSignInDialog(QDialog):
    """The sync sign-in prompt says what it asks for: which server, which user name (editable: a
    device without one cannot sign in with a password alone) and the password on that server."""

    def __init__(self, server_url: str, username: str, message: str = "", parent=None):
        super().__init__(parent)
        from ui.forms import MessageLabel, error_label

        self.setWindowTitle(self.tr("Sign in to the sync server"))
        layout = QVBoxLayout(self)
        self.intro = MessageLabel(message or self.tr("Sign in to the sync server once with your user name and password."))
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.server = QLabel(server_url)
        self.server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Sync server:"), self.server)
        self.user = QLineEdit(username)
        self.user.setAccessibleName(self.tr("User name on the sync server"))
        form.addRow(self.tr("User name on the server:"), self.user)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Password on the sync server"))
        form.addRow(self.tr("Password on the server:"), self.secret)
        layout.addLayout(form)
        self.error = error_label(self.tr("Sign-in error"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in and sync"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.secret if username else self.user).setFocus()

    def username(self) -> str:
        return self.user.text().strip()

    def password(self) -> str:
        return self.secret.text()

    def _accept(self) -> None:
        missing = [what for what, value in ((self.tr("User name on the server"), self.username()),
                                            (self.tr("Password on the server"), self.password())) if not value]
        if missing:
            self.error.setText(" ".join(self.tr("{label} is required.").format(label=what) for what in missing))
            self.error.show()
            (self.user if not self.username() else self.secret).setFocus()
            return
        self.accept()
