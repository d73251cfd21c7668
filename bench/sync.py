"""Sync benchmark: `python -m bench.sync [--backend sqlite|postgresql|both] [--participants 2000] [--bound 600]`.

Against a real server process per backend, on the shared demo caseload (bench/demo_profile.py, cached
in /tmp/fieldplan-bench; 2,000 generated through the services, larger ones derived), every sync run the
way the window runs it (ui/sync_controller's job on the Qt pool) while a 10 ms timer on the GUI thread
records its longest gap. Figures, each beside its goal, its floor from the same run and the load average:

- the FULL first sync of the headquarters laptop: the push of its whole caseload and what comes back;
- the initial sync of that caseload onto an EMPTY laptop (goal ≤ 60 s), against the floor of fetching
  the same pages over raw HTTP without decoding or applying them;
- the window's longest stall during each sync (goal ≤ 50 ms), against the same timer with no sync running;
- an incremental sync of 10 changed records, sender and receiver (goal ≤ 300 ms; median of 3), against
  a sync with nothing to send or fetch.

Every sync has a time bound (`--bound`, seconds): past it the sync is cancelled and the figure reads
"gave up after …". A derived caseload (more than 2,000) has no outbox of its own: its headquarters laptop
sends every row as a restored server would ask (`reupload`), and that is its push figure.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG_ADMIN_URL = os.environ.get("FIELDPLAN_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
INITIAL_GOAL_S, STALL_GOAL_MS, INCREMENTAL_GOAL_MS = 60.0, 50.0, 300.0


def load_average() -> str:
    return "load " + " ".join(f"{x:.2f}" for x in os.getloadavg())


class Server:
    def __init__(self, url: str, work: Path):
        import socket

        import httpx

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(work / "server.log", "wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "app.server.cli", "serve", "--port", str(self.port), "--database-url", url],
                                     cwd=ROOT, stdout=self.log, stderr=self.log)
        for _ in range(900):
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError(f"server did not start: {(work / 'server.log').read_text()[-2000:]}")

    def cpu(self) -> float:
        """The server process's CPU seconds so far (user + system)."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)
        self.log.close()


