"""Run an app service call off the GUI thread and get its result (or error) back on the GUI thread.

A small QRunnable + signals QObject (DESIGN.md, The GUI); the lead may fold this into `ui/ops.py`.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    result = Signal(object)
    error = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self):
        try:
            value = self.fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which shows it calmly
            self.signals.error.emit(exc)
        else:
            self.signals.result.emit(value)


_running: set = set()


def run_job(fn: Callable[[], object], on_result: Callable[[object], None], on_error: Callable[[Exception], None]) -> None:
    job = _Job(fn)
    job.setAutoDelete(False)
    _running.add(job)

    def done(value, handler):
        _running.discard(job)
        handler(value)

    job.signals.result.connect(lambda value: done(value, on_result))
    job.signals.error.connect(lambda exc: done(exc, on_error))
    QThreadPool.globalInstance().start(job)
