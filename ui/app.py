"""Start the window. (The full career plan window lands with the window issue.)"""
from __future__ import annotations

import sys


def run(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    window = QMainWindow()
    window.setWindowTitle("Fieldplan")
    window.setCentralWidget(QLabel("Fieldplan — use `fieldplan --help` for the command line."))
    window.resize(900, 600)
    window.show()
    return app.exec()
