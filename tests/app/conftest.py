"""A fake sync server (tests/fake_server.py) in place of the network, for the laptop's sync tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def fake(monkeypatch):
    from app.sync.transport import Server
    from tests.fake_server import FakeServer

    server = FakeServer()
    monkeypatch.setattr(Server, "transport", server.transport())
    return server
