"""`python -m bench.store [--participants N]`: the demo caseload written through the services on
SQLCipher and on plain SQLite, in one run: time, file size, and the SQLCipher / plain ratio.

The workload: generate N participants (profiles, goals, steps, attendance, notes, ...) through the
app services, then read every participant's plan back (goals with derived dates, services, log).
"""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from bench.common import PASSWORD, add_participants, file_size, load_average, use_memory_keyring


class Store:
    """One database (SQLCipher or plain) with the demo workload run on it in chunks."""

    def __init__(self, folder: Path, key: bytes | None):
        from app.profile import Workspace, initialize

        folder.mkdir(parents=True)
        self.ws = Workspace(folder, key)
        initialize(self.ws, "admin", PASSWORD)
        self.ctx = self.ws.as_user("admin")
        self.times = {"generate": 0.0, "read": 0.0, "caseload": 0.0}

    def generate(self, first: int, count: int) -> None:
        from app import demo

        start = time.perf_counter()
        demo.generate(self.ctx, count, password=PASSWORD, first=first)
        self.times["generate"] += time.perf_counter() - start

    def read_all(self) -> None:
        from app.services import goals, participants, plan_services, update_log

        start = time.perf_counter()
        rows = participants.list_caseload(self.ctx)
        self.times["caseload"] = time.perf_counter() - start
        start = time.perf_counter()
        for row in rows:
            goals.list_goals(self.ctx, row.id)
            plan_services.list_services(self.ctx, row.id)
            update_log.list_log(self.ctx, row.id, limit=200)
        self.times["read"] = time.perf_counter() - start

    def size(self) -> int:
        with self.ws.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return file_size(self.ws.db_path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    add_participants(parser, 2000)
    args = parser.parse_args()
    use_memory_keyring()
    root = Path(tempfile.mkdtemp(prefix="fieldplan-bench-"))
    chunk = 50
    try:
        stores = {"cipher": Store(root / "cipher", os.urandom(32)), "plain": Store(root / "plain", None)}
        # interleaved in chunks, so a busy machine slows both alike and the ratio stays fair
        for first in range(0, args.participants, chunk):
            for store in stores.values():
                store.generate(first, min(chunk, args.participants - first))
        for store in stores.values():
            store.read_all()
        cipher = {**stores["cipher"].times, "size": stores["cipher"].size()}
        plain = {**stores["plain"].times, "size": stores["plain"].size()}
    finally:
        shutil.rmtree(root, ignore_errors=True)
    n = args.participants
    print(f"participants: {n}; {load_average()} (plain SQLite is the floor: the ratio is what encryption adds)")
    print(f"{'':22}{'SQLCipher':>12}{'plain':>12}{'ratio':>8}")
    for name, label in (("generate", "generate (s)"), ("read", "read all plans (s)"), ("caseload", "caseload list (s)")):
        print(f"{label:22}{cipher[name]:12.2f}{plain[name]:12.2f}{cipher[name] / plain[name]:8.2f}")
    total_c, total_p = cipher["generate"] + cipher["read"], plain["generate"] + plain["read"]
    print(f"{'whole workload (s)':22}{total_c:12.2f}{total_p:12.2f}{total_c / total_p:8.2f}")
    print(f"{'file size (MiB)':22}{cipher['size'] / 2**20:12.1f}{plain['size'] / 2**20:12.1f}")
    print(f"per participant: {cipher['generate'] / n * 1000:.0f} ms to generate, {cipher['size'] / n / 1024:.0f} KiB on disk")


if __name__ == "__main__":
    t = time.perf_counter()
    main()
    print(f"(bench ran {time.perf_counter() - t:.0f} s)")
