"""Start the window: QApplication, the calm error handler, first run or unlock + sign-in, the window.

Start-up imports only what the window needs: the dialogs and the window show before SQLAlchemy
has loaded (app/startup.py, ui/startup.py); services, openpyxl, fpdf2 and the sync client load
when first used.
"""
from __future__ import annotations

import sys


def apply_style(app) -> None:
    """Fusion with a calm palette, and the window icon. Not an application style sheet: one made building the window
    ~0.35 s slower (every widget is then polished through QStyleSheetStyle; bench/window.py)."""
    from PySide6.QtGui import QColor, QPalette

    palette = app.palette()  # the system's, before Fusion replaces it with its own light one
    app.setStyle("Fusion")
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    if is_dark(palette):
        # a dark desktop keeps its dark palette: forcing the light window and base colours under the
        # system's light text made white-on-white forms (issue 16); only the accents are tuned
        colors = ((role.Highlight, "#2f5f9e"), (role.HighlightedText, "#ffffff"), (role.Link, "#8ab4f8"), (role.LinkVisited, "#c58af9"))
        inactive_highlight = "#294a75"
    else:
        colors = ((role.Window, "#f4f5f7"), (role.Base, "#ffffff"), (role.AlternateBase, "#f1f5fa"), (role.Button, "#f8f9fb"),
                  (role.Highlight, "#cfe1fb"), (role.HighlightedText, "#1b1b1b"), (role.Link, "#1a5fb4"), (role.ToolTipBase, "#ffffff"),
                  (role.ToolTipText, "#1b1b1b"))
        inactive_highlight = "#dde8f7"
    for name, color in colors:
        palette.setColor(name, QColor(color))
    palette.setColor(group.Inactive, role.Highlight, QColor(inactive_highlight))
    app.setPalette(palette)
    from ui.app_icon import app_icon

    app.setWindowIcon(app_icon(app.devicePixelRatio()))  # drawn for the screen: crisp at 150 % and 200 % (issue 16)


def is_dark(palette) -> bool:
    """A dark palette: its window is darker than its text (a dark desktop theme)."""
    from PySide6.QtGui import QPalette

    return palette.color(QPalette.ColorRole.Window).lightness() < palette.color(QPalette.ColorRole.WindowText).lightness()


def window_options(argv: list[str]):
    """`fieldplan [--data-dir DIR]`; Qt's own options (-style, -platform …) pass through to Qt."""
    import argparse

    parser = argparse.ArgumentParser(prog="fieldplan", add_help=False)
    parser.add_argument("--data-dir")
    # for CI and bench: print the seconds from start to the first painted window, then exit
    parser.add_argument("--first-paint-probe", action="store_true")
    return parser.parse_known_args(argv)


class FirstPaintProbe:
    """`--first-paint-probe`: the first window painted (a dialog or the main window) ends the process."""

    def __init__(self, app, started: float):
        from PySide6.QtCore import QEvent, QObject

        probe = self

        class Filter(QObject):
            def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
                if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.isWindow():
                    probe.painted(watched)
                return False

        self.started = started
        self.filter = Filter(app)
        app.installEventFilter(self.filter)

    def painted(self, window) -> None:
        import os
        import time

        print(f"first-paint {time.perf_counter() - self.started:.3f} s {type(window).__name__} "
              f"{window.windowTitle()!r}", flush=True)
        os._exit(0)  # the preload may still be importing: nothing is written before the first paint


def use_bundled_fonts(app) -> None:
    """Where the system has no fonts (a bare Linux, fontconfig without fonts-dejavu) every label was a
    box: the DejaVu fonts shipped for the PDF then become the UI font."""
    from PySide6.QtGui import QFont, QFontDatabase

    if QFontDatabase.families():
        return
    from resources import path

    families = [f for name in ("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf")
                for f in QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path(name))))]
    if families:
        app.setFont(QFont(families[0], 10))


def run(argv: list[str], started: float | None = None) -> int:
    import time
    from pathlib import Path

    started = time.perf_counter() if started is None else started
    from PySide6.QtWidgets import QApplication

    from app import import_gate

    import_gate.install()  # before any thread starts: one thread imports at a time (app/import_gate.py)
    from app.startup import default_data_dir, profile_exists
    from ui.dialogs import error_dialog

    options, qt_args = window_options(argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName("Fieldplan")
    app.setOrganizationDomain("fieldplan.example.org")
    app.setApplicationName("Fieldplan")
    from app import __version__

    app.setApplicationVersion(__version__)
    if options.first_paint_probe:
        probe = FirstPaintProbe(app, started)  # noqa: F841 - lives as long as the window
    from ui import i18n
    from ui.settings import UI_LANGUAGE, Settings

    i18n.install(i18n.resolve(Settings().get(UI_LANGUAGE)), app)  # before any window: the dialogs are built in it
    use_bundled_fonts(app)
    apply_style(app)
    error_dialog.install()
    from app import opened_documents

    opened_documents.sweep_stale()  # uploads a crashed run left decrypted in the temporary folder
    data_dir = Path(options.data_dir).expanduser() if options.data_dir else default_data_dir()
    if profile_exists(data_dir):
        from ui.dialogs.sign_in import open_and_sign_in
        from ui.startup import open_window

        signed_in = open_and_sign_in(data_dir)
        if signed_in is None:
            return 0
        window = open_window(*signed_in)
    else:
        from ui.dialogs.first_run import FirstRunDialog
        from ui.main_window import MainWindow
        from ui.session import PlanSession

        dialog = FirstRunDialog(data_dir)
        if not dialog.exec():
            return 0
        window = MainWindow(PlanSession(dialog.ctx))
        window.start()
    code = app.exec()
    shut_down(window)
    return code


#: how long quitting waits for a write the database worker is running (a save is never cut off)
WRITE_WAIT_MS = 30_000


def shut_down(window) -> None:
    """What quitting must finish, after the window closed: the write in progress on the database worker
    (ui/ops.py), the settings on disk, the opened documents removed, the workspace closed. Reads still
    running on other pools (reminders, a sync's download) are not waited for: `end_quickly` drops them."""
    from app import opened_documents
    from ui import ops

    pool = ops._database_pool
    if pool is not None:
        pool.waitForDone(WRITE_WAIT_MS)
    settings = getattr(window, "settings", None)
    if settings is not None:
        settings.store.sync()
    opened_documents.remove_opened()
    pdf_worker = sys.modules.get("app.reports.pdf_worker")  # not imported just to quit
    if pdf_worker is not None:
        pdf_worker.stop()
    if window.session.ctx is not None:
        window.session.ctx.workspace.close()


def end_quickly(code: int) -> None:
    """Make the interpreter's exit, once `code` is returned, end the process at once (issue 17: quitting
    took 3.7 s at 10,000 participants). After `shut_down` nothing is left to save; what remained was
    Qt's global thread pool waiting for a read nobody will see (the reminders) and Python's final
    garbage collection walking every row the window held. Registered last, the handler runs first of
    the atexit handlers: it flushes the logs and the standard streams, then leaves."""
    import atexit

    def leave() -> None:
        import logging
        import os

        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # closed or gone: nothing more to say
                pass
        os._exit(code)

    atexit.register(leave)
