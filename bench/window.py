"""`python -m bench.window [--participants N]`: how fast the career plan window is over a big caseload.

Each start-up runs in a fresh interpreter (offscreen), timed from spawning it:
- the floor: a bare QMainWindow with 5 empty tabs, nothing else imported, until it has PAINTED;
- start → the first dialog (unlock or sign in) painted;
- start → caseload painted: the real path of `fieldplan` once the person has typed — the passphrase
  unwraps the key (scrypt), the password is checked (argon2id), ui.startup.open_window builds the
  window — until the caseload list has painted rows (checked, not assumed). Goal ≤ 3× the floor at
  10,000 (≤ 3.5× at 25,000);
- a search keystroke over the caseload, median and max (goal ≤ 30 ms max at 10,000, ≤ 50 ms at 25,000);
- opening a participant with 50 goals and 500 services (goal ≤ 150 ms);
- quitting: closing the window until the process has exited, through ui/app.shut_down and
  ui/launcher's end_quickly as `fieldplan` quits (goal ≤ 0.5 s).

The profiles come from bench/demo_profile.py (generated or derived once, cached). The sources are
byte-compiled first (`compile_sources`). The real start-up runs `ui.startup.preload_window` where the
unlock dialog would have painted (the person typing in no time): the window's modules then import while
the passphrase and password hashes run. Under load, wall times stretch with the CPU the machine gives:
the CPU until painted, of every thread and of the GUI thread, is printed beside the floor's.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 5
TABS = ("Overview", "1. Review Assessment", "2. Set Goals", "3. Add Steps/Services", "Update Log")


def _wait_for_paint(app, widget, timeout: float = 60.0) -> float:
    """The time `widget` was first painted (after show), processing events until it is."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    widget.update()
    deadline = time.time() + timeout
    while not painted and time.time() < deadline:
        app.processEvents()
    widget.removeEventFilter(watch)
    if not painted:
        raise SystemExit("no paint happened")
    return painted[0]


# -- children (one fresh interpreter per start-up) ---------------------------------------------------
def child_bare(_profile: str) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    tabs = QTabWidget()
    for name in TABS:
        tabs.addTab(QWidget(), name)
    window.setCentralWidget(tabs)
    window.resize(1440, 900)
    window.show()
    painted = _wait_for_paint(app, tabs)
    print(json.dumps({"ready": painted, "cpu_s": time.process_time(), "gui_cpu_s": time.thread_time()}), flush=True)


def child_dialog(profile: str) -> None:
    """What a person sees first: `fieldplan` up to its unlock (passphrase) or sign-in dialog painted."""
    from PySide6.QtWidgets import QApplication

    from app.startup import QuickProfile, needs_passphrase
    from ui.app import apply_style
    from ui.dialogs.sign_in import SignInDialog, UnlockDialog

    app = QApplication([sys.argv[0]])
    apply_style(app)
    path = Path(profile)
    dialog = UnlockDialog(path) if needs_passphrase(path) else SignInDialog(QuickProfile(path))
    dialog.show()
    print(json.dumps({"ready": _wait_for_paint(app, dialog)}), flush=True)


def child_real(profile: str) -> None:
    """`fieldplan` after the person has typed: unlock, sign in (password checked), open_window, until
    the caseload has painted; then the keystrokes, the big plan and the quit."""
    from bench.demo_profile import PASSPHRASE, PASSWORD

    marks = {}
    from PySide6.QtWidgets import QApplication

    from app import import_gate

    import_gate.install()  # as ui/app.run does, before any thread starts
    from app.startup import QuickProfile, needs_passphrase
    from ui.app import apply_style
    from ui.startup import open_window

    marks["imported"] = time.time()
    app = QApplication([sys.argv[0]])
    apply_style(app)
    from ui.startup import preload_window

    preload_window()  # as ui/dialogs/sign_in.py starts it when its dialog shows (the person typing in no time)
    path = Path(profile)
    quick = QuickProfile(path, PASSPHRASE if needs_passphrase(path) else None)
    marks["unlocked"] = time.time()
    user = quick.sign_in("admin", PASSWORD)
    marks["signed_in"] = time.time()
    from ui.settings import settings_file

    settings = settings_file(path.parent / f"bench-settings-{os.getpid()}.ini")
    window = open_window(quick, user, settings)
    marks["window_built"] = time.time()
    view = window.caseload.table.view
    painted = _wait_for_paint(app, view.viewport())
    cpu_s, gui_cpu_s = time.process_time(), time.thread_time()  # every thread's CPU so far, and the GUI thread's
    rows = window.caseload.table.proxy.rowCount()
    assert rows > 0, "the caseload painted without rows"
    marks["caseload_painted"] = painted
    stall_ms = _wait_for_workspace(app, window)
    marks["workspace_ready"] = time.time()
    while window.caseload.partial:  # the rest of the caseload, listed after the first paint (ui/startup.py)
        app.processEvents()
        time.sleep(0.001)
    listed = window.caseload.total
    while not window.pdf_warm_op.done:  # the customer copy's warm-up (ui/startup.py) ends before the keystrokes
        app.processEvents()
        time.sleep(0.001)
    result = {"ready": painted, "cpu_s": cpu_s, "gui_cpu_s": gui_cpu_s, "rows": rows, "listed": listed, "marks": marks,
              "stall_ms": stall_ms}
    result.update(_measure_search(app, window))
    result.update(_measure_open(app, window))
    print(json.dumps(result), flush=True)
    settings.clear()
    print(json.dumps({"closing": time.time()}), flush=True)
    window.close()  # what the person does; then what ui/app.run and ui/launcher do after app.exec() returns
    app.processEvents()
    from ui.app import end_quickly, shut_down

    shut_down(window)
    Path(settings.fileName()).unlink(missing_ok=True)
    end_quickly(0)


