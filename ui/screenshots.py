"""`python -m ui.screenshots OUTDIR [--language es] [--size 1366x768]`: a temporary demo profile (~30
participants), the window offscreen on a participant with goals and services, and a PNG of every tab (used by
`make screenshots`). The size defaults to 1366×768, the common field laptop's screen (issue 16). With
--language, the window in that language and the participant reading it too."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "screenshots-password"
SIZE = (1366, 768)
TAB_FILES = ("overview", "review-assessment", "set-goals", "add-steps", "outcomes", "update-log")


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
    import argparse

    parser = argparse.ArgumentParser(prog="python -m ui.screenshots")
    parser.add_argument("out", nargs="?", default="docs/screenshots")
    parser.add_argument("--language", default="en")
    parser.add_argument("--size", default="x".join(map(str, SIZE)), help="WIDTHxHEIGHT of the window and signing mode (default 1366x768)")
    options = parser.parse_args(argv)
    size = tuple(int(n) for n in options.size.lower().split("x"))
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from ui.app import apply_style
    from ui.main_window import MainWindow
    from ui.session import PlanSession
    from ui.settings import LAST_PARTICIPANT, Settings, use_files_in

    app = QApplication.instance() or QApplication(["fieldplan-screenshots"])
    apply_style(app)
    from ui import i18n

    i18n.install(options.language, app)
    with tempfile.TemporaryDirectory() as tmp:
        use_files_in(tmp)
        ctx = demo_context(Path(tmp) / "profile")
        pid = richest_participant(ctx)
        if options.language != "en":
            from app.services import participants

            participants.update_participant(ctx, pid, language=options.language)
        settings = Settings.in_file(Path(tmp) / "settings.ini", Path(tmp) / "profile")
        settings.set(LAST_PARTICIPANT, pid)
        window = MainWindow(PlanSession(ctx), settings)
        window.resize(*size)
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
        _other_windows(app, ctx, pid, out, size)
        window.close()
        ctx.workspace.close()
    QCoreApplication.processEvents()
    return 0


def _other_windows(app, ctx, pid: str, out: Path, size: tuple[int, int] = SIZE) -> None:
    """The step editor on a started step (every sub-tab), the compliance view and signing mode."""
    from app import domain
    from app.services import plan_services
    from ui.dialogs.compliance import ComplianceDialog
    from ui.dialogs.step_editor import StepEditorDialog
    from ui.signing import SigningWindow

    services = plan_services.list_services(ctx, pid)
    started = next((s for s in services if s.status == domain.STARTED), services[0])
    editor = StepEditorDialog(ctx, started.id)
    editor.resize(min(editor.width(), size[0]), min(editor.height(), size[1]))
    editor.show()
    for index, name in enumerate(("status", "provider", "dollar-value", "attendance", "credentials")):
        editor.tabs.setCurrentIndex(index)
        _settle(app)
        editor.grab().save(str(out / f"step-editor-{name}.png"))
        print(out / f"step-editor-{name}.png")
    editor.close()
    compliance = ComplianceDialog(ctx)
    compliance.resize(min(1200, size[0]), min(800, size[1]))
    compliance.show()
    loaded = []
    compliance.loaded.connect(lambda: loaded.append(True))
    _wait(app, lambda: bool(loaded))
    _settle(app)
    compliance.grab().save(str(out / "compliance.png"))
    print(out / "compliance.png")
    compliance.close()
    from ui.dialogs.customer_services_report import CustomerServicesReport

    report = CustomerServicesReport(ctx)
    report.resize(*size)
    report.show()
    _settle(app)
    report.grab().save(str(out / "customer-services-report.png"))
    print(out / "customer-services-report.png")
    report.close()
    from ui.session import PlanSession

    signing = SigningWindow(PlanSession.of(ctx), pid)
    signing.resize(*size)
    signing.show()
    _settle(app)
    signing.grab().save(str(out / "signing.png"))
    print(out / "signing.png")
    signing.hide()


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
