"""Customer copy PDF. The headline: the FIRST copy after start-up, as the window makes it: a fresh
interpreter with Qt, the import gate and what start-up imports; the warm-up the window runs once the plan
is attached (ui/startup.warm_customer_copy: the PDF worker, a child process, imports fpdf2 and renders a
copy); then a 10-goal / 40-step copy asked for from the pool as Print Customer Copy does (rendered by the
worker), timed until its result is back on the GUI thread (goal ≤ 300 ms),
while a 5 ms GUI timer records the longest stall over the warm-up and the copy (goal ≤ 50 ms). Then the
unwarmed first copy (what it cost before), the warm render (the floor) and the biggest plan of the
--participants demo, with the load average.

    python -m bench.pdf [--participants 2000]

The lower figures (unwarmed, warm render, the biggest plan) render in this process, as the CLI does.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time


def fresh_import_ms() -> float:
    code = "import time; t = time.perf_counter(); import fpdf; print((time.perf_counter() - t) * 1000)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def sample_plan():
    from app.reports.plan_pdf import CustomerCopy, GoalSection, StepLine

    start = dt.date(2026, 1, 5)
    goals = []
    for g in range(10):
        steps = [StepLine(f"Step {s + 1}: Vocational Training – welding module with a longer name", "Started/Open", start, start + dt.timedelta(days=60),
                          None, 20.0, "Rock River Works") for s in range(4)]
        goals.append(GoalSection(f"Goal {g + 1}: obtain full-time employment as a certified welder in Rockford", "Career Plan", "Short Term",
                                 "On Track", start, start + dt.timedelta(days=60), steps))
    return CustomerCopy("José Ñúñez", "Pepe", "Adult", "IEP", "Active", "100001", "4321", dt.date(1990, 1, 2), "12 Main St, Springfield, IL 62701",
                        "217-555-1212", "jose@example.net", "Rock River Works", "Manufacturing", ["Welder", "Carpenter"], 22.0,
                        "Carla Caseworker", "217-555-2000", "carla@example.org", goals,
                        [("OSHA-10", "Occupational Certification", dt.date(2026, 2, 1), "Lincoln Land CC")])


GOAL_MS = 300
STALL_GOAL_MS = 50

AFTER_START = """
import json, sys, time
from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication
from app import import_gate
import_gate.install()
import app.startup, app.profile
app.startup.preload().join()  # what the unlock dialog imported while the person typed
from bench.pdf import sample_plan
from ui import ops
from ui.startup import warm_customer_copy
qt = QApplication([sys.argv[0]])
ticks = [time.perf_counter()]
timer = QTimer()
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
timer.start(5)
holder = QObject()
def wait(op):  # the event loop waits in Qt as the window's does (a busy processEvents loop would hog the GIL)
    loop = QEventLoop()
    op.then(lambda _: loop.quit())
    QTimer.singleShot(120_000, loop.quit)
    if not op.done:
        loop.exec()
if "--idle" in sys.argv:  # the floor: the same timer, the same span, nothing else running
    started = time.perf_counter()
    loop = QEventLoop()
    QTimer.singleShot(int(float(sys.argv[-1]) * 1000), loop.quit)
    loop.exec()
    print(json.dumps({"stall_ms": max(b - a for a, b in zip(ticks, ticks[1:])) * 1000}))
    sys.exit(0)
started = time.perf_counter()
warm_customer_copy(holder)
wait(holder.pdf_warm_op)
warmed = time.perf_counter() - started
assert holder.pdf_warm_op.succeeded
plan = sample_plan()
def copy():  # as Print Customer Copy renders it (app/reports/plan_pdf.plan_pdf): in the PDF worker once it runs
    from app.reports import pdf_worker
    return len(pdf_worker.render(plan))
started, cpu = time.perf_counter(), time.process_time()
op = ops.query(None, copy, lambda _: None, parent=holder)
wait(op)
first = time.perf_counter() - started
assert op.succeeded and op.value > 5000
stall = max(b - a for a, b in zip(ticks, ticks[1:]))
print(json.dumps({"first_ms": first * 1000, "cpu_ms": (time.process_time() - cpu) * 1000, "warm_s": warmed, "stall_ms": stall * 1000,
                  "fpdf_here": "fpdf" in sys.modules}))
