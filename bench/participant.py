"""The participant's side: `python -m bench.participant [--runs 15] [--requests 40] [--backend sqlite|postgresql]
[--workers N]`.

Figures (printed):
- laptop sync → email accepted by the SMTP server (aiosmtpd on 127.0.0.1): one case note sent as message and
  email, then `sync`; median and max over the runs, next to the floor: the same sync with nothing to send;
- the participant page (GET /p/, signed in) under 20 concurrent participants on loopback: p50 / p95 / max
  (goal p95 ≤ 100 ms), next to the floor: GET /api/v1/health at the same concurrency; the server's CPU
  seconds per page; the load average.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "bench-password-1"
PG_ADMIN_URL = os.environ.get("FIELDPLAN_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


class Inbox:
    def __init__(self):
        self.count, self.at = 0, []
        self.event = threading.Event()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.count += 1
        self.at.append(time.perf_counter())
        self.event.set()
        return "250 OK"


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User + system CPU of the server process and of its worker processes (`--workers N`)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    total = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            try:
                total += cpu_seconds(int(child))
            except FileNotFoundError:
                pass
    return total


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def world(folder: Path, engine, participants: int):
    from app.profile import create_profile
    from app.server import store
    from app.services import participants as people, users

    ws = create_profile(folder, "admin", PASSWORD, passphrase="bench-passphrase")
    admin = ws.sign_in("admin", PASSWORD)
    region = users.create_region(admin, "North")
    org = users.create_organization(admin, "Org A", region.id)
    carla = users.create_user(admin, "carla", PASSWORD, "caseworker", full_name="Carla Caseworker", organization_id=org.id)
    store.add_account(engine, "admin", PASSWORD, "administrator", account_id=admin.user.id)
    store.add_account(engine, "carla", PASSWORD, "caseworker", organization_id=org.id, account_id=carla.id)
    ctx = ws.as_user("carla")
    pids = [people.create_participant(ctx, first_name=f"Participant{i}", last_name="Bench", ssn_last4="4321",
                                      individual_number=str(200000 + i), email=f"p{i}@example.org").id for i in range(participants)]
    plans(ctx, pids)
    return ws, admin, ctx, pids


def plans(ctx, pids: list[str]) -> None:
    """A page worth reading: each participant gets 2 goals with 2 services (steps) each, one of them Started."""
    from app import domain
    from app.services import catalog, goals, plan_services

    items = [i for i in catalog.list_catalog(ctx)][:4]
    today = dt.date.today()
    for pid in pids:
        for g in range(2):
            goal = goals.add_goal(ctx, pid, statement=f"Bench goal {g + 1}: earn a certificate", category="Career Plan")
            for item in items[2 * g:2 * g + 2]:
                service = plan_services.add_service(ctx, pid, item.id, goal.id, planned_start=today - dt.timedelta(days=14),
                                                    planned_due=today + dt.timedelta(days=30), weekly_hours=10.0,
                                                    other_provider_name="Bench Provider")
                if g == 0:
                    plan_services.update_service(ctx, service.id, status=domain.STARTED)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--requests", type=int, default=40, help="page views per participant")
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--workers", type=int, default=1, help="server processes (more than 1: PostgreSQL only)")
    args = parser.parse_args()
    from bench.common import use_memory_keyring

    use_memory_keyring()
    import httpx
    from aiosmtpd.controller import Controller
    from sqlalchemy import create_engine, text

    from app.server import invites, store
    from app.server.tables import make_engine
    from app.services import records
    from app.sync.client import sync

    work = Path(tempfile.mkdtemp(prefix="fieldplan-participant-bench-"))
    drop = None
    if args.backend == "sqlite":
        url = f"sqlite:///{work / 'server.db'}"
    else:
        name = f"fieldplan_bench_{uuid.uuid4().hex[:10]}"
        admin_engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin_engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name

        def drop():
            with admin_engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine = make_engine(url)
    store.init_db(engine)
    inbox = Inbox()
    smtp = Controller(inbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FIELDPLAN_SMTP_HOST": "127.0.0.1", "FIELDPLAN_SMTP_PORT": str(smtp.port),
           "FIELDPLAN_SMTP_STARTTLS": "0", "FIELDPLAN_PUBLIC_URL": base}
    log = open(work / "server.log", "wb")
    server = subprocess.Popen([sys.executable, "-m", "app.server.cli", "serve", "--port", str(port), "--database-url", url,
                               "--workers", str(args.workers)],
                              cwd=ROOT, env=env, stdout=log, stderr=log)
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        ws, admin, carla, pids = world(work / "laptop", engine, args.concurrency)
        sync(admin, base, password=PASSWORD)
        sync(carla, base, password=PASSWORD)

        floor, latency = [], []
        for i in range(args.runs):
            start = time.perf_counter()
            sync(carla, base)
            floor.append(time.perf_counter() - start)
            records.add_case_note(carla, pids[0], contact_date=dt.date.today().strftime("%m/%d/%Y"), subject=f"Bench note {i}",
                                  message="A message.", delivery="Message and email")
            inbox.event.clear()
            before = inbox.count
            start = time.perf_counter()
            sync(carla, base)
            if not inbox.event.wait(30) or inbox.count != before + 1:
                raise RuntimeError("the email did not arrive")
            latency.append(inbox.at[-1] - start)
        print(f"sync → email accepted by SMTP, {args.runs} runs ({args.backend}): median {statistics.median(latency) * 1000:.0f} ms, "
              f"max {max(latency) * 1000:.0f} ms; floor (the same sync, nothing to send): median {statistics.median(floor) * 1000:.0f} ms; "
              f"ratio {statistics.median(latency) / statistics.median(floor):.2f}")

        clients = []
        for pid in pids:
            _, token = invites.add_participant_account(engine, pid, "")
            client = httpx.Client(base_url=base)
            form = client.get(f"/p/invite/{token}")
            csrf = form.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
            if client.post(f"/p/invite/{token}", data={"csrf": csrf, "password": PASSWORD, "again": PASSWORD}).status_code != 303:
                raise RuntimeError("could not set a participant's password")
            client.get("/p/")
            clients.append(client)

        def hammer(path: str) -> list[float]:
            times: list[float] = []
            lock, gate = threading.Lock(), threading.Barrier(len(clients))

            def one(client):
                gate.wait()
                mine = []
                for _ in range(args.requests):
                    start = time.perf_counter()
                    response = client.get(path)
                    mine.append(time.perf_counter() - start)
                    if response.status_code != 200:
                        raise RuntimeError(f"{path} answered {response.status_code}")
                with lock:
                    times.extend(mine)

            threads = [threading.Thread(target=one, args=(c,)) for c in clients]
            for th in threads:
                th.start()
            for th in threads:
                th.join()
            return times

        hammer("/p/")  # warm-up
        cpu0 = cpu_seconds(server.pid)
        pages = hammer("/p/")
        cpu_pages = cpu_seconds(server.pid) - cpu0
        health = hammer("/api/v1/health")
        ms = [t * 1000 for t in pages]
        floor_ms = [t * 1000 for t in health]
        print(f"participant page GET /p/, {len(clients)} concurrent participants × {args.requests} ({args.backend}, "
              f"{args.workers} worker(s)): "
              f"p50 {percentile(ms, 50):.0f} ms, p95 {percentile(ms, 95):.0f} ms, max {max(ms):.0f} ms (goal p95 ≤ 100 ms); "
              f"server CPU {cpu_pages / len(ms) * 1000:.1f} ms per page")
        print(f"floor GET /api/v1/health at the same concurrency: p50 {percentile(floor_ms, 50):.0f} ms, p95 {percentile(floor_ms, 95):.0f} ms; "
              f"p95 ratio page/floor {percentile(ms, 95) / percentile(floor_ms, 95):.2f}")
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        for client in clients:
            client.close()
        ws.close()
    finally:
        server.terminate()
        server.wait(10)
        smtp.stop()
        engine.dispose()
        if drop:
            drop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
