"""Interruptions, skewed clocks, scope, tokens and bad input against a real server process."""
from __future__ import annotations

import time

import httpx
import pytest
from sqlalchemy import func, select

from app.services import documents, participants
from app.sync import rejected
from app.sync.client import SignInNeeded, SyncCancelled, SyncError, sync
from app.sync.transport import ServerUnreachable
from db.hlc import HybridClock
from db.models import Conflict, OutboxEntry, Participant, UpdateLogEntry
from tests.conftest import PASSWORD
from tests.server.helpers import conflicts, device_rows, server_rows


def count(ctx, model, *where) -> int:
    with getattr(ctx, "workspace", ctx).session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


@pytest.mark.parametrize("moment", ["before-commit", "after-commit"])
def test_server_killed_in_the_middle_of_a_push_loses_and_duplicates_nothing(net, moment):
    carla = net.device("carla")
    ids = {net.world.participant(carla, individual_number=f"2000{i}", last_name=f"García {i}").id for i in range(30)}
    net.server.restart(FIELDPLAN_SERVER_CRASH=f"{moment}:2")  # dies during the second batch
    with pytest.raises(ServerUnreachable):
        sync(carla, net.server.url, batch_size=10)
    assert count(carla, OutboxEntry) == 20  # what the server never acknowledged is still here
    net.server.restart()
    sync(carla, net.server.url, batch_size=10)
    assert count(carla, OutboxEntry) == 0
    on_server = [r for r in net.server.rows("participant") if r["id"] in ids]
    assert len(on_server) == 30
    assert len({r["id"] for r in net.server.rows("update_log")}) == len(net.server.rows("update_log"))
    assert device_rows(carla) == server_rows(net.server)
    assert net.server.rows("conflict") == []  # a replayed op is not a conflict with itself


def test_client_interrupted_in_the_middle_of_a_pull_resumes_without_loss(net):
    carla = net.device("carla")
    for i in range(25):
        net.world.participant(carla, individual_number=f"3000{i}", last_name=f"Pérez {i}")
    sync(carla, net.server.url)

    from app.profile import create_profile

    ws = create_profile(net.tmp_path / "pam-laptop", "admin", PASSWORD)
    net.workspaces.append(ws)

    def explode(stage, done, total):  # after a committed page that brought some participants
        if stage == "pull" and count(ws, Participant) >= 5:
            raise RuntimeError("laptop lid closed")

    with pytest.raises(RuntimeError):
        sync(ws, net.server.url, username="pam", password=PASSWORD, progress=explode, page_size=20)
    partial = count(ws, Participant)
    assert 0 < partial < 25
    cancelled = {"calls": 0}

    def cancel():
        cancelled["calls"] += 1
        return cancelled["calls"] > 2

    with pytest.raises(SyncCancelled):
        sync(ws, net.server.url, cancel=cancel, page_size=7)
    sync(ws, net.server.url, page_size=20)
    pam_ws_ctx = ws.as_user("pam")
    assert device_rows(pam_ws_ctx) == device_rows(carla) == server_rows(net.server)
    assert count(pam_ws_ctx, UpdateLogEntry) == len(net.server.rows("update_log"))  # no duplicates, none missing
    assert count(pam_ws_ctx, OutboxEntry) == 0  # applying pulled rows wrote no ops of its own


