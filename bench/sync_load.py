"""Load on the sync server: `python -m bench.sync_load [--backend sqlite|postgresql|both] [--devices 20] [--seconds 120]`.

Simulated devices (threads speaking raw HTTP, each with its own token) push batches of case notes
and pull what the others pushed, on loopback, against a real server process. Printed per backend:
p50/p95 of /push and /pull, accepted ops per second, the p95 of /health under the same load (the
floor: what any request costs on this machine at this moment) and the ratio to it, the server
process's CPU seconds, the load average, and how many changes each device failed to receive
(must be 0).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "bench-password-1"
PG_ADMIN_URL = os.environ.get("FIELDPLAN_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) >= 2 else (values[0] if values else 0.0)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cpu_seconds(pid: int) -> float:
    """CPU seconds of the server process and of its worker processes (`--workers N`)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if stat.parent.name == str(pid) or int(fields[1]) == pid:  # fields[1]: the parent's pid
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _database(backend: str, folder: Path) -> tuple[str, callable]:
    if backend == "sqlite":
        return f"sqlite:///{folder / 'server.db'}", lambda: None
    from sqlalchemy import create_engine, text

    name = f"fieldplan_load_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop():
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name, drop


def _setup(url: str, devices: int) -> tuple[str, list[str]]:
    """An organization, one caseworker account per device and one participant per device."""
    from app.server import store
    from app.server.cli import _system_push, publish_account
    from app.server.tables import make_engine

    engine = make_engine(url)
    store.init_db(engine)
    region, org = str(uuid.uuid4()), str(uuid.uuid4())
    _system_push(engine, [("region", region, {"name": "North"}), ("organization", org, {"name": "Rock River", "region_id": region})])
    participants = []
    for i in range(devices):
        account = store.add_account(engine, f"worker{i}", PASSWORD, "caseworker", organization_id=org)
        publish_account(engine, account, f"worker{i}", "caseworker", organization_id=org)
        pid = str(uuid.uuid4())
        _system_push(engine, [("participant", pid, {"first_name": "Load", "last_name": f"Test {i}", "organization_id": org})])
        participants.append(pid)
    engine.dispose()
    return org, participants


class Device(threading.Thread):
    def __init__(self, base: str, index: int, participant: str, stop: threading.Event, done_pushing: threading.Barrier, batch: int,
                 ready: threading.Barrier):
        super().__init__(daemon=True)
        self.ready = ready
        self.base, self.index, self.participant, self.stop, self.done_pushing, self.batch = base, index, participant, stop, done_pushing, batch
        self.push_ms: list[float] = []
        self.pull_ms: list[float] = []
        self.pushed: list[str] = []
        self.held: set[str] = set()
        self.errors = 0

    def run(self) -> None:
        client = httpx.Client(base_url=self.base, timeout=120)
        token = client.post("/sign-in", json={"username": f"worker{self.index}", "password": PASSWORD, "device_id": f"load-{self.index}"}).json()
        client.headers["Authorization"] = f"Bearer {token['token']}"
        cursor, n = 0, 0
        self.ready.wait()  # signed in (argon2 costs CPU): the clock starts when every device is
        while not self.stop.is_set():
            ops = []
            for _ in range(self.batch):
                n += 1
                ops.append({"change_id": str(uuid.uuid4()), "table_name": "case_note", "row_id": str(uuid.uuid4()), "op": "insert",
                            "fields": {"contact_date": "2026-01-05", "subject": f"Visit {n}", "participant_id": self.participant},
                            "hlc": f"{time.time_ns() // 1_000_000:015d}-00000-load{self.index}", "device_id": f"load-{self.index}"})
            started = time.perf_counter()
            answer = client.post("/push", json={"ops": ops})
            self.push_ms.append(1000 * (time.perf_counter() - started))
            if answer.status_code != 200 or any(r["status"] == "rejected" for r in answer.json()["receipts"]):
                self.errors += 1
            else:
                self.pushed += [o["row_id"] for o in ops]
            cursor = self._pull(client, cursor)
        self.done_pushing.wait()  # every device's last push has returned: the last pull must hold everything
        self._pull(client, cursor)
        client.close()

    def _pull(self, client: httpx.Client, cursor: int) -> int:
        while True:
            started = time.perf_counter()
            page = client.get("/pull", params={"after": cursor, "limit": 2000}).json()
            self.pull_ms.append(1000 * (time.perf_counter() - started))
            self.held.update(c["row"]["id"] for c in page["changes"] if c["table_name"] == "case_note")
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return cursor


