"""A real sync server in a subprocess on 127.0.0.1 (SQLite and PostgreSQL), and devices that sync with it.

PostgreSQL must be reachable (127.0.0.1:5432, trust auth, or FIELDPLAN_TEST_DATABASE_URL): when it
is not, the PostgreSQL half of the suite FAILS rather than skips (.ci/run starts it).
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
PG_ADMIN_URL = os.environ.get("FIELDPLAN_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerProcess:
    """`fieldplan-server serve` on a free port; can be killed and restarted over the same database."""

    def __init__(self, database_url: str, log_path: Path):
        self.database_url = database_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None
        from app.server import store
        from app.server.tables import make_engine

        self.engine = make_engine(database_url)
        store.init_db(self.engine)

    def start(self, **env) -> None:
        environment = {**os.environ, "PYTHONPATH": str(ROOT), **env}
        with open(self.log_path, "ab") as log:
            command = ["tests.server.faulty_server"] if "FIELDPLAN_SERVER_CRASH" in env else ["app.server.cli", "serve"]
            self.proc = subprocess.Popen([sys.executable, "-m", *command, "--host", "127.0.0.1", "--port", str(self.port),
                                          "--database-url", self.database_url], cwd=ROOT, env=environment, stdout=log, stderr=log)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-2000:]}")
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        if self.proc:
            self.proc.wait(10)

    def restart(self, **env) -> None:
        self.kill()
        self.start(**env)

    def account(self, username: str, role: str, user_id: str, organization_id=None, region_id=None, full_name: str = "") -> None:
        from app.server import store

        from app.server.cli import publish_account

        store.add_account(self.engine, username, PASSWORD, role, organization_id=organization_id, region_id=region_id, account_id=user_id)
        publish_account(self.engine, user_id, username, role, full_name=full_name, organization_id=organization_id, region_id=region_id)

    def rows(self, table: str, where: str = "") -> list[dict]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(text(f"SELECT * FROM {table} {where}"))]


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request, tmp_path):
    if request.param == "sqlite":
        url, drop = f"sqlite:///{tmp_path / 'server.db'}", None
    else:
        name = f"fieldplan_test_{uuid.uuid4().hex[:12]}"
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:  # fails (never skips) when PostgreSQL is not reachable
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name

        def drop():
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    proc = ServerProcess(url, tmp_path / "server.log")
    proc.start()
    yield proc
    proc.kill()
    proc.engine.dispose()
    if drop:
        drop()


class Net:
    """The headquarters device (an administrator who set up the world) and the field devices."""

    def __init__(self, server: ServerProcess, tmp_path: Path, world):
        from app.sync.client import sync

        self.server, self.tmp_path, self.world = server, tmp_path, world
        self.hq = world.admin
        for ctx in (world.admin, world.carla, world.bob, world.pam):
            server.account(ctx.user.username, ctx.user.role, ctx.user.id, ctx.user.organization_id, ctx.user.region_id, ctx.user.full_name)
        sync(self.hq, server.url, password=PASSWORD)
        self.workspaces = []

    def device(self, username: str, name: str | None = None):
        """A fresh laptop: its own profile (with its own bootstrap admin), signed in as `username`, synced."""
        from app.profile import create_profile
        from app.sync.client import sync

        ws = create_profile(self.tmp_path / (name or f"{username}-{len(self.workspaces)}"), "admin", PASSWORD)
        self.workspaces.append(ws)
        sync(ws, self.server.url, username=username, password=PASSWORD)
        return ws.as_user(username)


@pytest.fixture
def net(server, tmp_path, world):
    network = Net(server, tmp_path, world)
    yield network
    for ws in network.workspaces:
        ws.close()
