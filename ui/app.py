"""Start the window: QApplication, the calm error handler, first run or unlock + sign-in, the window.

Start-up imports only what the window needs: the dialogs and the window show before SQLAlchemy
has loaded (app/startup.py, ui/startup.py); services, openpyxl, fpdf2 and the sync client load
when first used.
"""
from __future__ import annotations

import sys


def apply_style(app) -> None:
    """Fusion with a calm palette. Not an application style sheet: one made building the window
    ~0.35 s slower (every widget is then polished through QStyleSheetStyle; bench/window.py)."""
    from PySide6.QtGui import QColor, QPalette

    app.setStyle("Fusion")
    palette = app.palette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for name, color in ((role.Window, "#f4f5f7"), (role.Base, "#ffffff"), (role.AlternateBase, "#f1f5fa"),
                        (role.Button, "#f8f9fb"), (role.Highlight, "#cfe1fb"), (role.HighlightedText, "#1b1b1b"),
                        (role.Link, "#1a5fb4"), (role.ToolTipBase, "#ffffff"), (role.ToolTipText, "#1b1b1b")):
        palette.setColor(name, QColor(color))
    palette.setColor(group.Inactive, role.Highlight, QColor("#dde8f7"))
    app.setPalette(palette)


def run(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from app.startup import default_data_dir, profile_exists
    from ui.dialogs import error_dialog

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName("Fieldplan")
    app.setOrganizationDomain("fieldplan.example.org")
    app.setApplicationName("Fieldplan")
    apply_style(app)
    error_dialog.install()
    from app import opened_documents

    opened_documents.sweep_stale()  # uploads a crashed run left decrypted in the temporary folder
    data_dir = default_data_dir()
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
    opened_documents.remove_opened()
    if window.session.ctx is not None:
        window.session.ctx.workspace.close()
    return code