class Window:
    """A shown window on the GUI thread with a 10 ms timer: its longest gap while a sync runs on the pool."""

    def __init__(self):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QLabel

        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        self.label = QLabel("sync benchmark")
        self.label.resize(400, 100)
        self.label.show()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.stage, self.stalls = "", {}

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        if self.gaps[-1] > STALL_GOAL_MS / 1000:
            self.stalls[self.stage] = max(self.stalls.get(self.stage, 0.0), self.gaps[-1] * 1000)
        self.last = now

    def _stage(self, stage: str) -> None:
        self.stage = stage

    def idle(self, seconds: float) -> float:
        """The floor: the longest gap with nothing running."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        self.gaps, self.last = [], time.perf_counter()
        self.timer.start()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        self.timer.stop()
        return max(self.gaps) * 1000

    def sync(self, ctx, url: str, bound: float, **kwargs):
        """(result or None when it gave up, wall s, client CPU s, longest gap ms, gaps over 50 ms, stage ends)."""
        from PySide6.QtCore import QEventLoop, QThreadPool, QTimer

        from ui.sync_controller import _SyncJob

        cancel = threading.Event()
        job = _SyncJob(ctx, url, kwargs.get("username"), kwargs.get("password"), cancel)
        job.setAutoDelete(False)
        outcome: dict = {}
        marks: dict[str, float] = {}
        loop = QEventLoop()
        job.signals.done.connect(lambda result: (outcome.setdefault("result", result), loop.quit()))
        job.signals.error.connect(lambda kind, message: (outcome.setdefault("error", (kind, message)), loop.quit()))
        job.signals.progress.connect(lambda stage, done, total: (marks.setdefault(stage, time.perf_counter()), self._stage(stage)))
        self.stage, self.stalls = "start", {}
        bound_timer = QTimer()
        bound_timer.setSingleShot(True)
        bound_timer.timeout.connect(cancel.set)
        bound_timer.start(int(bound * 1000))
        self.gaps, self.last = [], time.perf_counter()
        import gc

        pauses, began = [], {}

        def collector(phase, info):  # every garbage collection's pause (it holds the GIL): the window waits for it
            if phase == "start":
                began["at"] = time.perf_counter()
            elif "at" in began:
                pauses.append((time.perf_counter() - began.pop("at")) * 1000)
        gc.callbacks.append(collector)
        cpu, start = time.process_time(), time.perf_counter()
        self.timer.start()
        QThreadPool.globalInstance().start(job)
        loop.exec()
        wall = time.perf_counter() - start
        gc.callbacks.remove(collector)
        self.timer.stop()
        bound_timer.stop()
        QThreadPool.globalInstance().waitForDone()
        if "error" in outcome and outcome["error"][0] != "cancelled":
            raise RuntimeError(f"sync failed: {outcome['error']}")
        longest = max(self.gaps, default=0.0) * 1000
        over = sum(1 for g in self.gaps if g > STALL_GOAL_MS / 1000)
        where = ", ".join(f"{stage} {ms:.0f}" for stage, ms in sorted(self.stalls.items(), key=lambda kv: -kv[1]))
        collections = f"; {len(pauses)} garbage collections, longest {max(pauses, default=0):.0f} ms"
        return (outcome.get("result"), wall, time.process_time() - cpu, longest,
                f"{over} gaps > 50 ms{'; longest per stage: ' + where if where else ''}{collections}",
                {k: v - start for k, v in marks.items()})


def bare_pull(url: str, username: str, password: str) -> tuple[float, int, int]:
    """The floor of an initial sync: every page over raw HTTP, read and thrown away (wall s, pages, bytes)."""
    import httpx

    from app.sync.protocol import API_PREFIX

    with httpx.Client(base_url=url + API_PREFIX, timeout=120) as client:
        token = client.post("/sign-in", json={"username": username, "password": password, "device_id": "bench-floor-" + uuid.uuid4().hex[:8],
                                              "device_name": "bench floor"}).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        start = time.perf_counter()
        cursor, pages, size = 0, 0, 0
        while True:
            response = client.get("/pull", params={"after": cursor, "limit": 2500}, headers=headers)
            response.raise_for_status()
            body = response.content
            size += len(body)
            pages += 1
            # the cursor and has_more without decoding the page: they are the body's last fields
            tail = body[-200:].decode()
            cursor = int(tail.rsplit('"next_cursor":', 1)[1].split(",", 1)[0])
            if '"has_more":true' not in tail:
                break
        return time.perf_counter() - start, pages, size


def verdict(value: float, goal: float) -> str:
    return "met" if value <= goal else "NOT met"


def run(backend: str, participants: int, bound: float, window: Window) -> list[tuple[str, str]]:
    from bench.demo_profile import PASSPHRASE, PASSWORD, _no_keyring, ensure_profile
    from sqlalchemy import create_engine, func, select, text

    from app.profile import create_profile, open_profile
    from app.server import store
    from app.server.tables import make_engine
    from app.services import participants as people
    from db.models import OutboxEntry

    _no_keyring()
    source = ensure_profile(participants)
    work = Path(tempfile.mkdtemp(prefix=f"fieldplan-bench-sync-{backend}-"))
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
            admin.dispose()
    shutil.copytree(source, work / "hq", ignore=shutil.ignore_patterns("complete", "logs", "backups"))
    engine = make_engine(url)
    store.init_db(engine)
    server = Server(url, work)
    figures: list[tuple[str, str]] = []

    def add(label: str, value: str) -> None:
        figures.append((label, f"{value}   [{load_average()}]"))
        print(f"{label:<44} {figures[-1][1]}", flush=True)

    try:
        floor_gap = window.idle(2.0)
        add("window idle (floor): longest timer gap", f"{floor_gap:.0f} ms")
        hq = open_profile(work / "hq", PASSPHRASE)
        ctx = hq.as_user("admin")
        store.add_account(engine, "admin", PASSWORD, "administrator", account_id=ctx.user.id)
        with hq.session() as s:
            outbox = s.scalar(select(func.count()).select_from(OutboxEntry)) or 0
        server_cpu = server.cpu()
        if participants > 2000:  # a derived caseload has no outbox of its own: send every row as for a restored server
            from app.sync.client import SyncResult, _Run, _sign_in
            from app.sync.transport import Server as Remote, load_token

            remote = Remote(server.url, load_token(hq, server.url))
            _sign_in(hq, remote, "admin", PASSWORD)
            seeded = _Run(hq, remote, SyncResult(), lambda *_: None, None, 500, 2500)
            start, cpu = time.perf_counter(), time.process_time()
            seeded.reupload(remote.health().epoch)
            remote.close()
            add("headquarters: every row sent (reupload)",
                f"{seeded.result.pushed:,} rows in {time.perf_counter() - start:.1f} s, client CPU {time.process_time() - cpu:.1f} s")
        result, wall, cpu, gap, over, marks = window.sync(ctx, server.url, bound, password=PASSWORD)
        if result is None:
            add("headquarters: FULL first sync", f"gave up after {wall:.0f} s (bound {bound:.0f} s)")
            return figures
        push_end = marks.get("files", wall)  # the first "files" stage starts when every push batch is acknowledged
        add("headquarters: FULL first sync (push + back)",
            f"{wall:.1f} s: pushed {result.pushed:,} ({outbox:,} outbox rows) in {push_end:.1f} s, then pulled back {result.pulled:,} "
            f"(applied {result.applied:,}); client CPU {cpu:.1f} s, server CPU {server.cpu() - server_cpu:.1f} s")
        add("  window during it: longest stall", f"{gap:.0f} ms ({over}; floor {floor_gap:.0f} ms) goal ≤ 50 ms: "
            f"{verdict(gap, STALL_GOAL_MS)}")

        floor, pages, size = bare_pull(server.url, "admin", PASSWORD)
        add("raw HTTP pull of the whole scope (floor)", f"{floor:.1f} s, {pages} pages, {size / 1e6:.0f} MB")

        laptop = create_profile(work / "laptop", "admin", PASSWORD, passphrase=PASSPHRASE)
        lctx = laptop.as_user("admin")
        server_cpu = server.cpu()
        result, wall, cpu, gap, over, _ = window.sync(lctx, server.url, bound, username="admin", password=PASSWORD)
        if result is None:
            add("empty laptop: initial sync", f"gave up after {wall:.0f} s (bound {bound:.0f} s)")
            return figures
        add("empty laptop: initial sync",
            f"{wall:.1f} s for {result.pulled:,} rows ({wall / floor:.1f}x the raw pull); client CPU {cpu:.1f} s, server CPU "
            f"{server.cpu() - server_cpu:.1f} s; goal ≤ {INITIAL_GOAL_S:.0f} s: {verdict(wall, INITIAL_GOAL_S)}"
            + ("" if result.digest_ok else f"; DIGEST MISMATCH {result.mismatched}"))
        add("  window during it: longest stall", f"{gap:.0f} ms ({over}; floor {floor_gap:.0f} ms) goal ≤ 50 ms: "
            f"{verdict(gap, STALL_GOAL_MS)}")

        empty = [window.sync(lctx, server.url, bound)[1] for _ in range(3)]
        idle_sync = statistics.median(empty) * 1000
        add("sync with nothing to do (floor, median of 3)", f"{idle_sync:.0f} ms")
        rows = people.list_caseload(ctx)
        senders, receivers, gaps = [], [], []
        for round_ in range(3):
            for i, row in enumerate(rows[round_ * 10:(round_ + 1) * 10]):
                people.update_participant(ctx, row.id, phone=f"555-{round_}1{i:02d}")
            result, wall, _, gap, _, _ = window.sync(ctx, server.url, bound)
            senders.append((wall * 1000, result.pushed))
            gaps.append(gap)
            result, wall, _, gap, _, marks = window.sync(lctx, server.url, bound)
            receivers.append((wall * 1000, result.pulled))
            gaps.append(gap)
            stages = ", ".join(f"{k} {v * 1000:.0f}" for k, v in sorted(marks.items(), key=lambda kv: kv[1]))
        add("  receiver's stages began at (ms), last round", stages)
        for label, values in (("incremental sync (10 records), sender", senders), ("incremental sync (10 records), receiver", receivers)):
            ms = statistics.median(v[0] for v in values)
            add(label, f"median {ms:.0f} ms of {', '.join(f'{v[0]:.0f}' for v in values)} (moved {values[0][1]} rows each; "
                f"{ms / idle_sync:.1f}x the empty sync) goal ≤ {INCREMENTAL_GOAL_MS:.0f} ms: {verdict(ms, INCREMENTAL_GOAL_MS)}")
        add("  window during them: longest stall", f"{max(gaps):.0f} ms goal ≤ 50 ms: {verdict(max(gaps), STALL_GOAL_MS)}")
        hq.close()
        laptop.close()
    finally:
        server.stop()
        engine.dispose()
        if drop:
            drop()
        shutil.rmtree(work, ignore_errors=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sync", description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--bound", type=float, default=600.0, help="seconds after which a sync is cancelled (default 600)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    window = Window()
    print(f"bench.sync --participants {args.participants}: {os.cpu_count()} cores, {load_average()}", flush=True)
    for backend in (("sqlite", "postgresql") if args.backend == "both" else (args.backend,)):
        print(f"\n== {backend} server ==", flush=True)
        run(backend, args.participants, args.bound, window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
