"""The participant's page is rendered once per change of the plan (app/server/participant/cache.py): a change that
reaches the server — through this process or another one on the same database — shows at the next view; pages
are never kept by a browser or proxy (Cache-Control: no-store); the cached text never carries another session's
CSRF token."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from app.server.cli import publish_account
from app.services import goals
from app.sync.client import sync
from tests.server.conftest import ROOT, ServerProcess
from tests.server.participant_helpers import mail_server, mailbox, smtp_settings  # noqa: F401 - fixtures
from tests.server.test_participant_side import csrf_of, invited, plan_with_service


def test_a_cached_page_follows_changes_made_through_another_server_process(mail_server, net, mailbox, tmp_path):
    carla, pid, goal, _service = plan_with_service(net)
    client = invited(net, carla, pid, mailbox)
    first, again = client.get("/p/"), client.get("/p/")
    assert "Earn a CDL Class A license" in first.text and again.text == first.text
    assert "csrf-slot-" not in again.text and csrf_of(again) == csrf_of(first)

    # a second process on the same database, the page viewed there too (both keep a copy)
    other = ServerProcess(net.server.database_url, tmp_path / "other.log")
    other.start()
    try:
        there = httpx.Client(base_url=other.url, cookies=client.cookies)
        assert "Earn a CDL Class A license" in there.get("/p/").text

        goals.update_goal(carla, goal.id, statement="Drive a city bus")
        sync(carla, net.server.url)  # reaches the first process only
        for page in (there.get("/p/"), client.get("/p/")):
            assert page.status_code == 200 and "Drive a city bus" in page.text and "Earn a CDL Class A license" not in page.text

        # a change outside any plan (the planner's name, published by the server) makes every copy stale
        publish_account(net.server.engine, carla.user.id, "carla", "caseworker", full_name="Carla Planner",
                        organization_id=carla.user.organization_id)
        for page in (there.get("/p/"), client.get("/p/")):
            assert "Carla Planner" in page.text and "Carla Caseworker" not in page.text
    finally:
        other.kill()
        other.engine.dispose()


def test_participant_pages_are_never_stored_by_a_browser_or_proxy(mail_server, net, mailbox):
    carla, pid, _goal, _service = plan_with_service(net)
    client = invited(net, carla, pid, mailbox)
    for response in (client.get("/p/"), client.get("/p/?signed=1"), client.get("/p/sign-in"), client.get("/p/reset"),
                     client.get("/p/invite/not-a-token"), httpx.get(net.server.url + "/p/", follow_redirects=False)):
        assert response.headers["cache-control"] == "no-store", response.request.url
    sign_out = client.post("/p/sign-out", data={"csrf": csrf_of(client.get("/p/"))})
    assert sign_out.status_code == 303 and sign_out.headers["cache-control"] == "no-store"
    # the copy of the page another session left in the cache is not served to a signed-out client
    assert client.get("/p/", follow_redirects=False).headers["location"] == "/p/sign-in"


def test_serve_runs_several_worker_processes_on_postgresql_only(server, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if server.database_url.startswith("sqlite"):
        refused = subprocess.run([sys.executable, "-m", "app.server.cli", "serve", "--workers", "2", "--database-url", server.database_url],
                                 cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert refused.returncode != 0 and "several worker processes need PostgreSQL" in refused.stderr
        return
    several = ServerProcess(server.database_url, tmp_path / "workers.log")
    several.start(FIELDPLAN_SERVER_WORKERS="2")
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(children(several.proc.pid)) < 2:
            time.sleep(0.2)
        assert len(children(several.proc.pid)) == 2
        answers = {httpx.get(several.url + "/api/v1/health").json()["epoch"] for _ in range(20)}
        assert answers == {httpx.get(server.url + "/api/v1/health").json()["epoch"]}
    finally:
        workers = children(several.proc.pid)
        several.kill()
        for pid in workers:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        several.engine.dispose()


def children(pid: int) -> list[int]:
    """The worker processes uvicorn spawned (not multiprocessing's resource tracker)."""
    try:
        found = [int(c) for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()]
        return [c for c in found if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
    except FileNotFoundError:
        return []
