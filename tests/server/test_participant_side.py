"""Issue 14 over raw HTTP against a real server process (SQLite and PostgreSQL) and a real SMTP server:
messages queued offline are emailed once and their status comes back; the invite link sets a password; the
participant sees only their plan, signs and enters attendance, and the caseworker's laptop gets it at next sync."""
from __future__ import annotations

import base64
import datetime as dt
import json
import re
import time

import httpx

from app import domain
from app.services import attendance, goals, messages, plan_services, records, signatures, update_log
from app.sync.client import sync
from tests.conftest import PASSWORD
from tests.server.participant_helpers import body, link_in, mail_server, mailbox, smtp_settings  # noqa: F401 - fixtures

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 64).decode()
EMAIL = "jose@example.org"


def csrf_of(page: httpx.Response) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def plan_with_service(net):
    carla = net.device("carla")
    pid = net.world.participant(carla, email=EMAIL).id
    goal = net.world.goal(pid, carla)
    service = net.world.service(pid, goal.id, carla, other_provider_name="Rock River Driving School")
    plan_services.update_service(carla, service.id, status=domain.STARTED)
    return carla, pid, goal, service


def wait_status(ctx, source_id: str, status: str, url: str, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        sync(ctx, url)
        text = messages.status_text(messages.message_for(ctx, source_id))
        if text.startswith(status):
            return text
        time.sleep(0.1)
    raise AssertionError(f"status stayed {text!r}")


def invited(net, carla, pid, mailbox) -> httpx.Client:
    """Invite → email → set password through the link: a browser-like client signed in to the page."""
    messages.invite_participant(carla, pid)
    sync(carla, net.server.url)
    invite = mailbox.with_subject("Your own page in Fieldplan")
    link = link_in(invite)
    client = httpx.Client(base_url=net.server.url)
    form = client.get(link)
    assert form.status_code == 200 and "Set your password" in form.text
    done = client.post(link, data={"csrf": csrf_of(form), "password": "new secret 1", "again": "new secret 1"})
    assert done.status_code == 303 and done.headers["location"] == "/p/"
    cookie = done.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/p" in cookie and "Secure" not in cookie
    return client


def test_case_note_email_goes_out_once_and_its_status_comes_back(mail_server, net, mailbox):
    carla, pid, _goal, _service = plan_with_service(net)
    note = records.add_case_note(carla, pid, contact_date=dt.date.today().strftime("%m/%d/%Y"), subject="Your CDL class starts Monday",
                                 message="Bring your ID to the first class.", delivery="Message and email")
    assert messages.status_text(messages.message_for(carla, note.id)) == "queued (offline)"

    sync(carla, net.server.url)
    [sent] = mailbox.wait(1)
    assert (sent["To"], sent["Subject"]) == (EMAIL, "Your CDL class starts Monday")
    assert "Bring your ID to the first class." in body(sent)
    assert wait_status(carla, note.id, "sent", net.server.url) == "sent"

    sync(carla, net.server.url)  # replays nothing: the message is on the server already
    time.sleep(1.5)
    assert len(mailbox.messages) == 1
    [row] = net.server.rows("srv_delivery")
    assert (row["state"], row["attempts"]) == ("sent", 1)


def test_temporary_smtp_failures_are_retried_with_back_off(mail_server, net, mailbox):
    carla, pid, goal, _service = plan_with_service(net)
    mailbox.refuse = 2
    goals.update_goal(carla, goal.id, status="Off Track")
    sync(carla, net.server.url)
    [sent] = mailbox.wait(1)
    assert mailbox.refused == 2 and sent["Subject"] == "A goal of your plan needs your attention"
    assert "Earn a CDL Class A license" in body(sent)
    assert wait_status(carla, goal.id, "sent", net.server.url) == "sent"
    [row] = net.server.rows("srv_delivery")
    assert row["attempts"] == 3


def test_without_an_email_address_the_message_reaches_the_page_only(mail_server, net, mailbox):
    carla = net.device("carla")
    pid = net.world.participant(carla).id
    records.record_agreement(carla, pid, "Request sent (electronic, pending)")
    [msg] = messages.list_messages(carla, pid)
    assert (msg.kind, msg.channel) == ("agreement_request", "message")
    sync(carla, net.server.url)
    assert wait_status(carla, msg.source_id, "sent", net.server.url) == "sent"
    assert mailbox.messages == []


def test_invite_set_password_see_plan_sign_and_enter_attendance_reach_the_laptop(mail_server, net, mailbox):
    carla, pid, goal, service = plan_with_service(net)
    net.world.participant(carla, first_name="Other", last_name="Person")
    records.add_case_note(carla, pid, contact_date=dt.date.today().strftime("%m/%d/%Y"), subject="Welcome to the program",
                          message="See you Tuesday.", delivery="Message to participant")
    client = invited(net, carla, pid, mailbox)

    plan = client.get("/p/")
    assert plan.status_code == 200
    assert "José Ñúñez" in plan.text and "Earn a CDL Class A license" in plan.text and "Vocational Training" in plan.text
    assert "Carla Caseworker" in plan.text and "Welcome to the program" in plan.text and "See you Tuesday." in plan.text
    assert "Other Person" not in plan.text and pid not in client.get("/p/").url.path
    csrf = csrf_of(plan)

    refused = client.post("/p/sign", data={"csrf": "forged", "strokes": "[[[1,2],[3,4]]]", "png": f"data:image/png;base64,{PNG}",
                                           "agree": "yes"})
    assert refused.status_code == 403 and "This form has expired" in refused.text
    unticked = client.post("/p/sign", data={"csrf": csrf, "strokes": "[]", "png": "", "agree": ""})
    assert unticked.status_code == 422 and "I agree to this plan" in unticked.text and "Sign in the box" in unticked.text
    signed = client.post("/p/sign", data={"csrf": csrf, "strokes": "[[[1,2],[3,4]]]", "png": f"data:image/png;base64,{PNG}",
                                          "agree": "yes"})
    assert signed.status_code == 303

    today = dt.date.today()
    bad = client.post("/p/attendance", data={"csrf": csrf, "service_id": service.id, "day": today.isoformat(), "check_in": "14:00",
                                             "check_out": "09:00"})
    assert bad.status_code == 422 and "must be in order" in bad.text
    ok = client.post("/p/attendance", data={"csrf": csrf, "service_id": service.id, "day": today.isoformat(), "check_in": "09:00",
                                            "check_out": "13:30"})
    assert ok.status_code == 303

    sync(carla, net.server.url)
    status, needs = records.agreement_status(carla, pid)
    assert status == "Signature collected – electronic" and needs is False
    by_participant = [e for e in update_log.list_log(carla, pid) if e.user_name == "José Ñúñez (by the participant)"]
    assert {e.entity for e in by_participant} >= {"Plan agreement", "Signature", "Attendance week"}
    [signature] = signatures.list_signatures(carla, pid)
    assert (signature.signer_role, json.loads(signature.strokes)) == ("participant", [[[1, 2], [3, 4]]])
    days = attendance.get_week(carla, service.id, today)
    [mine] = [d for d in days if d.day == today]
    assert (mine.check_in, mine.check_out) == ("09:00", "13:30")
    [week] = [w for w in attendance.list_weeks(carla, service.id) if w.week_start <= today < w.week_start + dt.timedelta(days=7)]
    assert (week.submitted, week.verified, week.total_hours) == (True, False, 4.5)
    assert any(m.status == "delivered" for m in messages.list_messages(carla, pid) if m.kind == "case_note")


def test_participant_token_sees_and_pushes_only_their_own_plan(mail_server, net, mailbox):
    carla, pid, goal, _service = plan_with_service(net)
    other = net.world.participant(carla, first_name="Other", last_name="Person", email="other@example.org").id
    sync(carla, net.server.url)
    invited(net, carla, pid, mailbox)

    api = httpx.Client(base_url=net.server.url + "/api/v1")
    token = api.post("/sign-in", json={"username": EMAIL, "password": "new secret 1", "device_id": "phone"}).json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    page = api.get("/pull", params={"after": 0, "limit": 5000}, headers=auth).json()
    tables = {c["table_name"] for c in page["changes"]}
    assert {c["row"].get("participant_id") or c["row"]["id"] for c in page["changes"]} == {pid}
    assert "app_user" not in tables and "catalog_item" not in tables and "organization" not in tables
    assert other not in json.dumps(page)
    digest = api.get("/digest", headers=auth).json()["counts"]
    assert digest.get("participant") == 1

    def push(table, row_id, op, fields, base=None):
        return api.post("/push", headers=auth, json={"ops": [{"change_id": f"c-{table}-{op}-{row_id}", "table_name": table, "row_id": row_id,
                                                              "op": op, "fields": fields, "base": base or {}, "hlc": "999999999999999-00000-phone",
                                                              "device_id": "phone"}]})

    def refused(response) -> str:  # each refused op comes back alone as "rejected" (issue 10), never applied
        [receipt] = response.json()["receipts"]
        assert response.status_code == 200 and receipt["status"] == "rejected", receipt
        return receipt["reason"]

    assert "A participant can only add their own" in refused(push("goal", goal.id, "update", {"status": "Complete"}, {"status": "Not Started"}))
    assert refused(push("case_note", "n1", "insert", {"participant_id": other, "subject": "x"}))
    assert "electronic signature" in refused(push("plan_agreement", "a1", "insert",
                                                  {"participant_id": pid, "status": "Signature collected – physical, on file",
                                                   "recorded_at": dt.datetime(2026, 12, 1, 10).isoformat()}))
    assert "A participant can only add their own" in refused(push("participant", pid, "update", {"needs_agreement": False},
                                                                  {"needs_agreement": True}))
    assert net.server.rows("goal", f"WHERE id = '{goal.id}'")[0]["status"] == "Not Started"


def test_links_are_single_use_hashed_and_sign_in_is_throttled(mail_server, net, mailbox):
    carla, pid, _goal, _service = plan_with_service(net)
    messages.invite_participant(carla, pid)
    sync(carla, net.server.url)
    link = link_in(mailbox.wait(1)[0])
    token = link.rsplit("/", 1)[1]
    assert all(token not in str(r) for r in net.server.rows("srv_link_token"))
    client = httpx.Client(base_url=net.server.url)
    form = client.get(link)
    assert client.post(link, data={"csrf": csrf_of(form), "password": "short", "again": "short"}).status_code == 422
    assert client.post(link, data={"csrf": csrf_of(form), "password": "new secret 1", "again": "new secret 1"}).status_code == 303
    again = client.get(link)
    assert again.status_code == 410 and "This link has expired or was already used" in again.text

    stranger = httpx.Client(base_url=net.server.url)
    form = stranger.get("/p/sign-in")
    no_csrf = stranger.post("/p/sign-in", data={"email": EMAIL, "password": "new secret 1"})
    assert no_csrf.status_code == 403
    for _ in range(5):
        wrong = stranger.post("/p/sign-in", data={"csrf": csrf_of(form), "email": EMAIL, "password": "wrong guess"})
        assert wrong.status_code == 200 and "Wrong email or password" in wrong.text
    blocked = stranger.post("/p/sign-in", data={"csrf": csrf_of(form), "email": EMAIL, "password": "new secret 1"})
    assert blocked.status_code == 429 and "Too many attempts" in blocked.text
    assert stranger.get("/p/", follow_redirects=False).headers["location"] == "/p/sign-in"

    reset = stranger.post("/p/reset", data={"csrf": csrf_of(stranger.get("/p/reset")), "email": EMAIL})
    assert reset.status_code == 200 and "Check your email" in reset.text
    [mail] = [m for m in mailbox.wait(2) if "new password" in m["Subject"]]
    assert "/p/reset/" in link_in(mail)
    log = (net.server.log_path).read_text()
    assert EMAIL not in log and "Ñúñez" not in log and token not in log


def test_a_device_cannot_say_a_message_was_sent(server, net):
    carla = net.device("carla")
    pid = net.world.participant(carla, email=EMAIL).id
    sync(carla, net.server.url)
    api = httpx.Client(base_url=net.server.url + "/api/v1")
    token = api.post("/sign-in", json={"username": "carla", "password": PASSWORD, "device_id": "rogue"}).json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    fields = {"participant_id": pid, "kind": "case_note", "channel": "message_email", "subject": "s", "body": "", "source_table": "",
              "source_id": None, "status": "sent", "status_reason": "", "sent_at": None, "deleted": False}
    op = {"change_id": "rogue-1", "table_name": "outgoing_message", "row_id": "m-rogue", "participant_id": pid, "op": "insert",
          "fields": fields, "hlc": "999999999999999-00000-rogue", "device_id": "rogue"}
    refused = api.post("/push", headers=auth, json={"ops": [op]})
    [receipt] = refused.json()["receipts"]
    assert refused.status_code == 200 and receipt["status"] == "rejected" and "only the server records its delivery" in receipt["reason"]
    assert net.server.rows("outgoing_message") == []
