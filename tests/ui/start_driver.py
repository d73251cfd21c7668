"""A caseworker in a hurry, for tests/ui/test_import_race.py: starts the real launcher on a passphrase
profile and answers the unlock and sign-in dialogs after a random 0–0.8 s (while `preload()` is still
importing on its thread), then closes the window once the workspace is attached.

    python -m tests.ui.start_driver DATA_DIR PASSPHRASE PASSWORD SEED [--no-gate]

A probe wrapped around PySide6's import hook (inside the import gate) counts the threads inside it at
once; the last line printed is the most it saw.
"""
from __future__ import annotations

import builtins
import faulthandler
import random
import sys
import threading


class ImportProbe:
    """Wraps `builtins.__import__`: the most threads that were inside it at the same time."""

    def __init__(self):
        self.inner = builtins.__import__
        self.depth: dict[int, int] = {}
        self.lock = threading.Lock()
        self.most = 0

    def __call__(self, *args, **kwargs):
        me = threading.get_ident()
        with self.lock:
            self.depth[me] = self.depth.get(me, 0) + 1
            self.most = max(self.most, sum(1 for d in self.depth.values() if d))
        try:
            return self.inner(*args, **kwargs)
        finally:
            with self.lock:
                self.depth[me] -= 1


def main(data_dir: str, passphrase: str, password: str, seed: int, gate: bool = True) -> int:
    # a start that hangs prints every thread's stack before the test's 120 s run out (a deadlock is a finding)
    faulthandler.dump_traceback_later(100, exit=True)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from app import import_gate
    from ui.launcher import main as launch

    probe = builtins.__import__ = ImportProbe()  # PySide6's hook is in place: the probe goes inside the gate
    if not gate:
        import_gate.install = lambda: None

    app = QApplication([sys.argv[0]])
    delays = random.Random(seed)
    # the widgets themselves, not id(): a closed dialog's id was reused by the main window, which then
    # looked answered and was never closed (the start 'hung' with the window ready on screen)
    answered: list = []

    def answer(dialog, field: str, text: str) -> None:
        getattr(dialog, field).setText(text)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def look() -> None:
        from ui.dialogs.sign_in import SignInDialog, UnlockDialog
        from ui.main_window import MainWindow

        for widget in app.topLevelWidgets():
            if not widget.isVisible() or any(widget is done for done in answered):
                continue
            if isinstance(widget, UnlockDialog):
                answered.append(widget)
                QTimer.singleShot(int(delays.uniform(0, 800)), lambda w=widget: answer(w, "passphrase", passphrase))
            elif isinstance(widget, SignInDialog):
                answered.append(widget)
                widget.username.setText("admin")
                QTimer.singleShot(int(delays.uniform(0, 800)), lambda w=widget: answer(w, "password", password))
            elif isinstance(widget, MainWindow) and widget.session.is_ready:
                answered.append(widget)
                widget.close()

    timer = QTimer(app)
    timer.timeout.connect(look)
    timer.start(10)

    def stuck() -> None:  # what is on screen when a start has not finished (the test fails on the hang anyway)
        for widget in app.topLevelWidgets():
            if widget.isVisible():
                text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
                print(f"stuck: visible {type(widget).__name__} {widget.windowTitle()!r} {text!r}"
                      f" ready={getattr(getattr(widget, 'session', None), 'is_ready', None)}", file=sys.stderr, flush=True)

    QTimer.singleShot(90_000, stuck)
    code = launch(["--data-dir", data_dir])
    print(probe.most)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), gate="--no-gate" not in sys.argv))
