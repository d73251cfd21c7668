"""CSRF on the participant's page is checked before a form's body is read: a request without a session, from
another site, or whose first field is a wrong token is answered while most of its body is still unsent — the
server never waits for, reads or parses it — and nothing is written."""
from __future__ import annotations

import socket
from urllib.parse import urlsplit

from tests.server.participant_helpers import mail_server, mailbox, smtp_settings  # noqa: F401 - fixtures
from tests.server.test_participant_side import PNG, csrf_of, invited, plan_with_service

DECLARED = 1_000_000  # the body the client says it will send; it sends only its first bytes


def half_sent(base: str, path: str, first: bytes, *, cookie: str = "", origin: str = "") -> str:
    """POST announcing a 1 MB form, send only `first`, and read the answer with the rest still unsent."""
    parts = urlsplit(base)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        head = [f"POST {path} HTTP/1.1", f"Host: {parts.netloc}", "Content-Type: application/x-www-form-urlencoded",
                f"Content-Length: {DECLARED}"]
        if cookie:
            head.append(f"Cookie: {cookie}")
        if origin:
            head.append(f"Origin: {origin}")
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + first)
        answer = b""  # recv times out (the test fails) if the server waits for the rest of the body
        while b"\r\n\r\n" not in answer or len(answer.split(b"\r\n\r\n", 1)[1]) < length_of(answer):
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    return answer.decode("utf-8", errors="replace")


def length_of(answer: bytes) -> int:
    for line in answer.split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return int(line.split(b":", 1)[1])
    return 0


def test_forged_forms_are_refused_before_their_body_is_read(mail_server, net, mailbox):
    carla, pid, _goal, _service = plan_with_service(net)
    client = invited(net, carla, pid, mailbox)
    csrf = csrf_of(client.get("/p/"))
    session = f"fp_session={client.cookies['fp_session']}"
    padding = b"&strokes=" + b"1" * 1000

    no_session = half_sent(net.server.url, "/p/sign", f"csrf={csrf}".encode() + padding)
    assert no_session.startswith("HTTP/1.1 401") and "Please sign in again" in no_session
    wrong_token = half_sent(net.server.url, "/p/sign", b"csrf=forged" + padding, cookie=session)
    assert wrong_token.startswith("HTTP/1.1 403") and "This form has expired" in wrong_token
    token_not_first = half_sent(net.server.url, "/p/sign", b"agree=yes&csrf=" + csrf.encode() + padding, cookie=session)
    assert token_not_first.startswith("HTTP/1.1 403")
    other_site = half_sent(net.server.url, "/p/sign", f"csrf={csrf}".encode() + padding, cookie=session, origin="https://evil.example")
    assert other_site.startswith("HTTP/1.1 403")
    too_large = client.post("/p/sign", content=b"csrf=" + csrf.encode() + b"&png=" + b"A" * (3 * 1024 * 1024),
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert too_large.status_code == 413 and "too large" in too_large.text
    not_a_form = client.post("/p/sign", json={"csrf": csrf})
    assert not_a_form.status_code == 415
    anonymous = half_sent(net.server.url, "/p/sign-in", b"csrf=forged&email=x")
    assert anonymous.startswith("HTTP/1.1 403")

    assert net.server.rows("plan_agreement", f"WHERE participant_id = '{pid}'") == []
    assert net.server.rows("signature") == []
    # the page's own form, token first, still works from the same site
    signed = client.post("/p/sign", data={"csrf": csrf, "strokes": "[[[1,2],[3,4]]]", "png": f"data:image/png;base64,{PNG}",
                                          "agree": "yes"}, headers={"Origin": net.server.url, "Sec-Fetch-Site": "same-origin"})
    assert signed.status_code == 303
    assert [r["status"] for r in net.server.rows("plan_agreement", f"WHERE participant_id = '{pid}'")] == ["Signature collected – electronic"]
