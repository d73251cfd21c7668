"""ui/settings.py: every option declared once, per machine or per profile, with an upgrade from the old
shared keys (issue 11: a never-synced profile showed another profile's last sync and synced to its server)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.profile import create_profile
from tests.conftest import PASSWORD
from ui import settings as registry
from ui.settings import (IDLE_MINUTES, LAST_PARTICIPANT, LAST_SYNC, OPTIONS, SYNC_SERVER_URL, SYNC_SERVER_USER, VERSION,
                         VERSION_KEY, Settings)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def second(tmp_path):
    ws = create_profile(tmp_path / "second-profile", "admin", PASSWORD)
    yield ws.as_user("admin")
    ws.close()


@pytest.fixture
def store(tmp_path):
    return registry.settings_file(tmp_path / "machine.ini")


def test_a_never_synced_profile_has_no_server_no_last_sync_and_starts_no_sync(qtbot, world, second, store):
    from ui.sync_controller import SyncController

    synced = SyncController(world.carla, store)
    synced.settings.set(SYNC_SERVER_URL, "https://north.example.org")
    synced.settings.set(SYNC_SERVER_USER, "carla")
    synced.settings.set(LAST_SYNC, "2026-11-30T16:05:00")
    synced.settings.set(IDLE_MINUTES, 4)

    fresh = SyncController(second, store)  # another profile on the same laptop
    failures = []
    fresh.failed.connect(failures.append)
    assert fresh.server_url == "" and fresh.last_sync() is None and fresh.settings.get(SYNC_SERVER_USER) == ""
    fresh.start()
    assert not fresh.timer.isActive()
    assert fresh.sync_now() is False and failures == ["No sync server is set: choose one in the preferences."]
    assert fresh.settings.get(IDLE_MINUTES) == 4  # the idle lock is this machine's habit
    assert synced.server_url == "https://north.example.org" and synced.last_sync().hour == 16


def test_the_old_shared_keys_move_to_the_profile_that_opens_first_and_no_other(world, second, store):
    store.setValue(SYNC_SERVER_URL.key, "https://north.example.org")  # version 1: one file for every profile
    store.setValue(LAST_SYNC.key, "2026-11-30T16:05:00")
    store.setValue(LAST_PARTICIPANT.key, "0193-some-id")
    store.setValue(IDLE_MINUTES.key, 7)
    first = Settings.for_profile(store, world.carla.workspace.data_dir)
    assert first.get(SYNC_SERVER_URL) == "https://north.example.org" and first.get(LAST_SYNC) == "2026-11-30T16:05:00"
    assert first.get(LAST_PARTICIPANT) == "0193-some-id" and first.get(IDLE_MINUTES) == 7
    assert int(store.value(VERSION_KEY)) == VERSION and not store.contains(SYNC_SERVER_URL.key)
    other = Settings.for_profile(store, second.workspace.data_dir)
    assert other.get(SYNC_SERVER_URL) == "" and other.get(LAST_SYNC) == "" and other.get(IDLE_MINUTES) == 7
    store.setValue(SYNC_SERVER_URL.key, "https://stray.example.org")  # the upgrade runs once, not at every open
    assert Settings.for_profile(store, world.carla.workspace.data_dir).get(SYNC_SERVER_URL) == "https://north.example.org"


def test_values_come_back_typed_and_a_bad_value_falls_back_to_the_default(world, store):
    settings = Settings.for_profile(store, world.carla.workspace.data_dir)
    settings.set(IDLE_MINUTES, 12)
    settings.set(registry.HIDDEN_COLUMNS, [])
    assert settings.get(IDLE_MINUTES) == 12 and settings.get(registry.HIDDEN_COLUMNS) == []
    store.setValue(IDLE_MINUTES.key, "twelve")
    assert settings.get(IDLE_MINUTES) == IDLE_MINUTES.default


def test_each_option_is_declared_once_with_a_scope():
    assert all(o.scope in (registry.MACHINE, registry.PROFILE) for o in OPTIONS.values())
    with pytest.raises(ValueError, match="declared twice"):
        registry._option(IDLE_MINUTES.key, int, 1, registry.MACHINE)


def _lines_matching(pattern: str) -> list[str]:
    """Where a line of the app, the UI, the benches or the tests (this file and the registry aside) matches."""
    found = re.compile(pattern)
    return [f"{path.relative_to(ROOT)}:{n}" for folder in ("ui", "app", "bench", "tests") for path in (ROOT / folder).rglob("*.py")
            if path.name != "settings.py" and path != Path(__file__).resolve()
            for n, line in enumerate(path.read_text().splitlines(), 1) if found.search(line)]


def test_no_module_but_the_registry_spells_a_settings_key():
    assert _lines_matching(r"""(\.value|\.setValue|\.contains|\.remove)\(\s*["']""") == []


def test_no_module_but_the_registry_opens_a_settings_store():
    """A QSettings made elsewhere would be a second way in (a key read raw, a file in the wrong place)."""
    assert _lines_matching(r"QSettings\b") == []
