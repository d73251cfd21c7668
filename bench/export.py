"""Caseload export: end to end (queries + workbook, rows streamed from the queries into the sheets), the
child's peak memory, and the ratio to a bare openpyxl write-only dump of the same cells measured in the
same run (goal: ≤ 1.2× end to end, memory flat in N), wall and CPU, with the load average.

    python -m bench.export [--participants 2000|10000] [--repeat 3] [--memory 2000,10000]

FIELDPLAN_BENCH_DIR picks the cached profiles (bench/demo_profile.py).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.demo_profile import PASSPHRASE, open_demo


def bare_dump(sheets: dict, path: Path) -> None:
    """The floor: the same cells, no styles, no date formats, no chart."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for name, (header, rows) in sheets.items():
        ws = book.create_sheet(name)
        ws.append(header)
        for row in rows:
            ws.append(row)
    book.save(path)


GOAL_RATIO = 1.2


def load_average() -> str:
    return f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores"


def main(argv: list[str] | None = None) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="fieldplan-bench-"))
    try:
        return _run(argv, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # the workbooks hold the (demo) caseload in plaintext


def _run(argv: list[str] | None, tmp: Path) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.export")
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory", type=lambda text: [int(n) for n in text.split(",")], metavar="N,N",
                        help="also run the child export on these caseloads and compare peak memory (e.g. 2000,10000)")
    args = parser.parse_args(argv)
    repeat = args.repeat
    import openpyxl  # noqa: F401 - import cost outside the timings

    from app.reports.caseload_data import CaseloadFilter, load_caseload
    from app.reports.caseload_xlsx import export_caseload, sheet_rows
    from app.reports.compliance import full_compliance

    print(f"bench.export --participants {args.participants}: {load_average()}")
    workspace, ctx = open_demo(args.participants)
    loads, exports, bares = [], [], []
    cpu_loads, cpu_exports, cpu_bares = [], [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        data = load_caseload(ctx, CaseloadFilter(), full_compliance)
        loads.append(time.perf_counter() - t)
        cpu_loads.append(time.process_time() - c)
        sheets = sheet_rows(data)
        del data
        t, c = time.perf_counter(), time.process_time()
        bare_dump(sheets, tmp / "bare.xlsx")
        bares.append(time.perf_counter() - t)
        cpu_bares.append(time.process_time() - c)
        t, c = time.perf_counter(), time.process_time()
        count = export_caseload(ctx, tmp / "caseload.xlsx", CaseloadFilter())
        exports.append(time.perf_counter() - t)
        cpu_exports.append(time.process_time() - c)
    cells = sum(len(h) + sum(len(r) for r in rows) for h, rows in sheets.values())
    load, bare, full = statistics.median(loads), statistics.median(bares), statistics.median(exports)
    cpu_load, cpu_bare, cpu_full = statistics.median(cpu_loads), statistics.median(cpu_bares), statistics.median(cpu_exports)
    print(f"participants: {count}   cells: {cells:,}   rows: {sum(len(r) for _, r in sheets.values()):,}   (medians of {repeat})")
    print(f"rows in memory (load_caseload):    {load * 1000:7.0f} ms   CPU {cpu_load * 1000:7.0f} ms")
    print(f"bare write-only dump (same cells): {bare * 1000:7.0f} ms   CPU {cpu_bare * 1000:7.0f} ms   (the floor)")
    print(f"full export (queries + workbook):  {full * 1000:7.0f} ms   CPU {cpu_full * 1000:7.0f} ms   ratio to bare dump: wall "
          f"{full / bare:.2f}x, CPU {cpu_full / cpu_bare:.2f}x   goal ≤ {GOAL_RATIO}x: {'met' if full / bare <= GOAL_RATIO else 'NOT met'} (wall), "
          f"{'met' if cpu_full / cpu_bare <= GOAL_RATIO else 'NOT met'} (CPU)")
    print(f"  {load_average()}")
    print(f"file size: {(tmp / 'caseload.xlsx').stat().st_size / 1024:.0f} KiB (bare {(tmp / 'bare.xlsx').stat().st_size / 1024:.0f} KiB)")

    workspace.close()
    sizes = [args.participants] + [n for n in (args.memory or []) if n != args.participants]
    peaks = {}
    for n in sizes:
        result = child_export(n, tmp / f"child-{n}.xlsx")
        if result["error"]:
            print(f"child export ({n:,} participants) failed: {result['error']}")
            return 1
        peaks[n] = result["peak_mib"]
        print(f"child process export, {n:,} participants (spawn + open profile + export): {result['elapsed_ms']:.0f} ms, "
              f"first progress after {result['first_progress_ms']:.0f} ms")
        print(f"  window side during the child export: longest gap between 10 ms ticks {result['longest_gap_ms']:.0f} ms   "
              f"goal ≤ 50 ms: {'met' if result['longest_gap_ms'] <= 50 else 'NOT met'}")
        print(f"  child peak memory (its own VmHWM): {result['peak_mib']:.0f} MiB   {load_average()}")
    if len(peaks) > 1:
        small, large = min(peaks), max(peaks)
        growth = peaks[large] - peaks[small]
        print(f"peak memory {small:,} → {large:,} participants: {peaks[small]:.0f} → {peaks[large]:.0f} MiB "
              f"({growth:+.0f} MiB, {growth * 1024 / (large - small):.1f} KiB per participant)   goal: flat in N")
    return 0


def child_export(participants: int, out: Path) -> dict:
    """The export as the window runs it (a child process) on that caseload: its time, the window side's
    longest stall polling the queue, and the child's peak resident memory."""
    import queue as queues

    from app.reports.caseload_data import CaseloadFilter
    from app.reports.export_job import ChildUnlock, start_export, unlock_for_child

    workspace, ctx = open_demo(participants)
    unlock = unlock_for_child(ctx, PASSPHRASE)
    t = time.perf_counter()
    process, queue = start_export(ChildUnlock(unlock.data_dir, unlock.key_hex, "admin"), out, CaseloadFilter())
    first_progress, longest_gap, last_tick = None, 0.0, time.perf_counter()
    while True:  # the window's side: a 10 ms tick polling the queue; its longest gap is the GUI-stall figure
        try:
            message = queue.get(timeout=0.01)
        except queues.Empty:
            message = ("tick",)
        now = time.perf_counter()
        longest_gap, last_tick = max(longest_gap, now - last_tick), now
        if now - t > 600:
            raise SystemExit("the child export took over 600 s")
        if message[0] == "progress" and first_progress is None:
            first_progress = now - t
        if message[0] in ("done", "error"):
            break
    elapsed = time.perf_counter() - t
    process.join()
    workspace.close()
    return {"elapsed_ms": elapsed * 1000, "first_progress_ms": (first_progress or 0) * 1000, "longest_gap_ms": longest_gap * 1000,
            "peak_mib": message[2] / 1024 if message[0] == "done" else None, "error": message[1] if message[0] == "error" else None}


if __name__ == "__main__":
    sys.exit(main())
