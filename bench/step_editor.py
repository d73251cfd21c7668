"""How long the step/service editor takes to open, and a week of attendance to save, on a real
encrypted profile (both run on the GUI thread, so both must stay well under 100 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.step_editor
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication


def median_ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.1f} ms, max {max(samples) * 1000:.1f} ms"


def main(rounds: int = 15) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from docs.screenshots.render_step_editor import build_world
    from ui.dialogs.step_editor import StepEditorDialog
    from ui.widgets.attendance_grid import AttendanceWeekGrid

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        ws, ctx, people, _bus, sunday = build_world(Path(tmp) / "profile")
        service = people[0][2]
        opens, saves, tab_switch = [], [], []
        for _ in range(rounds):
            t = time.perf_counter()
            dialog = StepEditorDialog(ctx, service.id)
            dialog.show()
            app.processEvents()
            opens.append(time.perf_counter() - t)
            t = time.perf_counter()
            dialog.attendance_tab.open_week(dialog.attendance_tab.week_row(sunday))
            app.processEvents()
            tab_switch.append(time.perf_counter() - t)
            dialog.close()
            dialog.deleteLater()
        grid = AttendanceWeekGrid(ctx, service.id, sunday)
        for i in range(rounds):
            grid.cell("check_out", 1).setText("5p" if i % 2 else "4p")
            t = time.perf_counter()
            assert grid.save()
            saves.append(time.perf_counter() - t)
        print(f"open the editor (5 sub-tabs, {rounds} times): {median_ms(opens)}")
        print(f"open a week's grid in the Attendance tab: {median_ms(tab_switch)}")
        print(f"save a week (one transaction + reload): {median_ms(saves)}")
        grid.deleteLater()
        ws.close()


if __name__ == "__main__":
    main()