def run(backend: str, devices: int, seconds: float, batch: int, workers: int = 1) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        url, drop = _database(backend, Path(folder))
        try:
            _, participants = _setup(url, devices)
            port = _free_port()
            log = open(Path(folder) / "server.log", "wb")
            server = subprocess.Popen([sys.executable, *os.environ.get("FIELDPLAN_BENCH_SERVER", "-m app.server.cli").split(), "serve", "--port", str(port), "--database-url", url,
                                       "--workers", str(workers)],
                                      cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=log, stderr=log)
            base = f"http://127.0.0.1:{port}/api/v1"
            for _ in range(300):
                try:
                    if httpx.get(base + "/health", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            stop, done = threading.Event(), threading.Barrier(devices)
            ready = threading.Barrier(devices + 1)
            threads = [Device(base, i, participants[i], stop, done, batch, ready) for i in range(devices)]
            for thread in threads:
                thread.start()
            ready.wait()
            cpu0, wall0 = _cpu_seconds(server.pid), time.perf_counter()
            floor: list[float] = []
            while time.perf_counter() - wall0 < seconds:
                started = time.perf_counter()
                httpx.get(base + "/health", timeout=60)
                floor.append(1000 * (time.perf_counter() - started))
                time.sleep(0.2)
            stop.set()
            elapsed = time.perf_counter() - wall0
            for thread in threads:
                thread.join(300)
            cpu = _cpu_seconds(server.pid) - cpu0
            server.terminate()
            server.wait(30)
        finally:
            drop()
    pushed = {r for t in threads for r in t.pushed}
    push_ms = [m for t in threads for m in t.push_ms]
    pull_ms = [m for t in threads for m in t.pull_ms]
    return {"backend": backend, "workers": workers, "devices": devices, "seconds": round(elapsed, 1), "ops": len(pushed), "ops_per_s": len(pushed) / elapsed,
            "push_p50": _p(push_ms, 50), "push_p95": _p(push_ms, 95), "pull_p50": _p(pull_ms, 50), "pull_p95": _p(pull_ms, 95),
            "floor_p95": _p(floor, 95), "server_cpu_s": cpu, "errors": sum(t.errors for t in threads),
            "lost": max(len(pushed - t.held) for t in threads), "load": os.getloadavg()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--batch", type=int, default=25, help="case notes per push")
    parser.add_argument("--workers", type=int, default=1, help="server processes (more than 1: PostgreSQL only)")
    args = parser.parse_args(argv)
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    for backend in backends:
        r = run(backend, args.devices, args.seconds, args.batch, args.workers if backend == "postgresql" else 1)
        print(f"{r['backend']} ({r['workers']} server process{'es' if r['workers'] > 1 else ''}): {r['devices']} devices, {r['seconds']} s: {r['ops']} ops accepted ({r['ops_per_s']:.0f} ops/s), "
              f"push p50/p95 {r['push_p50']:.0f}/{r['push_p95']:.0f} ms, pull p50/p95 {r['pull_p50']:.0f}/{r['pull_p95']:.0f} ms, "
              f"floor (/health) p95 {r['floor_p95']:.0f} ms (push p95 = {r['push_p95'] / max(r['floor_p95'], 1e-9):.1f}x floor), "
              f"server CPU {r['server_cpu_s']:.1f} s, errors {r['errors']}, changes lost by the worst device {r['lost']}, "
              f"load average {r['load'][0]:.2f} {r['load'][1]:.2f} {r['load'][2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
