"""Sync benchmark: `python -m bench.sync [--backend sqlite|postgresql|both] [--participants 2000]`.

Figures (printed): pushing the whole caseload from the headquarters laptop (changes per second),
the initial sync of that caseload onto an empty laptop (goal ≤ 30 s), and an incremental sync
with 10 changed records on loopback (goal ≤ 300 ms), against a real server process per backend.

The demo caseload takes minutes to generate: it is generated ONCE into bench/out/hq and copied
for every run (a push empties the outbox of the copy, never of bench/out/hq).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
PASSWORD = "bench-password-1"
PASSPHRASE = "bench-passphrase"
PG_ADMIN_URL = os.environ.get("FIELDPLAN_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def caseload(participants: int) -> Path:
    hq = OUT / "hq"
    if not (hq / "profile.json").exists():
        print(f"generating a {participants}-participant demo caseload into {hq} (once; takes minutes)…", flush=True)
        env = {**os.environ, "FIELDPLAN_PASSWORD": PASSWORD, "FIELDPLAN_PASSPHRASE": PASSPHRASE}
        subprocess.run([sys.executable, "-m", "app.cli", "demo", "--participants", str(participants), "--data-dir", str(hq), "--user", "admin"],
                       cwd=ROOT, env=env, check=True)
    return hq


class Server:
    def __init__(self, url: str, work: Path):
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.database_url = url
        self.log = open(work / "server.log", "wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "app.server.cli", "serve", "--port", str(self.port), "--database-url", url],
                                     cwd=ROOT, stdout=self.log, stderr=self.log)
        import httpx

        for _ in range(900):
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError(f"server did not start: {(work / 'server.log').read_text()[-2000:]}")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)
        self.log.close()


def timed_sync(ctx_or_ws, url: str, **kwargs):
    from app.sync.client import sync

    marks: dict[str, float] = {}

    def progress(stage, done, total):
        marks[stage] = time.perf_counter()

    start = time.perf_counter()
    result = sync(ctx_or_ws, url, progress=progress, **kwargs)
    return result, time.perf_counter() - start, marks, start


def run(backend: str, hq: Path) -> dict[str, str]:
    from app.profile import create_profile, open_profile
    from app.server import store
    from app.server.tables import make_engine
    from app.services import participants
    from sqlalchemy import create_engine, text

    work = Path(tempfile.mkdtemp(prefix=f"fieldplan-bench-{backend}-"))
    drop = None
    if backend == "sqlite":
        url = f"sqlite:///{work / 'server.db'}"
    else:
        name = f"fieldplan_bench_{uuid.uuid4().hex[:10]}"
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name

        def drop():
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    shutil.copytree(hq, work / "hq")
    engine = make_engine(url)
    store.init_db(engine)
    server = Server(url, work)
    figures = {}
    try:
        hq_ws = open_profile(work / "hq", PASSPHRASE)
        with hq_ws.engine.begin() as conn:  # a caseload generated before 0001 gained this index
            conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_update_log_pushed ON update_log (pushed)")
        admin_ctx = hq_ws.as_user("admin")
        store.add_account(engine, "admin", PASSWORD, "administrator", account_id=admin_ctx.user.id)
        result, seconds, marks, start = timed_sync(admin_ctx, server.url, password=PASSWORD)
        push_seconds = marks["push"] - start  # the last push progress: every batch acknowledged
        figures["push (whole caseload)"] = f"{result.pushed} changes in {push_seconds:.1f} s = {result.pushed / push_seconds:,.0f} changes/s"

        laptop = create_profile(work / "laptop", "admin", PASSWORD, passphrase=PASSPHRASE)
        result, seconds, _, _ = timed_sync(laptop, server.url, username="admin", password=PASSWORD)
        figures["initial sync onto an empty laptop"] = f"{seconds:.1f} s for {result.pulled} rows (goal ≤ 30 s)"

        rows = participants.list_caseload(admin_ctx)[:10]
        for i, row in enumerate(rows):
            participants.update_participant(admin_ctx, row.id, phone=f"555-01{i:02d}")
        result, seconds, marks, start = timed_sync(admin_ctx, server.url)
        figures["incremental sync, sender (10 changed records)"] = f"{seconds * 1000:.0f} ms, pushed {result.pushed} (goal ≤ 300 ms)"
        figures["  stage ends (ms)"] = ", ".join(f"{k} {1000 * (v - start):.0f}" for k, v in sorted(marks.items(), key=lambda kv: kv[1]))
        result, seconds, _, _ = timed_sync(laptop, server.url)
        figures["incremental sync, receiver (10 changed records)"] = f"{seconds * 1000:.0f} ms, pulled {result.pulled} (goal ≤ 300 ms)"
        hq_ws.close()
        laptop.close()
    finally:
        server.stop()
        engine.dispose()
        if drop:
            drop()
        shutil.rmtree(work, ignore_errors=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--participants", type=int, default=2000)
    args = parser.parse_args()
    hq = caseload(args.participants)
    for backend in (("sqlite", "postgresql") if args.backend == "both" else (args.backend,)):
        print(f"\n== {backend} server ==", flush=True)
        for label, value in run(backend, hq).items():
            print(f"{label:<50} {value}", flush=True)


if __name__ == "__main__":
    main()
