"""The server trusts no device: every pushed op is checked on its own (raw HTTP, real server, both backends)."""
from __future__ import annotations

import json

import pytest

from app.sync.client import sync
from tests.server.raw import RawDevice, op


@pytest.fixture
def carla_raw(net):
    device = RawDevice(net.server.url, "carla")
    yield device
    device.close()


def participant(org_id: str, **fields) -> dict:
    return op("participant", {"first_name": "Ana", "last_name": "Ruiz", "organization_id": org_id, **fields})


def test_a_bad_row_is_rejected_alone_and_every_device_still_syncs(net, carla_raw):
    person = participant(net.world.org_a.id)
    pid = person["row_id"]
    goal = {"statement": "Get a CDL", "category": "Career Plan", "participant_id": pid}
    note = {"contact_date": "2026-01-05", "subject": "Intake call", "participant_id": pid, "delivery": "Saved only"}
    ops = [person,
           op("goal", {**goal, "participant_id": None}),            # NOT NULL on every laptop
           op("goal", {**goal, "statement": None}),
           op("goal", {**goal, "category": "Whatever"}),            # not one of the enum
           op("case_note", {**note, "subject": "x" * 300}),         # VARCHAR(200) on PostgreSQL
           op("participant", {"first_name": "A\x00na", "last_name": "R" * 101, "organization_id": net.world.org_a.id}),
           op("case_note", {**note, "subject": {"a": 1}}),          # a dict in a text column
           op("goal", goal), op("case_note", note)]
    receipts = carla_raw.receipts(*ops)
    assert [r["status"] for r in receipts] == ["applied"] + ["rejected"] * 6 + ["applied", "applied"]
    fields = [sorted(e["field"] for e in r["errors"]) for r in receipts[1:7]]
    assert fields == [["participant_id"], ["statement"], ["category"], ["subject"], ["first_name", "last_name"], ["subject"]]
    assert "Subject must be at most 200 characters (it has 300)" in receipts[4]["reason"]
    assert "NUL" in receipts[5]["reason"]
    assert {r["id"] for r in net.server.rows("goal")} == {ops[7]["row_id"]}
    assert {r["id"] for r in net.server.rows("case_note")} == {ops[8]["row_id"]}
    assert net.server.rows("srv_receipt", f"WHERE change_id = '{ops[1]['change_id']}'") == []
    sync(net.hq, net.server.url)  # an administrator's laptop pulls everything: no IntegrityError
    bob = net.device("bob")
    assert sync(bob, net.server.url).digest_ok


def test_an_edit_is_checked_as_the_row_would_be_after_it(net, carla_raw):
    person = participant(net.world.org_a.id)
    goal = op("goal", {"statement": "Get a CDL", "category": "Career Plan", "participant_id": person["row_id"]})
    carla_raw.receipts(person, goal)
    emptied = op("goal", {"statement": "   "}, row_id=goal["row_id"], kind="update", base={"statement": "Get a CDL"})
    moved = op("goal", {"participant_id": None}, row_id=goal["row_id"], kind="update")
    fine = op("goal", {"statement": "Get a class A CDL"}, row_id=goal["row_id"], kind="update", base={"statement": "Get a CDL"})
    receipts = carla_raw.receipts(emptied, moved, fine)
    statuses = [r["status"] for r in receipts]
    assert statuses == ["rejected", "rejected", "applied"]
    assert net.server.rows("goal")[0]["statement"] == "Get a class A CDL"


@pytest.mark.parametrize("change", [
    {"hlc": "x"}, {"change_id": "a\x00b"}, {"base_seq": 10**30}, {"row_id": "\ud800"}, {"op": "upsert"}, {"fields": []},
])
def test_a_malformed_envelope_is_a_422_with_a_sentence(net, carla_raw, change):
    body = {"ops": [{**participant(net.world.org_a.id), **change}]}
    answer = carla_raw.client.post(f"{carla_raw.url}/push", content=json.dumps(body), headers={"Content-Type": "application/json"})
    assert answer.status_code == 422, answer.text
    assert isinstance(answer.json()["detail"], str) and answer.json()["detail"].endswith(".")
    assert net.server.rows("participant", "WHERE first_name = 'Ana'") == []


