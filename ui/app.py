"""Start the window: QApplication, the calm error handler, first run or unlock + sign-in, the window.

Start-up imports only what the window needs; services, openpyxl, fpdf2 and the sync client load
when first used.
"""
from __future__ import annotations

import sys


def apply_style(app) -> None:
    from resources import path

    app.setStyle("Fusion")
    app.setStyleSheet(path("fieldplan.qss").read_text(encoding="utf-8"))


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
