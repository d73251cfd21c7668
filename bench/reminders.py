"""How long computing every reminder (and the rubric) takes for a 2,000-participant caseload.

Goal: compute_reminders ≤ 200 ms for 2,000 participants. The demo caseload is the one the report benchmarks share
(bench/demo_profile.py: generated once into bench/out/, gitignored) and reused by later runs.

    python -m bench.reminders [--participants 2000] [--repeat 7]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

def workspace_with(participants: int):
    """The cached demo profile of that size (bench/demo_profile.py: generated or derived once)."""
    from bench.demo_profile import open_demo

    return open_demo(participants)[0]


def timed(fn, repeat: int) -> tuple[float, object]:
    """Median wall-clock ms (CPU ms of the same runs kept in `timed.cpu`: the machine may be shared)."""
    result, times, cpu = None, [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    timed.cpu = statistics.median(cpu)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reminders")
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    from app import compliance, reminders, rubric

    workspace = workspace_with(args.participants)
    ctx = workspace.as_user("admin")
    caseworker = workspace.as_user("cw111")
    ms, items = timed(lambda: reminders.compute_reminders(ctx), args.repeat)
    people = len({r.participant_id for r in items})
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"compute_reminders, administrator ({args.participants} participants): {ms:.0f} ms median of {args.repeat} "
          f"(CPU {timed.cpu:.0f} ms) — {len(items)} reminders for {people} participants (goal ≤ 200 ms: {'met' if ms <= 200 else 'NOT met'})")
    ms_cw, items_cw = timed(lambda: reminders.compute_reminders(caseworker), args.repeat)
    print(f"compute_reminders, one caseworker's organization: {ms_cw:.0f} ms — {len(items_cw)} reminders")
    ms_r, rubrics = timed(lambda: rubric.rubric_for_caseload(ctx), args.repeat)
    print(f"rubric_for_caseload ({len(rubrics)} participants): {ms_r:.0f} ms (CPU {timed.cpu:.0f} ms)")
    ms_c, _ = timed(lambda: compliance.compliance_for_caseload(ctx), max(1, args.repeat // 2))
    print(f"compliance_for_caseload (rules + rubric): {ms_c:.0f} ms")
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