def test_odd_values_in_fields_are_rejected_not_500(net, carla_raw):
    pid = participant(net.world.org_a.id)
    carla_raw.receipts(pid)
    odd = [{"wage_goal": 10**30}, {"wage_goal": "NaN"}, {"first_name": "\ud800x"}, {"first_name": ["A"]},
           {"birth_date": "yesterday"}, {"needs_agreement": "yes"}, {"shoe_size": 9}]
    ops = [op("participant", fields, row_id=pid["row_id"], kind="update") for fields in odd]
    body = json.dumps({"ops": ops})  # ensure_ascii: a lone surrogate travels as \ud800
    answer = carla_raw.client.post(f"{carla_raw.url}/push", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 200, answer.text
    receipts = answer.json()["receipts"]
    assert [r["status"] for r in receipts] == ["rejected"] * len(odd)
    assert [r["errors"][0]["field"] for r in receipts] == ["wage_goal", "wage_goal", "first_name", "first_name", "birth_date",
                                                           "needs_agreement", "shoe_size"]


@pytest.mark.parametrize("query", [{"after": 10**30}, {"after": -1}, {"limit": 0}, {"after": "x"}])
def test_a_bad_pull_is_a_422_with_a_sentence(carla_raw, query):
    answer = carla_raw.get("/pull", **query)
    assert answer.status_code == 422 and answer.json()["detail"].startswith("The request is malformed")


def test_unknown_table_is_rejected_alone(net, carla_raw):
    receipts = carla_raw.receipts(op("nope", {}), participant(net.world.org_a.id))
    assert [r["status"] for r in receipts] == ["rejected", "applied"]
    assert "Unknown table “nope”" in receipts[0]["reason"]


def test_accounts_roles_and_scope_are_never_written_by_a_push(net, carla_raw):
    forged = op("app_user", {"username": "boss", "role": "administrator", "password_hash": "argon2id$mine", "full_name": "Boss"})
    promoted = op("app_user", {"role": "administrator"}, row_id=net.world.carla.user.id, kind="update", base={"role": "caseworker"})
    receipts = carla_raw.receipts(forged, promoted)
    assert [r["status"] for r in receipts] == ["rejected", "rejected"]
    assert "only by the server's administrators" in receipts[0]["reason"]
    assert not net.server.rows("app_user", "WHERE username = 'boss'")
    assert net.server.rows("app_user", f"WHERE id = '{net.world.carla.user.id}'")[0]["role"] == "caseworker"
    admin = RawDevice(net.server.url, "admin")  # not even an administrator's laptop: the admin CLI only
    assert admin.receipts(op("app_user", {"username": "boss2", "role": "administrator"}))[0]["status"] == "rejected"


def test_each_table_has_its_rule_for_every_op(net, carla_raw):
    net.server.account("pat", "participant", "01000000-0000-7000-8000-0000000000aa")
    pat, bob = RawDevice(net.server.url, "pat"), RawDevice(net.server.url, "bob")
    employer = op("employer", {"name": "Acme", "organization_id": net.world.org_a.id})
    person = participant(net.world.org_a.id)
    assert [r["status"] for r in carla_raw.receipts(employer, person)] == ["applied", "applied"]
    item = net.server.rows("catalog_item")[0]
    rename = {"name": "Renamed"}
    attempts = [
        (pat, op("catalog_item", rename, row_id=item["id"], kind="update", base={"name": item["name"]})),
        (pat, op("employer", rename, row_id=employer["row_id"], kind="update", base={"name": "Acme"})),
        (pat, op("job", {"worksite_id": "w1", "title": "Cook"})),
        (carla_raw, op("catalog_item", rename, row_id=item["id"], kind="update", base={"name": item["name"]})),
        (carla_raw, op("employer", {"deleted": True}, row_id=employer["row_id"], kind="delete")),
        (carla_raw, op("organization", {"name": "Mine now"}, row_id=net.world.org_b.id, kind="update")),
        (bob, op("goal", {"statement": "x", "category": "Career Plan", "participant_id": person["row_id"]})),
        (bob, op("employer", rename, row_id=employer["row_id"], kind="update", base={"name": "Acme"})),
    ]
    for device, attempt in attempts:
        receipt = device.receipts(attempt)[0]
        assert receipt["status"] == "rejected" and receipt["reason"].startswith("Not allowed"), (attempt["table_name"], receipt)
    assert net.server.rows("catalog_item", f"WHERE id = '{item['id']}'")[0]["name"] == item["name"]
    assert net.server.rows("employer")[0]["name"] == "Acme" and not net.server.rows("employer")[0]["deleted"]
    resend = op("catalog_item", {"name": item["name"]}, row_id=item["id"])  # the shipped catalog again: changes nothing
    assert carla_raw.receipts(resend)[0]["status"] == "unchanged"
    pam = RawDevice(net.server.url, "pam")
    assert pam.receipts(op("catalog_item", rename, row_id=item["id"], kind="update", base={"name": item["name"]}))[0]["status"] == "applied"
