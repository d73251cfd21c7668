"""Issue 10, item 12: sign-in on the laptop is throttled per account, with a growing delay."""

from __future__ import annotations

import pytest

from app import identity
from app.errors import NotAllowed
from tests.conftest import PASSWORD


@pytest.fixture
def clock(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(identity, "THROTTLE", identity.SignInThrottle(clock=lambda: now[0]))
    return now


def test_failures_grow_the_wait_per_account_and_success_clears_it(world, workspace, clock):
    for _ in range(3):  # three free attempts, then the waits begin
        with pytest.raises(NotAllowed, match="Wrong user name or password"):
            workspace.sign_in("carla", "guess-guess-guess")
    with pytest.raises(NotAllowed, match="Too many failed sign-ins"):
        workspace.sign_in("carla", PASSWORD)  # even the right password waits: no guessing at speed
    assert workspace.sign_in("bob", PASSWORD).user.username == "bob"  # another account is not slowed
    clock[0] += 1.1
    with pytest.raises(NotAllowed, match="Wrong user name or password"):
        workspace.sign_in("carla", "guess-5")
    with pytest.raises(NotAllowed, match="wait 3 seconds"):
        workspace.sign_in("carla", PASSWORD)  # the delay doubled
    clock[0] += 2.1
    assert workspace.sign_in("carla", PASSWORD).user.username == "carla"
    assert workspace.sign_in("carla", PASSWORD).user.username == "carla"  # cleared by the success
