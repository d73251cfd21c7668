"""SyncController: runs `app.sync.client.sync` off the GUI thread, every N minutes and on demand.

The main window connects its status bar and menu to it:

    controller = SyncController(ctx, Settings.for_profile(None, ctx.workspace.data_dir))
    menu.addAction(controller.sync_action); menu.addAction(controller.cancel_action)
    controller.state_changed.connect(status_label.setText-ish)    # "idle" / "syncing" / "offline" / "sign-in" / "error"
    controller.progress.connect(progress_bar_update)              # (stage, done, total)
    controller.finished.connect(...); controller.failed.connect(...)
    controller.pending_changed.connect(...)                       # unsent changes on this laptop may have changed
    controller.password_needed.connect(ask_then_controller.sync_now(password))
    controller.start()                                            # automatic sync every N minutes

Settings: "sync/server_url", "sync/interval_minutes" (default 15; 0 = off), "sync/server_user",
"sync/last_sync" (ISO time of the last good sync).
"""
from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from ui.ops import emit  # the window closed during a sync: no "Signal source has been deleted" traceback
from ui.settings import LAST_SYNC, SYNC_INTERVAL_MINUTES, SYNC_SERVER_URL, SYNC_SERVER_USER, Settings


class _Signals(QObject):
    progress = Signal(str, int, int)
    done = Signal(object)
    error = Signal(str, str)  # kind, message (kind "wiped": the server had this device's data deleted)


class _SyncJob(QRunnable):
    """One sync on a pool thread; errors come back as (kind, message), never as an exception."""

    def __init__(self, ctx, server_url: str, username: str | None, password: str | None, cancel: threading.Event):
        super().__init__()
        self.ctx, self.server_url, self.username, self.password, self.cancel = ctx, server_url, username, password, cancel
        self.signals = _Signals()
        self._last_emit = 0.0

    def run(self) -> None:
        from app.sync.client import SignInNeeded, SyncCancelled, SyncError, sync
        from app.sync.transport import ServerUnreachable, WipeOrdered

        try:
            result = sync(self.ctx, self.server_url, username=self.username, password=self.password,
                          progress=self._progress, cancel=self.cancel)
        except SyncCancelled as exc:
            emit(self.signals.error, "cancelled", str(exc))
        except ServerUnreachable as exc:
            emit(self.signals.error, "offline", str(exc))
        except SignInNeeded as exc:
            emit(self.signals.error, "sign-in", str(exc))
        except WipeOrdered as exc:  # the profile's data is already deleted: the window must not touch it again
            emit(self.signals.error, "wiped", str(exc))
        except SyncError as exc:
            emit(self.signals.error, "error", str(exc))
        except Exception as exc:  # noqa: BLE001 - a bug must not kill the pool thread silently
            import logging

            logging.getLogger("fieldplan.sync").exception("sync failed")
            emit(self.signals.error, "error", f"Sync failed unexpectedly: {exc.__class__.__name__}.")
        else:
            emit(self.signals.done, result)

    def _progress(self, stage: str, done: int, total: int) -> None:
        import time

        now = time.monotonic()
        if now - self._last_emit > 0.1 or done >= total:  # a few signals a second, not one per row
            self._last_emit = now
            emit(self.signals.progress, stage, done, total)


class SyncController(QObject):
    state_changed = Signal(str)
    progress = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(str)
    pending_changed = Signal()  # the outbox may have changed: whoever shows its count recounts
    password_needed = Signal(str)
    wiped = Signal(str)  # an administrator had this device wiped: the profile is gone, the app exits

    def __init__(self, ctx, settings, parent=None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings = Settings.for_profile(settings, ctx.workspace.data_dir)
        self.pool = pool or QThreadPool.globalInstance()
        self.state = "idle"
        self._job: _SyncJob | None = None
        self._cancel = threading.Event()
        self._automatic = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._automatic_sync)
        self.sync_action = QAction(self.tr("&Sync now"), self)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.triggered.connect(lambda: self.sync_now())
        self.cancel_action = QAction(self.tr("Cancel sync"), self)
        self.cancel_action.setShortcut(QKeySequence("Ctrl+Shift+X"))
        self.cancel_action.setEnabled(False)
        self.cancel_action.triggered.connect(self.cancel)

    # -- settings ---------------------------------------------------------------------------
    @property
    def server_url(self) -> str:
        return self.settings.get(SYNC_SERVER_URL)

    @property
    def interval_minutes(self) -> int:
        return self.settings.get(SYNC_INTERVAL_MINUTES)

    def last_sync(self) -> dt.datetime | None:
        value = self.settings.get(LAST_SYNC)
        return dt.datetime.fromisoformat(value) if value else None

    def pending_count(self) -> int:
        from app.sync.status import pending_count

        return pending_count(self.ctx.workspace)

    # -- running ----------------------------------------------------------------------------
    def start(self) -> None:
        """Automatic background sync every N minutes (and once now) while a server is configured."""
        if self.interval_minutes > 0 and self.server_url:
            self.timer.start(self.interval_minutes * 60_000)
            QTimer.singleShot(0, self._automatic_sync)
        self.pending_changed.emit()

    def stop(self) -> None:
        self.timer.stop()
        self.cancel()

    def is_running(self) -> bool:
        return self._job is not None

    def sync_now(self, password: str | None = None) -> bool:
        """Start a sync unless one runs; False when there is nothing to do (no server, already running)."""
        if self._job is not None:
            return False
        if not self.server_url:
            self.failed.emit(self.tr("No sync server is set: choose one in the preferences."))
            return False
        self._cancel = threading.Event()
        username = self.settings.get(SYNC_SERVER_USER) or None
        job = _SyncJob(self.ctx, self.server_url, username, password, self._cancel)
        job.setAutoDelete(False)
        job.signals.progress.connect(self.progress)
        job.signals.done.connect(self._done)
        job.signals.error.connect(self._error)
        self._job = job
        self.sync_action.setEnabled(False)
        self.cancel_action.setEnabled(True)
        self._set_state("syncing")
        self.pool.start(job)
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def _automatic_sync(self) -> None:
        self._automatic = True
        if not self.sync_now():
            self._automatic = False

    def _finish(self) -> None:
        self._job = None
        self._automatic = False
        self.sync_action.setEnabled(True)
        self.cancel_action.setEnabled(False)
        self.pending_changed.emit()

    def _done(self, result) -> None:
        self.settings.set(LAST_SYNC, dt.datetime.now().isoformat(timespec="seconds"))
        self._finish()
        self._set_state("idle")
        self.finished.emit(result)

    def _error(self, kind: str, message: str) -> None:
        automatic = self._automatic
        self._finish()
        if kind == "wiped":
            self.stop()
            self.wiped.emit(message)
            from PySide6.QtCore import QCoreApplication

            QCoreApplication.exit(3)  # nothing of the deleted profile may be read or written again
            return
        self._set_state(kind if kind in ("offline", "sign-in") else ("idle" if kind == "cancelled" else "error"))
        if kind == "sign-in":
            self.password_needed.emit(message)
        elif not (automatic and kind == "offline"):  # being offline in the field is normal, not an error
            self.failed.emit(message)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
