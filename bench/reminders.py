"""How long computing every reminder, the ISTEP rubric and the compliance view takes for a caseload.

Goals (issue 17), at 10,000 participants (25,000): all reminders ≤ 150 ms (≤ 400 ms); the rubric and
compliance ≤ 300 ms each (≤ 800 ms). Each figure is the median of --repeat runs, wall and CPU, beside
the load average when it was taken and its ratio to a floor measured in the same run: reading the
participant rows every rule starts from (one Core query, nothing computed).

    python -m bench.reminders [--participants 2000|10000] [--repeat 7]

The caseloads are the cached profiles of bench/demo_profile.py (FIELDPLAN_BENCH_DIR picks the folder).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

GOALS_MS = {10000: (150, 300, 300), 25000: (400, 800, 800)}  # reminders, rubric, compliance


def workspace_with(participants: int):
    """The cached demo profile of that size (bench/demo_profile.py: generated or derived once)."""
    from bench.demo_profile import open_demo

    return open_demo(participants)[0]


def timed(fn, repeat: int) -> tuple[float, object]:
    """Median wall-clock ms (CPU ms of the same runs kept in `timed.cpu`: the machine may be shared)."""
    result, times, cpu = None, [], []
    fn()  # warm: the page cache holds what the figure reads, as in a running window
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    timed.cpu = statistics.median(cpu)
    return statistics.median(times), result


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reminders")
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    from sqlalchemy import select

    from app import compliance, reminders, rubric
    from db.models import Participant

    workspace = workspace_with(args.participants)
    ctx = workspace.as_user("admin")
    caseworker = workspace.as_user("cw111")
    goal_n = args.participants if args.participants in GOALS_MS else 10000
    goals = GOALS_MS[goal_n]
    print(f"bench.reminders --participants {args.participants} on {os.cpu_count()} cores: {load()}")

    def floor():
        with ctx.read() as s:
            return s.connection().execute(select(
                Participant.id, Participant.first_name, Participant.last_name, Participant.enrollment_status,
                *(reminders.raw(c) for c in (Participant.application_date, Participant.eligibility_date, Participant.assessments_completed_on,
                                             Participant.plan_created_on, Participant.last_plan_review))).where(~Participant.deleted)).all()

    floor_ms, _ = timed(floor, args.repeat)
    floor_cpu = timed.cpu
    print(f"floor (read the participant rows): {floor_ms:.0f} ms (CPU {floor_cpu:.0f} ms)   {load()}")

    def report(label, ms, cpu, goal, extra=""):
        verdict = f"goal at {goal_n:,} ≤ {goal} ms: {'met' if ms <= goal else 'NOT met'} (wall), {'met' if cpu <= goal else 'NOT met'} (CPU)"
        print(f"{label}: {ms:.0f} ms (CPU {cpu:.0f} ms) = {ms / floor_ms:.1f}× the floor (CPU {cpu / floor_cpu:.1f}×){extra}   "
              f"{verdict}   {load()}")

    ms, items = timed(lambda: reminders.compute_reminders(ctx), args.repeat)
    report(f"compute_reminders, administrator ({args.participants} participants)", ms, timed.cpu, goals[0],
           f" — {len(items)} reminders for {len({r.participant_id for r in items})} participants")
    ms_cw, items_cw = timed(lambda: reminders.compute_reminders(caseworker), args.repeat)
    print(f"compute_reminders, one caseworker's organization: {ms_cw:.0f} ms (CPU {timed.cpu:.0f} ms) — {len(items_cw)} reminders   {load()}")
    ms_r, rubrics = timed(lambda: rubric.rubric_for_caseload(ctx), args.repeat)
    report(f"rubric_for_caseload ({len(rubrics)} participants)", ms_r, timed.cpu, goals[1])
    ms_c, _ = timed(lambda: compliance.compliance_for_caseload(ctx), max(1, args.repeat // 2))
    report("compliance_for_caseload (rules + rubric)", ms_c, timed.cpu, goals[2])
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
