"""The page's sign-in throttle lives in the database: failures counted by two server processes on the same
database (SQLite and PostgreSQL) add up, and both then refuse the account."""
from __future__ import annotations

import httpx

from tests.server.conftest import ServerProcess
from tests.server.participant_helpers import mail_server, mailbox, smtp_settings  # noqa: F401 - fixtures
from tests.server.test_participant_side import EMAIL, csrf_of, invited, plan_with_service


def attempt(base: str, password: str) -> httpx.Response:
    with httpx.Client(base_url=base) as client:
        form = client.get("/p/sign-in")
        return client.post("/p/sign-in", data={"csrf": csrf_of(form), "email": EMAIL, "password": password})


def test_failed_sign_ins_on_two_server_processes_add_up(mail_server, net, mailbox, tmp_path):
    carla, pid, _goal, _service = plan_with_service(net)
    invited(net, carla, pid, mailbox).close()
    other = ServerProcess(net.server.database_url, tmp_path / "other.log")
    other.start()
    try:
        assert attempt(other.url, "new secret 1").status_code == 303  # the right password works on both
        for base in (net.server.url, net.server.url, net.server.url, other.url, other.url):
            wrong = attempt(base, "wrong guess")
            assert wrong.status_code == 200 and "Wrong email or password" in wrong.text
        for base in (net.server.url, other.url):
            blocked = attempt(base, "new secret 1")
            assert blocked.status_code == 429 and "Too many attempts to sign in" in blocked.text
        [row] = net.server.rows("srv_throttle", f"WHERE key = 'page-sign-in:u:{EMAIL}'")
        assert row["failures"] == 5
    finally:
        other.kill()
        other.engine.dispose()
