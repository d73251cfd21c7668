"""How long one keystroke in the attendance week grid takes (live hours + rule check + marks).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.attendance_grid

The grid re-runs the attendance rule over the whole week on every keystroke so it never disagrees
with Save; this prints what that costs, so we know it stays far below a frame (16 ms).
"""
from __future__ import annotations

import datetime as dt
import statistics
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.widgets.week_cells import WeekCells


def main(rounds: int = 30) -> None:
    app = QApplication.instance() or QApplication([])
    sunday = dt.date(2026, 11, 15)
    cells = WeekCells(sunday, dt.date(2026, 11, 1), dt.date(2026, 12, 31))
    cells.show()
    app.processEvents()
    per_key, per_week = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        keys = 0
        for weekday in range(7):
            for field, text in (("check_in", "9"), ("lunch_start", "12"), ("lunch_end", "1230p"), ("check_out", "5p")):
                cell = cells.cell(field, weekday)
                cell.clear()
                for char in text:
                    t = time.perf_counter()
                    QTest.keyClick(cell, char)
                    per_key.append(time.perf_counter() - t)
                    keys += 1
                QTest.keyClick(cell, Qt.Key.Key_Tab)
        per_week.append(time.perf_counter() - started)
    assert cells.total.text() == "52.50 h", cells.total.text()
    ms = sorted(x * 1000 for x in per_key)
    print(f"keystrokes measured: {len(ms)} ({keys} per week × {rounds} weeks)")
    print(f"per keystroke: median {statistics.median(ms):.2f} ms, p95 {ms[int(len(ms) * 0.95)]:.2f} ms, max {ms[-1]:.2f} ms")
    print(f"whole week typed (28 cells + Tab): median {statistics.median(per_week) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
