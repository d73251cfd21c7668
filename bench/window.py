"""`python -m bench.window`: how fast the career plan window is over a 2,000-participant profile.

Figures (each start-up in a fresh subprocess, offscreen, wall time from spawning the interpreter):
- start → the first dialog (unlock or sign in) painted;
- start → window shown with the caseload listed (goal ≤ 0.8 s and ≤ 4× a bare QMainWindow with five
  empty tabs, measured in the same run);
- opening a participant with 50 goals and 500 services (goal ≤ 150 ms);
- one search keystroke over the caseload (goal ≤ 50 ms).

The demo profile is generated once into bench/out/ (minutes) and reused.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).parent / "out"
PROFILE = OUT / "profile-2000"
PASSWORD, PASSPHRASE = "bench-password", "bench-passphrase"
PARTICIPANTS = 2000
BIG_NUMBER = "BENCH-50-500"
RUNS = 5


def ensure_profile() -> None:
    """Generate the demo profile once, then add the participant with 50 goals and 500 services."""
    from app import demo
    from app.keys import keyring_usable
    from app.profile import create_profile, open_profile, profile_exists

    passphrase = None if keyring_usable() else PASSPHRASE
    if not profile_exists(PROFILE):
        print(f"generating {PARTICIPANTS} participants into {PROFILE} (once; takes minutes)…", file=sys.stderr)
        workspace = create_profile(PROFILE, "admin", PASSWORD, passphrase=passphrase, admin_full_name="Administrator")
        demo.generate(workspace.as_user("admin"), PARTICIPANTS, password=PASSWORD)
    else:
        workspace = open_profile(PROFILE, passphrase)
    ctx = workspace.as_user("admin")
    _ensure_big_plan(ctx)
    workspace.close()


def _ensure_big_plan(ctx) -> None:
    import datetime as dt

    from app.services import catalog, goals, participants, plan_services, users

    if any(r.individual_number == BIG_NUMBER for r in participants.list_caseload(ctx, search=BIG_NUMBER)):
        return
    org = users.list_organizations(ctx)[0]
    items = [i for i in catalog.list_catalog(ctx) if i.service_type != "Support Service"]
    today = dt.date.today()
    with ctx.batch():
        p = participants.create_participant(ctx, first_name="Benoît", last_name="Bigplan", ssn_last4="5050",
                                            individual_number=BIG_NUMBER, organization_id=org.id)
        for g in range(50):
            goal = goals.add_goal(ctx, p.id, statement=f"Benchmark goal {g + 1}: complete the planned training", category="Career Plan")
            for s in range(10):
                start = today + dt.timedelta(days=g + s)
                plan_services.add_service(ctx, p.id, items[(g * 10 + s) % len(items)].id, goal.id, planned_start=start,
                                          planned_due=start + dt.timedelta(days=60), weekly_hours=10.0)


# -- children (one fresh interpreter per start-up) ---------------------------------------------------
def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    tabs = QTabWidget()
    for name in ("Overview", "1. Review Assessment", "2. Set Goals", "3. Add Steps/Services", "Outcomes", "Update Log"):
        tabs.addTab(QWidget(), name)
    window.setCentralWidget(tabs)
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    print(json.dumps({"ready": time.time()}), flush=True)


def child_dialog() -> None:
    """What a person sees first: `fieldplan` up to its unlock (passphrase) or sign-in dialog painted."""
    from PySide6.QtWidgets import QApplication

    from app.startup import QuickProfile, needs_passphrase
    from ui.app import apply_style
    from ui.dialogs.sign_in import SignInDialog, UnlockDialog

    app = QApplication([sys.argv[0]])
    apply_style(app)
    dialog = UnlockDialog(PROFILE) if needs_passphrase(PROFILE) else SignInDialog(QuickProfile(PROFILE))
    dialog.show()
    app.processEvents()
    print(json.dumps({"ready": time.time()}), flush=True)


def child_real() -> None:
    """What `fieldplan` does once the person has typed the passphrase and signed in (ui/app.py): the
    quick profile, then ui.startup.open_window. No dialog is shown, so no human time is counted."""
    marks = {"child_started": time.time()}
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.startup import QuickProfile, needs_passphrase
    from ui.app import apply_style
    from ui.startup import open_window

    marks["imported"] = time.time()
    app = QApplication([sys.argv[0]])
    apply_style(app)
    marks["qapplication"] = time.time()
    unlock_started = time.perf_counter()
    quick = QuickProfile(PROFILE, PASSPHRASE if needs_passphrase(PROFILE) else None)
    user = quick.as_user("admin")
    unlock_s = time.perf_counter() - unlock_started
    settings = QSettings(str(OUT / "bench-settings.ini"), QSettings.Format.IniFormat)
    settings.clear()
    marks["unlocked"] = time.time()
    window = open_window(quick, user, settings)
    marks["window_built"] = time.time()
    app.processEvents()
    ready = time.time()
    marks["caseload_listed"] = ready
    rows = len(window.caseload.model.rows)
    # the workspace loads off the GUI thread, then the tabs attach on it: how long does the window
    # stop answering meanwhile? (the longest gap between ticks of a 5 ms timer)
    from PySide6.QtCore import QTimer

    ticks = [time.perf_counter()]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(5)
    while window.tabs is None:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    timer.stop()
    marks["workspace_ready"] = time.time()
    stall_ms = max((b - a) * 1000 for a, b in zip(ticks, ticks[1:])) if len(ticks) > 1 else 0.0
    result = {"ready": ready, "window_shown": ready, "unlock_s": unlock_s, "rows": rows, "marks": marks,
              "workspace_ready": marks["workspace_ready"], "stall_ms": stall_ms}
    result.update(_measure_open_and_search(app, window))
    print(json.dumps(result), flush=True)
    window.close()
    window.session.ctx.workspace.close()


def _measure_open_and_search(app, window) -> dict:
    from PySide6.QtTest import QTest

    row = next(r for r in window.caseload.model.rows if r.individual_number == BIG_NUMBER)
    other = next(r for r in window.caseload.model.rows if r.id != row.id)
    opens = []
    for _ in range(5):
        window.open_participant(other)
        app.processEvents()
        started = time.perf_counter()
        window.open_participant(row)
        app.processEvents()
        opens.append((time.perf_counter() - started) * 1000)
    tabs = {}
    for index in range(1, window.tab_widget.count()):
        times = []
        for _ in range(3):  # each time a freshly opened participant: the tab loads its data when shown
            window.open_participant(other)
            window.tab_widget.setCurrentIndex(0)
            window.open_participant(row)
            app.processEvents()
            started = time.perf_counter()
            window.tab_widget.setCurrentIndex(index)
            app.processEvents()
            times.append((time.perf_counter() - started) * 1000)
        tabs[window.tab_widget.tabText(index)] = statistics.median(times)
    window.tab_widget.setCurrentIndex(0)
    search = window.caseload.search
    keystrokes = []
    for text in ("mar", "gar", "jose", "100"):
        search.clear()
        app.processEvents()
        for char in text:
            started = time.perf_counter()
            QTest.keyClick(search, char)
            app.processEvents()
            keystrokes.append((time.perf_counter() - started) * 1000)
    search.clear()
    return {"open_ms": statistics.median(opens), "open_max_ms": max(opens), "tab_ms": tabs,
            "keystroke_ms": statistics.median(keystrokes), "keystroke_max_ms": max(keystrokes)}


def _spawn(mode: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    out = subprocess.run([sys.executable, "-m", "bench.window", "--child", mode], capture_output=True, text=True, env=env,
                         cwd=Path(__file__).parent.parent, check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["start_s"] = result["ready"] - started
    result["phases"] = {k: v - started for k, v in result.get("marks", {}).items()}
    if "window_shown" in result:
        result["shown_s"] = result["window_shown"] - started
    return result


def main() -> int:
    ensure_profile()
    bare = [_spawn("bare")["start_s"] for _ in range(RUNS)]
    dialog = [_spawn("dialog")["start_s"] for _ in range(RUNS)]
    real = [_spawn("real") for _ in range(RUNS)]
    bare_s = statistics.median(bare)
    start_s = statistics.median(r["start_s"] for r in real)
    last = real[-1]
    print(f"profile: {PROFILE} ({last['rows']:,} participants visible to the administrator), {RUNS} runs each, median")
    print(f"bare QMainWindow with 5 empty tabs, start → shown:     {bare_s:6.3f} s")
    print(f"Fieldplan start → first dialog (unlock/sign in) shown: {statistics.median(dialog):6.3f} s")
    print(f"Fieldplan start → window shown with caseload listed:   {start_s:6.3f} s   (goal ≤ 0.8 s; {start_s / bare_s:.1f}× bare, goal ≤ 4×)")
    ready_s = statistics.median(r["workspace_ready"] - r["ready"] + r["start_s"] for r in real)
    print(f"Fieldplan start → plan tabs ready (workspace loaded):   {ready_s:6.3f} s   (after the window shows, off the GUI thread;")
    print(f"  longest time the window did not answer meanwhile: {statistics.median(r['stall_ms'] for r in real):.0f} ms, "
          f"worst {max(r['stall_ms'] for r in real):.0f} ms)")
    print("  phases (s after spawning, last run): " + ", ".join(f"{k} {v:.3f}" for k, v in last["phases"].items()))
    print(f"  of which unlocking the profile (passphrase scrypt where no keyring): {statistics.median(r['unlock_s'] for r in real):.3f} s")
    print(f"open a participant with 50 goals / 500 services:       {statistics.median(r['open_ms'] for r in real):6.1f} ms (max {max(r['open_max_ms'] for r in real):.1f}; goal ≤ 150 ms)")
    for name, ms in last["tab_ms"].items():
        print(f"  then switch to {name + ':':<28} {ms:6.1f} ms")
    print(f"search keystroke over the caseload:                    {statistics.median(r['keystroke_ms'] for r in real):6.1f} ms (max {max(r['keystroke_max_ms'] for r in real):.1f}; goal ≤ 50 ms)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        {"bare": child_bare, "dialog": child_dialog, "real": child_real}[sys.argv[2]]()
        sys.exit(0)
    sys.exit(main())
