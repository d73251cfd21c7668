"""What a device receives: every committed change (even under concurrent pushes), no secrets, its scope."""
from __future__ import annotations

import threading
import time

from tests.conftest import PASSWORD
from tests.server.raw import RawDevice, op


def test_pollers_never_skip_a_change_committed_while_they_poll(net):
    person = op("participant", {"first_name": "Ana", "last_name": "Ruiz", "organization_id": net.world.org_a.id})
    RawDevice(net.server.url, "carla").receipts(person)
    stop, pushed_all = threading.Event(), threading.Event()
    pushed: list[str] = []
    held: list[set[str]] = [set() for _ in range(5)]
    errors: list[str] = []

    def pusher() -> None:
        device = RawDevice(net.server.url, "carla")
        while not stop.is_set():
            notes = [op("case_note", {"contact_date": "2026-01-05", "subject": "Call", "participant_id": person["row_id"]}) for _ in range(5)]
            if device.push(*notes).status_code != 200:
                errors.append("push failed")
            pushed.extend(n["row_id"] for n in notes)

    def poller(mine: set[str]) -> None:
        device = RawDevice(net.server.url, "carla")
        cursor = 0
        while True:
            done = pushed_all.is_set()  # read before the pull: the last pull starts after every push returned
            page = device.get("/pull", after=cursor, limit=200).json()
            mine.update(c["row"]["id"] for c in page["changes"] if c["table_name"] == "case_note")
            cursor = page["next_cursor"]
            if done and not page["has_more"]:
                return

    pushers = [threading.Thread(target=pusher) for _ in range(3)]
    for thread in pushers:
        thread.start()
    pollers = [threading.Thread(target=poller, args=(mine,)) for mine in held]
    for thread in pollers:
        thread.start()
    time.sleep(15)
    stop.set()
    for thread in pushers:
        thread.join()
    pushed_all.set()
    for thread in pollers:
        thread.join()
    assert not errors and len(pushed) > 100
    assert [len(set(pushed) - mine) for mine in held] == [0] * len(held)


def test_devices_get_no_password_hashes_and_only_the_users_they_need(net):
    from app.server.cli import publish_account

    net.server.account("pat", "participant", "01000000-0000-7000-8000-0000000000aa")
    net.server.account("stranger", "caseworker", "01000000-0000-7000-8000-0000000000bb", net.world.org_b.id)
    with net.server.engine.begin() as conn:  # an old server had copied hashes into the replica
        conn.exec_driver_sql("UPDATE app_user SET password_hash = 'argon2id$secret'")
    publish_account(net.server.engine, "01000000-0000-7000-8000-0000000000cc", "newcomer", "caseworker",
                    organization_id=net.world.org_a.id)
    for username in ("carla", "pat", "admin"):
        rows = RawDevice(net.server.url, username).pull_all()
        users = {row["username"]: row for (table, _), row in rows.items() if table == "app_user"}
        assert all(row["password_hash"] == "" for row in users.values()), username
        assert users or username == "pat", username  # a participant account pulls its own plan only (issue 14)
        if username == "carla":  # her organization's staff and the administrators; not org B's, not participants
            assert {"carla", "admin", "newcomer", "pam"} <= set(users) and not {"bob", "stranger", "pat"} & set(users)
        if username == "pat":
            assert users == {}
    digest = RawDevice(net.server.url, "carla").get("/digest").json()["counts"]
    assert digest["app_user"] == len([1 for (table, _) in RawDevice(net.server.url, "carla").pull_all() if table == "app_user"])


def test_scope_lists_the_participants_a_device_may_hold(net):
    carla, bob = RawDevice(net.server.url, "carla"), RawDevice(net.server.url, "bob")
    mine = op("participant", {"first_name": "Ana", "last_name": "Ruiz", "organization_id": net.world.org_a.id})
    theirs = op("participant", {"first_name": "Bo", "last_name": "Lee", "organization_id": net.world.org_b.id})
    carla.receipts(mine)
    bob.receipts(theirs)
    scope = carla.get("/scope").json()
    assert mine["row_id"] in scope["participants"] and theirs["row_id"] not in scope["participants"] and scope["epoch"]
    admin = RawDevice(net.server.url, "admin")  # the administrator moves Ana to organization B
    moved = op("participant", {"organization_id": net.world.org_b.id}, row_id=mine["row_id"], kind="update",
               base={"organization_id": net.world.org_a.id})
    assert admin.receipts(moved)[0]["status"] == "applied"
    assert mine["row_id"] not in carla.get("/scope").json()["participants"]
    assert mine["row_id"] in bob.get("/scope").json()["participants"]
    assert carla.client.get(f"{carla.url}/scope", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert PASSWORD  # the accounts above signed in with the shared test password
