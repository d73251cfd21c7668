"""One way to run work from the UI (STYLE.md; after Anki's CollectionOp/QueryOp and its taskman).

- `apply(session, service, *args)` and `Op(session, fn)` run database work on ONE dedicated worker thread
  (Anki's single collection executor): a write from the window is queued behind a running bulk save instead
  of joining its transaction or waiting out SQLite's busy_timeout on the GUI thread.
- What a job wrote is computed, not declared: the job runs inside `collect_changes()`, every transaction it
  commits adds its ChangeRecorder's ChangeSet, and the session announces exactly that once, with the
  initiator, as `data_changed(kinds, participant_ids, initiator)` (Anki's OpChanges).
- A ValidationError goes to `on_invalid` (usually `form.show_errors`: the problems beside their fields);
  a refusal or an unexpected error to `report`.
- `query(...)` is the read-only twin on the shared pool: reads never wait behind a write (WAL).
- `ImmediatePool` runs jobs at once on the calling thread: service-level UI tests use it (Picard's
  FakeThreadPool); the runner's own tests use the real worker.
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import NotAllowed, NotFound, ValidationError

log = logging.getLogger("fieldplan.ui")


class Cancelled(Exception):
    """Raised inside a job's progress callback when the user pressed Cancel."""


class ImmediatePool:
    """A pool that runs each job at once, on the caller's thread (tests of screens, not of the runner)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool's API
        return True


_database_pool: QThreadPool | ImmediatePool | None = None


def database_pool():
    """The one worker every database job from the UI runs on."""
    global _database_pool
    if _database_pool is None:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        pool.setObjectName("fieldplan-database")
        pool.setExpiryTimeout(-1)  # the same thread for the whole session
        _database_pool = pool
    return _database_pool


def use_database_pool(pool):
    """Swap the database pool (tests); returns the previous one to put back."""
    global _database_pool
    previous, _database_pool = _database_pool, pool
    return previous


class OpSignals(QObject):
    progress = Signal(int, int)
    result = Signal(object, object)
    error = Signal(object, object)
    finished = Signal()


def emit(signal, *args) -> None:
    """Emit from a pool thread; if the window that would receive it was closed meanwhile (the app
    quitting while a job runs), there is no one left to tell."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Signal source has been deleted"
        log.debug("a job finished after its receiver was deleted")


class _NoChanges:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


class _Job(QRunnable):
    def __init__(self, fn: Callable, signals: OpSignals, with_progress: bool, collect: Callable):
        super().__init__()
        self.fn, self.signals, self.with_progress, self.collect = fn, signals, with_progress, collect
        self.cancelled = False
        self.setAutoDelete(False)

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        emit(self.signals.progress, done, total)

    def run(self) -> None:  # runs on the database worker (or at once under ImmediatePool)
        with self.collect() as changes:
            try:
                value = self.fn(progress=self._progress) if self.with_progress else self.fn()
            except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
                emit(self.signals.error, exc, changes)
            else:
                emit(self.signals.result, value, changes)
        emit(self.signals.finished)


class Op(QObject):
    """Work off the GUI thread. `start()` queues it; `then(fn)` runs `fn(result)` on success (at once if it
    already succeeded); `cancel()` stops at the next progress report."""

    def __init__(self, session, fn: Callable, *, on_result=None, on_invalid=None, on_error=None,
                 with_progress: bool = False, initiator=None, pool=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.signals = OpSignals()
        self.initiator = initiator
        self.pool = pool
        if pool is None:  # database work: the app is loaded by now, so this import is a lookup, on the GUI thread
            from app.profile import collect_changes
        else:  # a read: nothing to collect, and start-up's read runs before the app is imported
            collect_changes = _NoChanges
        self._job = _Job(fn, self.signals, with_progress, collect_changes)
        self._on_result = [on_result] if on_result else []
        self.on_invalid, self.on_error = on_invalid, on_error
        self.signals.result.connect(self._succeeded)
        self.signals.error.connect(self._failed)
        self.done = self.succeeded = False
        self.value = None
        #: what the job committed (a ChangeSet computed by the recorder), once done
        self.changes = None

    def start(self) -> "Op":
        _running.add(self)
        self.signals.finished.connect(lambda: _running.discard(self))
        (self.pool or database_pool()).start(self._job)
        return self

    def then(self, fn: Callable) -> "Op":
        if self.succeeded:
            fn(self.value)
        else:
            self._on_result.append(fn)
        return self

    def cancel(self) -> None:
        self._job.cancelled = True

    def _announce(self, changes) -> None:
        self.changes = changes
        if changes and self.session is not None:
            self.session.announce_changes(changes, self.initiator)

    def _succeeded(self, value, changes) -> None:
        self.done = self.succeeded = True
        self.value = value
        self._announce(changes)
        for fn in self._on_result:
            fn(value)

    def _failed(self, exc, changes) -> None:
        self.done = True
        self._announce(changes)  # what committed before a cancel or a failure is real data
        if isinstance(exc, Cancelled):
            if self.on_error:
                self.on_error(exc)
            return
        if isinstance(exc, ValidationError) and self.on_invalid:
            self.on_invalid(exc)
        elif self.on_error:
            self.on_error(exc)
        else:
            report(exc)


class _Refused:
    """What a save returns when the form itself refused the input: nothing ran, nothing will."""

    done, succeeded, value = True, False, None

    def then(self, fn: Callable) -> "_Refused":
        return self


#: the input was refused before any job started (its problems are already beside the fields)
REFUSED = _Refused()

_running: set[Op] = set()  # keeps Python wrappers alive until their job finishes


def query(session, fn: Callable, on_result: Callable, on_error: Callable | None = None, parent=None) -> Op:
    """Run a read off the GUI thread on the shared pool; `on_result(value)` on the GUI thread."""
    return Op(session, fn, on_result=on_result, on_error=on_error, pool=QThreadPool.globalInstance(), parent=parent).start()


def run(session, fn: Callable, *, on_result=None, on_invalid=None, on_error=None, with_progress=False, initiator=None,
        parent=None) -> Op:
    """Start `fn()` (or `fn(progress=…)`) on the database worker; see `Op`."""
    return Op(session, fn, on_result=on_result, on_invalid=on_invalid, on_error=on_error, with_progress=with_progress,
              initiator=initiator, parent=parent).start()


def apply(session, service: Callable, *args, on_invalid: Callable | None = None, on_result: Callable | None = None,
          on_error: Callable | None = None, initiator=None, **kwargs) -> Op:
    """Call `service(session.ctx, *args, **kwargs)` on the database worker. A refusal goes to `on_invalid`
    (e.g. `form.show_errors`), else to `report`; `on_result(value)` or `.then(…)` on success."""
    ctx = session.ctx
    return run(session, lambda: service(ctx, *args, **kwargs), on_result=on_result, on_invalid=on_invalid, on_error=on_error,
               initiator=initiator)


def report(exc: BaseException) -> None:
    """Known refusals as a message; anything else through the calm error dialog."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    parent = QApplication.activeWindow()
    if isinstance(exc, (ValidationError, NotAllowed, NotFound)):
        QMessageBox.warning(parent, "Fieldplan", str(exc))
        return
    from ui.dialogs.error_dialog import show_unexpected

    show_unexpected(type(exc), exc, exc.__traceback__)
