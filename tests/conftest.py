"""Fixtures: an in-memory keyring (never the developer's real one), temporary profiles, factories."""
from __future__ import annotations

import datetime as dt
import os
import sys

import keyring
import pytest
from tests.memory_keyring import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "correct-horse-battery"


@pytest.fixture(autouse=True, scope="session")
def cheap_password_hashes():
    """argon2id at its real cost takes ~0.14 s a hash here; tests hash hundreds of passwords."""
    from argon2 import PasswordHasher

    from app import passwords

    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def workspace(tmp_path):
    from app.profile import create_profile

    ws = create_profile(tmp_path / "profile", "admin", PASSWORD, admin_full_name="Ada Admin")
    yield ws
    ws.close()


@pytest.fixture
def admin(workspace):
    return workspace.sign_in("admin", PASSWORD)


class World:
    """Two regions, organizations A (north) and B (south), a caseworker in each, a program manager of north."""

    def __init__(self, admin):
        from app.services import users

        self.admin = admin
        ws = admin.workspace
        self.north = users.create_region(admin, "North")
        self.south = users.create_region(admin, "South")
        self.org_a = users.create_organization(admin, "Org A", self.north.id)
        self.org_a2 = users.create_organization(admin, "Org A2", self.north.id)
        self.org_b = users.create_organization(admin, "Org B", self.south.id)
        users.create_user(admin, "carla", PASSWORD, "caseworker", full_name="Carla Caseworker", organization_id=self.org_a.id)
        users.create_user(admin, "bob", PASSWORD, "caseworker", full_name="Bob Other", organization_id=self.org_b.id)
        users.create_user(admin, "pam", PASSWORD, "program_manager", full_name="Pam Manager", region_id=self.north.id)
        self.carla = ws.as_user("carla")
        self.bob = ws.as_user("bob")
        self.pam = ws.as_user("pam")

    def participant(self, ctx=None, **values):
        from app.services import participants

        ctx = ctx or self.carla
        # one individual number per participant: the next free one unless the test names it
        used = getattr(self, "_numbers", set())
        number = values.get("individual_number") or next(str(n) for n in range(100001, 999999) if str(n) not in used)
        self._numbers = used | {number}
        defaults = {"first_name": "José", "last_name": "Ñúñez", "ssn_last4": "4321", "individual_number": number}
        if ctx.user.role != "caseworker":
            defaults["organization_id"] = self.org_a.id
        return participants.create_participant(ctx, **{**defaults, **values})

    def goal(self, participant_id, ctx=None, **values):
        from app.services import goals

        return goals.add_goal(ctx or self.carla, participant_id, **{"statement": "Earn a CDL Class A license", "category": "Career Plan", **values})

    def service(self, participant_id, goal_id, ctx=None, item_name="Vocational Training", **values):
        from app.services import catalog, plan_services

        ctx = ctx or self.carla
        item = next(i for i in catalog.list_catalog(ctx) if i.name == item_name)
        today = dt.date.today()
        values = {"planned_start": today - dt.timedelta(days=14), "planned_due": today + dt.timedelta(days=30), "weekly_hours": 20.0, **values}
        return plan_services.add_service(ctx, participant_id, item.id, goal_id, **values)


@pytest.fixture
def world(admin):
    return World(admin)


def pytest_configure(config):
    """A modal box nobody answers hangs an offscreen run. A failing test can leave an error queued that
    reaches the event loop during teardown, after every fixture's patches are undone; so for the whole
    run a message box or error dialog that a test does not answer itself prints to stderr and returns."""
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs import error_dialog

    def unanswered(kind, answer):
        def box(_parent, title, text, *args, **kwargs):
            print(f"unanswered QMessageBox.{kind} in a test: {title}: {text}", file=sys.stderr)
            return answer
        return staticmethod(box)

    for kind, answer in (("warning", QMessageBox.StandardButton.Ok), ("information", QMessageBox.StandardButton.Ok),
                         ("critical", QMessageBox.StandardButton.Ok), ("question", QMessageBox.StandardButton.Cancel)):
        setattr(QMessageBox, kind, unanswered(kind, answer))
    error_dialog.ErrorDialog.exec = lambda dialog: print(f"unexpected error in a test:\n{dialog.details.toPlainText()}",
                                                         file=sys.stderr) or 0
