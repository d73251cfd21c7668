"""`python -m ui.screenshots OUTDIR`: a temporary demo profile (~30 participants), the window
offscreen on a participant with goals and services, and a PNG of every tab (used by `make screenshots`)."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "screenshots-password"
TAB_FILES = ("overview", "review-assessment", "set-goals", "add-steps", "update-log")


def demo_context(folder: Path, participants: int = 30):
    from app import demo
    from app.keys import keyring_usable
    from app.profile import create_profile

    workspace = create_profile(folder, "admin", PASSWORD, admin_full_name="Ada Administrator",
                               passphrase=None if keyring_usable() else "screenshots-passphrase")
    ctx = workspace.as_user("admin")
    demo.generate(ctx, participants, password=PASSWORD)
    return workspace.as_user("cw111")


def richest_participant(ctx) -> str:
    from app.services import participants, plan_services

    rows = participants.list_caseload(ctx)
    return max(rows, key=lambda r: len(plan_services.list_services(ctx, r.id))).id


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from ui.app import apply_style
    from ui.main_window import MainWindow
    from ui.session import PlanSession

    app = QApplication.instance() or QApplication(["fieldplan-screenshots"])
    apply_style(app)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        ctx = demo_context(Path(tmp) / "profile")
        pid = richest_participant(ctx)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("window/last_participant", pid)
        window = MainWindow(PlanSession(ctx), settings)
        window.resize(1500, 940)
        window.start()
        _wait(app, lambda: window.participant_row is not None)
        for index, name in enumerate(TAB_FILES):
            window.tab_widget.setCurrentIndex(index)
            _settle(app)
            path = out / f"main-window-{name}.png"
            window.grab().save(str(path))
            print(path)
        window.tab_widget.setCurrentIndex(0)
        _settle(app)
        window.grab().save(str(out / "main-window.png"))
        print(out / "main-window.png")
        window.close()
        ctx.workspace.close()
    QCoreApplication.processEvents()
    return 0


def _settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _wait(app, condition, timeout_s: float = 30.0) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if not condition():
        raise SystemExit("the window did not open the participant in time")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
