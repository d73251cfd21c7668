"""A real SMTP server (aiosmtpd on 127.0.0.1) and the sync server restarted to deliver through it."""
from __future__ import annotations

import email
import re
import threading
import time

import pytest
from aiosmtpd.controller import Controller

from tests.server.conftest import free_port


class Mailbox:
    """Every message the SMTP server accepted; `refuse` answers the next N deliveries with a temporary 451."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self.accepted_at: list[float] = []
        self.refuse = 0
        self.refused = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        with self.lock:
            if self.refuse > 0:
                self.refuse -= 1
                self.refused += 1
                return "451 Try again later"
            self.messages.append(email.message_from_bytes(envelope.content))
            self.accepted_at.append(time.monotonic())
        return "250 OK"

    def wait(self, count: int, timeout: float = 20.0) -> list:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.messages) >= count:
                    return list(self.messages)
            time.sleep(0.02)
        raise AssertionError(f"expected {count} email(s), got {len(self.messages)}")

    def with_subject(self, subject: str, timeout: float = 20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                found = [m for m in self.messages if m["Subject"] == subject]
            if found:
                return found[-1]
            time.sleep(0.02)
        raise AssertionError(f"no email “{subject}” among {[m['Subject'] for m in self.messages]}")

    def to(self, address: str) -> list:
        return [m for m in self.messages if m["To"] == address]


def body(message) -> str:
    return message.get_payload(decode=True).decode()


def link_in(message) -> str:
    """The link's path (the server's public address is configured before its port is known)."""
    return re.search(r"http://fieldplan\.test(/p/(?:invite|reset)/\S+)", body(message)).group(1)


@pytest.fixture
def mailbox():
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    box.port = controller.port
    yield box
    controller.stop()


@pytest.fixture
def smtp_settings(mailbox, monkeypatch):
    """SMTP settings for the sync server the test starts next (no TLS on loopback). Request it before `server`."""
    for key, value in {"FIELDPLAN_SMTP_HOST": "127.0.0.1", "FIELDPLAN_SMTP_PORT": str(mailbox.port), "FIELDPLAN_SMTP_STARTTLS": "0",
                       "FIELDPLAN_SMTP_FROM": "planner@fieldplan.test", "FIELDPLAN_PUBLIC_URL": "http://fieldplan.test",
                       "FIELDPLAN_DELIVERY_BACKOFF": "0.2"}.items():
        monkeypatch.setenv(key, value)


@pytest.fixture
def mail_server(smtp_settings, server):
    return server