def _wait_for_workspace(app, window) -> float:
    """The workspace and the rest of the caseload load off the GUI thread and the tabs attach on it: the longest gap between ticks
    of a 5 ms timer meanwhile (how long the window did not answer)."""
    from PySide6.QtCore import QTimer

    ticks = [time.perf_counter()]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(5)
    while window.tabs is None or window.caseload.partial:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    timer.stop()
    return max((b - a) * 1000 for a, b in zip(ticks, ticks[1:])) if len(ticks) > 1 else 0.0


def _measure_search(app, window) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    search = window.caseload.search
    floor_ms = _keystroke_floor(app)
    keystrokes, cpu = [], []
    for text in ("mar", "garcia", "jose n", "100", "lukasz"):
        search.clear()
        app.processEvents()
        for char in [*text, *([Qt.Key.Key_Backspace] * len(text))]:  # typing narrows, Backspace widens again
            started, started_cpu = time.perf_counter(), time.thread_time()
            QTest.keyClick(search, char)
            app.processEvents()
            keystrokes.append((time.perf_counter() - started) * 1000)
            cpu.append((time.thread_time() - started_cpu) * 1000)
    search.clear()
    app.processEvents()
    return {"keystroke_ms": statistics.median(keystrokes), "keystroke_max_ms": max(keystrokes),
            "keystroke_cpu_ms": statistics.median(cpu), "keystroke_cpu_max_ms": max(cpu),
            "keystroke_floor_ms": statistics.median(floor_ms), "keystroke_floor_max_ms": max(floor_ms)}


