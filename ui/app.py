"""Start the window: QApplication, the calm error handler, first run or unlock + sign-in, the window.

Start-up imports only what the window needs; services, openpyxl, fpdf2 and the sync client load
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

    from app.profile import default_data_dir, profile_exists
    from ui.dialogs import error_dialog

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName("Fieldplan")
    app.setOrganizationDomain("fieldplan.example.org")
    app.setApplicationName("Fieldplan")
    apply_style(app)
    error_dialog.install()
    data_dir = default_data_dir()
    if profile_exists(data_dir):
        from ui.dialogs.sign_in import open_and_sign_in

        ctx = open_and_sign_in(data_dir)
    else:
        from ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(data_dir)
        ctx = dialog.ctx if dialog.exec() else None
    if ctx is None:
        return 0
    from ui.main_window import MainWindow
    from ui.session import PlanSession

    window = MainWindow(PlanSession(ctx))
    window.start()
    code = app.exec()
    ctx.workspace.close()
    return code