"""


def first_copy_after_start(idle_s: float | None = None) -> dict:
    """The first copy as the window makes it, after its warm-up (see the module's docstring); with
    `idle_s`, the stall floor: the same process and timer idle that long (what the load alone costs)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    args = [] if idle_s is None else ["--idle", str(idle_s)]
    out = subprocess.run([sys.executable, "-c", AFTER_START, *args], capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout.splitlines()[-1])


def first_copy_ms() -> float:
    """A fresh interpreter with the app's start-up modules loaded (not timed), then the first copy (timed)."""
    code = ("import time, app.startup, app.profile; from bench.pdf import sample_plan; plan = sample_plan(); "
            "t = time.perf_counter(); from app.reports.plan_pdf import render_plan; render_plan(plan); "
            "print((time.perf_counter() - t) * 1000)")
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main(argv: list[str] | None = None, repeat: int = 7) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pdf")
    parser.add_argument("--participants", type=int, default=2000)
    args = parser.parse_args(argv)
    load = f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
    print(f"bench.pdf: {load}")
    afters, idles = [], []
    for _ in range(5):  # interleaved: a load change hits the figure and its floor alike
        afters.append(first_copy_after_start())
        idles.append(first_copy_after_start(idle_s=afters[-1]["warm_s"] + afters[-1]["first_ms"] / 1000)["stall_ms"])
    afters.sort(key=lambda r: r["first_ms"])
    first, worst_stall = afters[2]["first_ms"], max(r["stall_ms"] for r in afters)
    print(f"FIRST customer copy after start-up (fresh process, the window's warm-up, then the copy from the pool, rendered by "
          f"the PDF worker): median {first:.0f} ms (min {afters[0]['first_ms']:.0f}, max {afters[-1]['first_ms']:.0f}; the "
          f"window's process spent {statistics.median(r['cpu_ms'] for r in afters):.0f} ms CPU on it; fpdf2 imported in the "
          f"window's process: {any(r['fpdf_here'] for r in afters)})   goal ≤ {GOAL_MS} ms: {'met' if first <= GOAL_MS else 'NOT met'}")
    print(f"  longest GUI stall over the warm-up and the copy: {worst_stall:.0f} ms worst of 5 (median "
          f"{statistics.median(r['stall_ms'] for r in afters):.0f})   goal ≤ {STALL_GOAL_MS} ms: "
          f"{'met' if worst_stall <= STALL_GOAL_MS else 'NOT met'}; the warm-up took "
          f"{statistics.median(r['warm_s'] for r in afters):.2f} s after the plan attached")
    print(f"    floor: the same timer in an idle process over the same span: {max(idles):.0f} ms worst (median "
          f"{statistics.median(idles):.0f}); the warm-up's stall is {statistics.median(r['stall_ms'] for r in afters) / max(statistics.median(idles), 1):.1f}x it")
    firsts = sorted(first_copy_ms() for _ in range(3))
    print(f"unwarmed first copy (fresh process, import + fonts + render, what it cost before the warm-up): median "
          f"{firsts[1]:.0f} ms (min {firsts[0]:.0f}, max {firsts[2]:.0f})")
    print(f"fpdf2 import (fresh interpreter, one-time): {fresh_import_ms():.0f} ms")
    from app.reports.plan_pdf import render_plan

    plan = sample_plan()
    t = time.perf_counter()
    render_plan(plan)
    print(f"first render in this process (import + fonts + render): {(time.perf_counter() - t) * 1000:.0f} ms")
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        data = render_plan(plan)
        times.append(time.perf_counter() - t)
    print(f"render 10 goals / 40 steps: median {statistics.median(times) * 1000:.0f} ms, min {min(times) * 1000:.0f} ms, "
          f"max {max(times) * 1000:.0f} ms over {repeat} runs ({len(data) // 1024} KiB); floor for the first copy: "
          f"{statistics.median(times) * 1000:.0f} ms warm; first copy after start-up {first / (statistics.median(times) * 1000):.2f}x "
          f"the floor (unwarmed {firsts[1] / (statistics.median(times) * 1000):.1f}x)")

    real_plan(args.participants)
    print(f"  {load}")
    return 0


def real_plan(participants: int, repeat: int = 5) -> None:
    """The biggest plan of the 2,000-participant demo, through the services (queries + render)."""
    from sqlalchemy import func, select

    from app.reports.plan_pdf import collect_plan, render_plan
    from bench.demo_profile import open_demo
    from db.models import PlanService

    workspace, ctx = open_demo(participants)
    with ctx.read() as s:
        pid, steps = s.execute(select(PlanService.participant_id, func.count()).group_by(PlanService.participant_id)
                               .order_by(func.count().desc()).limit(1)).one()
    collects, renders = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        plan = collect_plan(ctx, pid)
        collects.append(time.perf_counter() - t)
        t = time.perf_counter()
        render_plan(plan)
        renders.append(time.perf_counter() - t)
    print(f"biggest demo plan ({len(plan.goals)} goals, {steps} steps): collect {statistics.median(collects) * 1000:.0f} ms "
          f"+ render {statistics.median(renders) * 1000:.0f} ms (medians of {repeat})")
    workspace.close()


if __name__ == "__main__":
    sys.exit(main())
