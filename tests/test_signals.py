"""Regression: PySide6 6.12.0 on Python 3.11 aborts after a few thousand Signal.emit() calls."""
from __future__ import annotations

import subprocess
import sys
import textwrap


def test_200000_signal_emits_do_not_abort_the_process():
    code = textwrap.dedent(
        """
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        class Source(QObject):
            fired = Signal(int)
        app = QCoreApplication([])
        source = Source()
        seen = []
        source.fired.connect(seen.append)
        for i in range(200_000):
            source.fired.emit(i)
        source.fired.disconnect()
        assert len(seen) == 200_000
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
