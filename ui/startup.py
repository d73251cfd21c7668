"""Open the window from a QuickProfile (app/startup.py): window first, workspace second.

1. The window is built around a session that knows only the signed-in user, with the caseload the
   quick connection read; it shows at once.
2. After the first paint, the full workspace (SQLAlchemy, the models, the services) loads off the
   GUI thread; `session.attach(ctx)` then brings in the plan tabs, reminders and sync.

A participant clicked in between opens as soon as the workspace is ready (a status-bar message says so).
"""
from __future__ import annotations

import importlib
import logging
import threading

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from ui.session import PlanSession

log = logging.getLogger("fieldplan.ui")


#: what signing in, building and showing the window import (the password check's argon2, ui/main_window.py
#: and what its __init__ imports)
WINDOW_MODULES = ("app.passwords", "ui.session", "ui.ops", "ui.main_window", "ui.record_actions", "ui.backup_actions", "ui.caseload_tools", "ui.dialogs.preferences",
                  "ui.widgets.elided_label")
_window_preload: threading.Thread | None = None


def preload_window() -> threading.Thread | None:
    """Import the window's modules on a thread (class definitions only) from the moment the first dialog
    shows: while the person types, and while the passphrase's scrypt and the password's argon2id run
    (both in C without the GIL), not after them (~0.05 s of CPU before the first paint at 10,000).
    Only where the import gate is in (ui/app.run installs it): one thread imports at a time."""
    from app import import_gate

    from app import startup

    global _window_preload
    if _window_preload is None and import_gate.installed():
        def work() -> None:
            for name in WINDOW_MODULES:
                importlib.import_module(name)

        _window_preload = threading.Thread(target=work, name="fieldplan-window-preload", daemon=True)
        startup.track_preload(_window_preload)
        _window_preload.start()
    return _window_preload


def preload_all() -> threading.Thread | None:
    """While the person types into the first dialog: the window's modules, then the workspace's, on ONE
    thread (app/startup.preload), so no two threads ever import side by side."""
    from app import import_gate, startup

    global _window_preload
    if _window_preload is None:  # without the gate (never in ui/app.run) only the workspace's, as before
        _window_preload = startup.preload(first=WINDOW_MODULES if import_gate.installed() else ())
    return _window_preload


def open_window(quick, user, settings=None):
    """The shown MainWindow for `user` signed in on `quick`; its workspace follows in the background."""
    from ui.main_window import MainWindow
    from ui.session import PlanSession

    session = PlanSession(user=user, data_dir=quick.data_dir)
    first = quick.first_screen(user)  # None before a migration: the workspace then lists the caseload
    rows, total = first if first is not None else (None, None)
    window = MainWindow(session, settings, caseload_rows=rows, caseload_total=total)
    window.start()
    # the import holds the GIL for ~0.6 s: started before the first paint it made that paint 0.2 s
    # slower (bench/window.py), so it starts once the caseload has been painted; so does the rest of
    # the caseload (listing 10,000 rows took ~0.2 s)
    AfterFirstPaint(window, lambda: load_after_first_paint(quick, session, window))
    return window


def load_after_first_paint(quick, session: PlanSession, window) -> None:
    """The whole caseload (when only its first screen is listed) and the workspace, both off the GUI
    thread; the quick connection closes when neither needs it any more."""
    from ui import ops
    users = {"workspace"}

    def release(name: str) -> None:
        users.discard(name)
        if not users:
            quick.close()

    caseload = window.caseload
    if caseload.partial:
        users.add("caseload")
        generation = caseload.generation

        def listed(rows) -> None:
            release("caseload")
            caseload.finish_loading(rows, generation)

        def not_listed(exc) -> None:
            release("caseload")
            log.warning("listing the caseload failed: %s", type(exc).__name__)
            session.when_ready(lambda: caseload.load() if caseload.generation == generation else None)

        window.caseload_op = ops.query(None, lambda: quick.caseload(session.user), listed, on_error=not_listed, parent=window)
    load_workspace(quick, session, window, release)


class AfterFirstPaint(QObject):
    """Calls `fn` from the event loop right after `widget` (with its children: one backing-store
    flush) was first painted."""

    def __init__(self, widget, fn):
        super().__init__(widget)
        self.fn = fn
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.fn)
        return False


def load_workspace(quick, session: PlanSession, window, release=None) -> None:
    """`release("workspace")` once the quick connection is no longer needed for it (default: close it)."""
    from ui import ops

    release = release or (lambda _name: quick.close())

    def work():
        import importlib

        workspace = quick.open_workspace()  # first: it waits for the preload threads before anything is imported here
        from app.profile import UserContext

        for name in window.ATTACH_MODULES:  # class definitions only: the widgets are made on the GUI thread
            importlib.import_module(name)
        return UserContext(workspace, session.user)

    def ready(ctx) -> None:
        release("workspace")
        session.attach(ctx)
        warm_customer_copy(window)

    def failed(exc) -> None:
        release("workspace")
        log.exception("opening the workspace failed", exc_info=exc)
        ops.report(exc)
        window.close()

    window.workspace_op = ops.query(session, work, ready, on_error=failed, parent=window)


def warm_customer_copy(window) -> None:
    """Once the plan is attached, start the PDF worker (app/reports/pdf_worker.py): a child process that
    imports fpdf2 and renders a copy nobody sees, so the copy a person prints takes a warm render's time
    and fpdf2 never holds this process's GIL. Only where the import gate is in (ui/app.run installs it):
    starting a process imports multiprocessing's modules on a pool thread."""
    from app import import_gate

    if not import_gate.installed():
        return
    from ui import ops

    def warm() -> bool:
        from app.reports import pdf_worker

        return pdf_worker.start().wait_ready()

    window.pdf_warm_op = ops.query(None, warm, lambda _: None,
                                   on_error=lambda exc: log.warning("starting the PDF worker failed: %s", type(exc).__name__),
                                   parent=window)
