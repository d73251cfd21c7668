"""Demo generation CPU per participant, through the same services as every write (goal ≤ 10 ms).

    python -m bench.demo_cpu [--participants 200]

A fresh profile gets its staff, catalog and employers first (not timed), then `--participants` are
generated and timed: CPU (this process) and wall per participant, with the Update Log and outbox rows
they wrote. The floor, in the same run: the same rows of every table re-inserted with plain
executemany into temporary tables of the same columns (no indexes: a low floor), so the ratio is what
the services, the rules, the ORM and the indexes add on top of storing the bytes. `--unbatched` runs
the reference write path (`ChangeRecorder.batched = False`), which writes the same rows.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

GOAL_MS = 10.0


def main(argv: list[str] | None = None) -> int:
    from bench.common import add_participants

    parser = argparse.ArgumentParser(prog="python -m bench.demo_cpu")
    add_participants(parser, 200)
    parser.add_argument("--unbatched", action="store_true",
                        help="the reference write path (every row an ORM object, flushed per statement), for comparison")
    args = parser.parse_args(argv)
    from bench.demo_profile import PASSPHRASE, PASSWORD, _no_keyring

    _no_keyring()
    from app import demo
    from app.profile import create_profile
    from db.changes import ChangeRecorder

    ChangeRecorder.batched = not args.unbatched
    root = Path(tempfile.mkdtemp(prefix="fieldplan-demo-cpu-"))
    try:
        workspace = create_profile(root / "p", "admin", PASSWORD, passphrase=PASSPHRASE, admin_full_name="Bench Admin")
        ctx = workspace.as_user("admin")
        demo.generate(ctx, 1, password=PASSWORD)  # staff, catalog, employers: once per profile, not per participant
        counts = _counts(workspace)
        wall, cpu = time.perf_counter(), time.process_time()
        demo.generate(ctx, args.participants, password=PASSWORD, first=1)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        written = {t: n - counts.get(t, 0) for t, n in _counts(workspace).items() if n - counts.get(t, 0)}
        floor = _floor(workspace, counts)
        workspace.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    from bench.common import figure, load_average

    n = args.participants
    print(f"bench.demo_cpu --participants {n} ({'unbatched' if args.unbatched else 'batched'} write path); {load_average()}")
    figure(f"demo generation through the services, {n:,} participants, CPU per participant", cpu * 1000 / n, "ms",
           goal=GOAL_MS, floor=floor * 1000 / n, floor_name="the same rows by plain executemany")
    print(f"  wall {wall * 1000 / n:.1f} ms per participant (the CPU figure is the goal's: the machine is shared)")
    rows = sum(written.values())
    print(f"  rows written: {rows:,} ({rows / n:.0f} per participant; Update Log {written.get('update_log', 0):,}, "
          f"outbox {written.get('sync_outbox', 0):,})")
    return 0


def _counts(workspace) -> dict[str, int]:
    import db.models  # noqa: F401 - registers every table
    from db.base import Base

    with workspace.engine.connect() as conn:
        return {t.name: conn.exec_driver_sql(f"SELECT count(*) FROM {t.name}").scalar()
                for t in Base.metadata.sorted_tables}


def _floor(workspace, before: dict[str, int]) -> float:
    """CPU seconds to insert the rows the demo wrote into empty tables of the same encrypted database."""
    import db.models  # noqa: F401
    from db.base import Base

    raw = workspace.engine.raw_connection()
    try:
        cur = raw.cursor()
        batches = []
        for table in Base.metadata.sorted_tables:
            names = ", ".join(c.name for c in table.c)
            skip = before.get(table.name, 0)
            rows = cur.execute(f"SELECT {names} FROM {table.name} LIMIT -1 OFFSET ?", (skip,)).fetchall()
            if rows:
                cur.execute(f"CREATE TEMP TABLE floor_{table.name} AS SELECT {names} FROM {table.name} WHERE 0")
                marks = ", ".join("?" * len(table.c))
                batches.append((f"INSERT INTO floor_{table.name} ({names}) VALUES ({marks})", rows))
        started = time.process_time()
        cur.execute("BEGIN")
        for sql, rows in batches:
            cur.executemany(sql, rows)
        cur.execute("COMMIT")
        return time.process_time() - started
    finally:
        raw.close()


if __name__ == "__main__":
    sys.exit(main())