def test_a_device_whose_clock_is_a_day_ahead_still_converges(net):
    carla = net.device("carla")
    pid = net.world.participant(carla).id
    sync(carla, net.server.url)
    pam = net.device("pam")
    ws = pam.workspace
    ws.clock = HybridClock(ws.device_id, ws.clock.last(), now_ms=lambda: time.time_ns() // 1_000_000 + 86_400_000)
    participants.update_participant(pam, pid, city="Joliet")  # a day "later"
    sync(pam, net.server.url)
    participants.update_participant(carla, pid, city="Aurora")  # really later, but carla's clock is behind
    sync(carla, net.server.url)
    sync(pam, net.server.url)
    assert device_rows(carla) == device_rows(pam) == server_rows(net.server)
    city = participants.get_participant(carla, pid).city
    [c] = conflicts(carla)
    assert {city, c.lost_value.strip('"')} == {"Joliet", "Aurora"}
    # carla observed the skewed clock on pull: her next write orders after pam's
    participants.update_participant(carla, pid, phone="555-0777")
    sync(carla, net.server.url)
    sync(pam, net.server.url)
    assert participants.get_participant(pam, pid).phone == "555-0777"
    assert len(conflicts(pam)) == 1


def test_a_device_never_receives_a_participant_outside_its_scope(net):
    carla = net.device("carla")
    bob = net.device("bob")
    a_id = net.world.participant(carla).id
    b_id = net.world.participant(bob, first_name="Björn", individual_number="900001").id
    documents.add_document(carla, a_id, "agreement.pdf", b"%PDF-1.4 signed", kind="Signed agreement")
    for ctx in (carla, bob, carla, bob):
        sync(ctx, net.server.url)
    assert set(device_rows(bob)) == {b_id}
    assert a_id not in device_rows(bob) and b_id not in device_rows(carla)
    with bob.read() as s:
        assert s.scalar(select(func.count()).select_from(UpdateLogEntry).where(UpdateLogEntry.participant_id == a_id)) == 0
    pam = net.device("pam")  # program manager of North: org A, not org B
    assert a_id in device_rows(pam) and b_id not in device_rows(pam)
    assert documents.open_document(pam, documents.list_documents(pam, a_id)[0].id) == b"%PDF-1.4 signed"  # blob went by hash


def test_pushing_a_participant_outside_your_scope_is_rejected_alone_and_nothing_of_it_is_written(net):
    carla = net.device("carla")
    before = len(net.server.rows("participant"))
    local_admin = carla.workspace.as_user("admin")  # the laptop's own administrator can do anything locally
    net.world.participant(local_admin, organization_id=net.world.org_b.id, individual_number="777777")
    net.world.participant(carla, individual_number="777778")
    # issue 10 item 2: the refused op is set aside with the server's reason; the rest of the outbox syncs
    result = sync(carla, net.server.url)
    assert result.rejected >= 1
    numbers = [r["individual_number"] for r in net.server.rows("participant")]
    assert "777777" not in numbers and "777778" in numbers and len(numbers) == before + 1
    assert count(carla, OutboxEntry) == 0
    views = rejected.list_rejected(carla)
    assert views and all("outside your caseload" in v.reason for v in views)


def test_malformed_input_gets_a_4xx_with_a_message(net):
    token = httpx.post(f"{net.server.url}/api/v1/sign-in", json={"username": "carla", "password": PASSWORD, "device_id": "x"}).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    op = {"change_id": "c1", "table_name": "participant", "row_id": "r1", "op": "insert", "fields": {}, "hlc": "1-0-x", "device_id": "x"}
    answer = httpx.post(f"{net.server.url}/api/v1/push", json={"ops": [op]}, headers=headers)
    assert answer.status_code == 422 and "hlc" in answer.json()["detail"]
    op.update(hlc="000000000000001-00000-x", fields={"shoe_size": 9})
    answer = httpx.post(f"{net.server.url}/api/v1/push", json={"ops": [op]}, headers=headers)
    assert answer.status_code == 200 and "shoe_size" in answer.json()["receipts"][0]["reason"]
    answer = httpx.post(f"{net.server.url}/api/v1/push", json={"ops": [{"change_id": "c2"}]}, headers=headers)
    assert answer.status_code == 422
    assert httpx.get(f"{net.server.url}/api/v1/pull", params={"limit": 0}, headers=headers).status_code == 422
    assert httpx.get(f"{net.server.url}/api/v1/pull").status_code == 401
    assert net.server.rows("srv_receipt", "WHERE change_id IN ('c1', 'c2')") == []
    assert "/api/v1/push" in httpx.get(f"{net.server.url}/openapi.json").json()["paths"]


def test_a_revoked_token_gets_a_clear_401(net):
    from app.server import store

    carla = net.device("carla")
    store.revoke(net.server.engine, username="carla")
    net.world.participant(carla)
    with pytest.raises(SignInNeeded, match="revoked"):
        sync(carla, net.server.url)
    assert count(carla, OutboxEntry) > 0
    result = sync(carla, net.server.url, password=PASSWORD)  # signing in again gives a new token
    assert result.pushed > 0 and count(carla, OutboxEntry) == 0


def test_wrong_password_and_unreachable_server_are_sync_errors(net, tmp_path):
    from app.profile import create_profile

    ws = create_profile(tmp_path / "new-laptop", "admin", PASSWORD)
    net.workspaces.append(ws)
    with pytest.raises(SignInNeeded, match="Wrong user name or password"):
        sync(ws, net.server.url, username="carla", password="not-the-password")
    with pytest.raises(ServerUnreachable, match="Cannot reach the sync server"):
        sync(ws, "http://127.0.0.1:9", username="carla", password=PASSWORD)
    assert issubclass(ServerUnreachable, SyncError)


def test_a_new_server_epoch_makes_devices_upload_again(net):
    from app.server import store
    from app.server.tables import REPLICAS

    carla = net.device("carla")
    pid = net.world.participant(carla).id
    sync(carla, net.server.url)
    with net.server.engine.begin() as conn:  # "restore an old backup": the participant is gone
        conn.execute(REPLICAS["participant"][0].delete().where(REPLICAS["participant"][0].c.id == pid))
    store.new_epoch(net.server.engine)
    result = sync(carla, net.server.url)
    assert result.reuploaded
    assert pid in server_rows(net.server)
    assert count(carla, Conflict) == 0


def test_a_caseworker_device_cannot_change_another_users_account(net):
    from db.models import User

    carla = net.device("carla")
    local_admin = carla.workspace.as_user("admin")
    with carla.workspace.session() as s:
        other = s.scalars(select(User.id).where(User.id.not_in([carla.user.id, local_admin.user.id]))).first()
    assert other is not None
    with local_admin.write() as rec:  # the laptop's own administrator edits a colleague (e.g. to spread a password)
        rec.update(rec.session.get(User, other), {"phone": "555-6666", "role": "administrator"})
    before = net.server.rows("app_user", f"WHERE id = '{other}'")
    assert count(carla, OutboxEntry) == 0  # accounts never enter the outbox: only the server's administrators change them
    result = sync(carla, net.server.url)
    assert result.rejected == 0 and rejected.list_rejected(carla) == []
    assert net.server.rows("app_user", f"WHERE id = '{other}'") == before