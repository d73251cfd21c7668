"""One way to change data from the UI (STYLE.md, after Anki's CollectionOp/QueryOp).

`apply(...)` runs a quick single-row write on the GUI thread; `Op` runs a service call off the GUI
thread (QThreadPool + QRunnable with a signals QObject). Both show a ValidationError through the
caller's callback (usually `form.show_errors`) and, on success, announce `data_changed` once.
`query(...)` is the read-only twin: list-heavy reads (opening the caseload) never block the window.
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import NotAllowed, NotFound, ValidationError

log = logging.getLogger("fieldplan.ui")


class Cancelled(Exception):
    """Raised inside a job's progress callback when the user pressed Cancel."""


class OpSignals(QObject):
    progress = Signal(int, int)
    result = Signal(object)
    error = Signal(object)
    finished = Signal()


def emit(signal, *args) -> None:
    """Emit from a pool thread; if the window that would receive it was closed meanwhile (the app
    quitting while a job runs), there is no one left to tell."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Signal source has been deleted"
        log.debug("a job finished after its receiver was deleted")


class _Job(QRunnable):
    def __init__(self, fn: Callable, signals: OpSignals, with_progress: bool):
        super().__init__()
        self.fn, self.signals, self.with_progress = fn, signals, with_progress
        self.cancelled = False
        self.setAutoDelete(True)

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        emit(self.signals.progress, done, total)

    def run(self) -> None:  # runs on a pool thread
        try:
            value = self.fn(progress=self._progress) if self.with_progress else self.fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            emit(self.signals.error, exc)
        else:
            emit(self.signals.result, value)
        finally:
            emit(self.signals.finished)


class Op(QObject):
    """A service call off the GUI thread. Connect to `signals`, then `start()`; `cancel()` stops at the
    next progress report (a job that reports no progress cannot be cancelled midway)."""

    def __init__(self, session, fn: Callable, *, kinds=(), participant_ids=(), on_result=None, on_invalid=None,
                 on_error=None, with_progress: bool = False, parent=None):
        super().__init__(parent)
        self.session = session
        self.signals = OpSignals()
        self.kinds, self.participant_ids = kinds, participant_ids
        self._job = _Job(fn, self.signals, with_progress)
        self._job.setAutoDelete(False)
        self.on_result, self.on_invalid, self.on_error = on_result, on_invalid, on_error
        self.signals.result.connect(self._succeeded)
        self.signals.error.connect(self._failed)
        self.done = False

    def start(self) -> "Op":
        _running.add(self)
        self.signals.finished.connect(lambda: _running.discard(self))
        QThreadPool.globalInstance().start(self._job)
        return self

    def cancel(self) -> None:
        self._job.cancelled = True

    def _succeeded(self, value) -> None:
        self.done = True
        if self.kinds:
            self.session.announce(self.kinds, self.participant_ids)
        if self.on_result:
            self.on_result(value)

    def _failed(self, exc) -> None:
        self.done = True
        if isinstance(exc, Cancelled):
            if self.kinds:  # batches committed before the cancel are real data
                self.session.announce(self.kinds, self.participant_ids)
            if self.on_error:
                self.on_error(exc)
            return
        if isinstance(exc, ValidationError) and self.on_invalid:
            self.on_invalid(exc)
        elif self.on_error:
            self.on_error(exc)
        else:
            report(exc)


_running: set[Op] = set()  # keeps Python wrappers alive until their job finishes


def query(session, fn: Callable, on_result: Callable, on_error: Callable | None = None, parent=None) -> Op:
    """Run a read off the GUI thread; `on_result(value)` on the GUI thread. Nothing is announced."""
    return Op(session, fn, on_result=on_result, on_error=on_error, parent=parent).start()


def apply(session, fn: Callable, *args, kinds=(), participant_ids=(), on_invalid: Callable | None = None, **kwargs):
    """A quick single-row write on the GUI thread. Returns the service's result, or None when the
    input was refused (the problems went to `on_invalid`, e.g. `form.show_errors`)."""
    try:
        value = fn(session.ctx, *args, **kwargs)
    except ValidationError as error:
        if on_invalid is None:
            report(error)
        else:
            on_invalid(error)
        return None
    except (NotAllowed, NotFound) as error:
        report(error)
        return None
    session.announce(kinds, participant_ids)
    return value


def report(exc: BaseException) -> None:
    """Known refusals as a message; anything else through the calm error dialog."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    parent = QApplication.activeWindow()
    if isinstance(exc, (ValidationError, NotAllowed, NotFound)):
        QMessageBox.warning(parent, "Fieldplan", str(exc))
        return
    from ui.dialogs.error_dialog import show_unexpected

    show_unexpected(type(exc), exc, exc.__traceback__)
