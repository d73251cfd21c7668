"""The window at a high-DPI scale, for tests/ui/test_fit_scale.py (QT_SCALE_FACTOR is read when the
QApplication starts, so it runs in its own process):

    QT_SCALE_FACTOR=2 python -m tests.ui.scale_driver OUT_DIR

A small demo caseload, the window at 1366×768 (logical) on each plan tab, the step editor and the
Customer Services Report; prints one JSON object: the device pixel ratios of the application, of each
grab and of the window icon, and what is clipped or scrolls sideways in each view. PNGs go to OUT_DIR.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> int:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from tests.ui.fit import clipped
    from tests.ui.test_fit_scrolling import side_scrolling
    from ui.app import apply_style
    from ui.screenshots import _settle, _wait, demo_context, richest_participant

    app = QApplication.instance() or QApplication(["fieldplan-scale"])
    apply_style(app)
    out.mkdir(parents=True, exist_ok=True)
    report: dict = {"app_ratio": app.devicePixelRatio(), "views": {}, "grabs": {}}
    icon = app.windowIcon().pixmap(QSize(32, 32))
    report["icon"] = {"ratio": icon.devicePixelRatio(), "pixels": [icon.width(), icon.height()]}

    def look(name, top):
        _settle(app, 20)
        grab = top.grab()
        grab.save(str(out / f"{name}.png"))
        report["grabs"][name] = {"ratio": grab.devicePixelRatio(), "pixels": [grab.width(), grab.height()],
                                 "logical": [top.width(), top.height()]}
        report["views"][name] = clipped(top) + side_scrolling(top)

    from ui.main_window import MainWindow
    from ui.session import PlanSession
    from ui.settings import LAST_PARTICIPANT, Settings, use_files_in

    with tempfile.TemporaryDirectory() as tmp:
        use_files_in(tmp)
        ctx = demo_context(Path(tmp) / "profile", participants=8)
        pid = richest_participant(ctx)
        settings = Settings.in_file(Path(tmp) / "settings.ini", Path(tmp) / "profile")
        settings.set(LAST_PARTICIPANT, pid)
        window = MainWindow(PlanSession(ctx), settings)
        window.resize(1366, 768)
        window.start()
        _wait(app, lambda: window.participant_row is not None)
        for index in range(window.tab_widget.count()):
            window.tab_widget.setCurrentIndex(index)
            look(f"tab-{index}", window)
        from app.services import plan_services
        from ui.dialogs.customer_services_report import CustomerServicesReport
        from ui.dialogs.step_editor import StepEditorDialog

        editor = StepEditorDialog(ctx, plan_services.list_services(ctx, pid)[0].id)
        editor.resize(min(editor.width(), 1366), min(editor.height(), 728))
        editor.show()
        for index in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(index)
            look(f"step-editor-{index}", editor)
        editor.close()
        services_report = CustomerServicesReport(ctx)
        services_report.resize(1366, 768)
        services_report.show()
        look("services-report", services_report)
        services_report.close()
        window.close()
        ctx.workspace.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