def _keystroke_floor(app) -> list[float]:
    """The same keystrokes into a bare line edit of the same process, connected to nothing: what
    QTest, the event loop and the load cost before the caseload does anything."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    bare = QLineEdit()
    bare.show()
    app.processEvents()
    times = []
    for text in ("mar", "garcia", "jose n", "100", "lukasz"):
        bare.clear()
        app.processEvents()
        for char in [*text, *([Qt.Key.Key_Backspace] * len(text))]:
            started = time.perf_counter()
            QTest.keyClick(bare, char)
            app.processEvents()
            times.append((time.perf_counter() - started) * 1000)
    bare.close()
    return times


def _measure_open(app, window) -> dict:
    from bench.demo_profile import BIG_NUMBER

    rows = window.caseload.model.all_rows if hasattr(window.caseload.model, "all_rows") else window.caseload.model.rows
    row = next(r for r in rows if r.individual_number == BIG_NUMBER)
    other = next(r for r in rows if r.id != row.id)
    opens = []
    for _ in range(5):
        window.open_participant(other)
        app.processEvents()
        started = time.perf_counter()
        window.open_participant(row)
        app.processEvents()
        opens.append((time.perf_counter() - started) * 1000)
    return {"open_ms": statistics.median(opens), "open_max_ms": max(opens)}


def _spawn(mode: str, profile: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    process = subprocess.Popen([sys.executable, "-m", "bench.window", "--child", mode, str(profile)], stdout=subprocess.PIPE,
                               text=True, env=env, cwd=Path(__file__).parent.parent)
    lines = []
    for line in process.stdout:
        lines.append(json.loads(line))
    process.wait()
    exited = time.time()
    if process.returncode:
        raise SystemExit(f"the {mode} child failed ({process.returncode})")
    result = lines[0]
    result["start_s"] = result["ready"] - started
    result["phases"] = {k: v - started for k, v in result.get("marks", {}).items()}
    closing = next((line["closing"] for line in lines if "closing" in line), None)
    if closing is not None:
        result["quit_s"] = exited - closing
    return result


def compile_sources() -> None:
    """Byte-compile the app's sources first, as an installed Fieldplan has them (the bundle ships bytecode,
    a checkout writes __pycache__ on its first start): under PYTHONDONTWRITEBYTECODE, as on this machine,
    every start would otherwise compile each of our ~60 start-up modules again (~30 ms)."""
    import compileall

    root = Path(__file__).parent.parent
    for package in ("app", "db", "ui", "resources", "bench"):
        compileall.compile_dir(str(root / package), quiet=1)


def load() -> str:
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"


def main(argv: list[str] | None = None) -> int:
    from bench.demo_profile import ensure_profile

    parser = argparse.ArgumentParser(prog="python -m bench.window")
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args(argv)
    profile = ensure_profile(args.participants)
    n = args.participants
    compile_sources()
    print(f"bench.window --participants {n}: {args.runs} runs of each, interleaved; {load()}")
    bare_runs, dialog, real = [], [], []
    for _ in range(args.runs):  # interleaved: a load change hits floor and figure alike
        bare_runs.append(_spawn("bare", profile))
        dialog.append(_spawn("dialog", profile)["start_s"])
        real.append(_spawn("real", profile))
    bare = [r["start_s"] for r in bare_runs]
    floor = statistics.median(bare)
    start = statistics.median(r["start_s"] for r in real)
    start_goal = 3.5 if n > 10000 else 3.0
    key_goal = 50 if n > 10000 else 30
    last = real[-1]
    print(f"  profile {profile} ({last['listed']:,} participants listed to the administrator; {last['rows']} in the first paint)")
    print(f"  floor: bare 5-tab window painted            {floor:7.3f} s")
    print(f"  start → first dialog painted                {statistics.median(dialog):7.3f} s   {statistics.median(dialog) / floor:4.2f}× floor")
    print(f"  start → caseload painted (unlock + sign-in) {start:7.3f} s   {start / floor:4.2f}× floor   goal ≤ {start_goal}×"
          f"  {'met' if start / floor <= start_goal else 'NOT met'}")
    cpu_floor, cpu_real = statistics.median(r["cpu_s"] for r in bare_runs), statistics.median(r["cpu_s"] for r in real)
    print(f"    CPU until painted (every thread; what the load average cannot inflate): {cpu_real:.3f} s, "
          f"{cpu_real / cpu_floor:.2f}× the floor's {cpu_floor:.3f} s; the GUI thread's alone "
          f"{statistics.median(r['gui_cpu_s'] for r in real):.3f} s (floor {statistics.median(r['gui_cpu_s'] for r in bare_runs):.3f} s)")
    print("    phases of the last run (s after spawn): " + ", ".join(f"{k} {v:.3f}" for k, v in last["phases"].items()))
    stall = statistics.median(r["stall_ms"] for r in real)
    print(f"  window stall while the workspace loads      {stall:7.0f} ms (worst {max(r['stall_ms'] for r in real):.0f})")
    kmed, kmax = statistics.median(r["keystroke_ms"] for r in real), max(r["keystroke_max_ms"] for r in real)
    print(f"  search keystroke                            {kmed:7.1f} ms median, {kmax:.1f} ms max   goal ≤ {key_goal} ms max"
          f"  {'met' if kmax <= key_goal else 'NOT met'}")
    fmed, fmax = statistics.median(r["keystroke_floor_ms"] for r in real), max(r["keystroke_floor_max_ms"] for r in real)
    print(f"    floor: the same keystrokes into a bare line edit {fmed:5.2f} ms median, {fmax:.1f} ms max"
          f"   caseload {kmed / fmed if fmed else 0:.1f}× / {kmax / fmax if fmax else 0:.1f}× the floor; {load()}")
    print(f"    GUI-thread CPU per keystroke (what the load average cannot inflate): "
          f"{statistics.median(r['keystroke_cpu_ms'] for r in real):.1f} ms median, {max(r['keystroke_cpu_max_ms'] for r in real):.1f} ms max")
    opened = statistics.median(r["open_ms"] for r in real)
    print(f"  open a plan of 50 goals / 500 services      {opened:7.1f} ms   goal ≤ 150 ms  {'met' if opened <= 150 else 'NOT met'}")
    quit_s = statistics.median(r["quit_s"] for r in real)
    print(f"  quit (close → process gone)                 {quit_s:7.3f} s (worst {max(r['quit_s'] for r in real):.3f})   goal ≤ 0.5 s"
          f"  {'met' if quit_s <= 0.5 else 'NOT met'}")
    print(f"  {load()}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--child":
        {"bare": child_bare, "dialog": child_dialog, "real": child_real}[sys.argv[2]](sys.argv[3])
        sys.exit(0)
    sys.exit(main())
