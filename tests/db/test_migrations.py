"""Migrations run on open, after an (encrypted) backup copy."""
from __future__ import annotations

import alembic.command
from sqlalchemy import text

from app.profile import open_profile
from db import migrate


def test_new_profile_is_at_head(workspace):
    assert migrate.current_revision(workspace.engine) == migrate.head_revision()


def test_open_migrates_an_older_schema_after_a_backup(workspace, world, monkeypatch):
    world.participant()
    data_dir = workspace.data_dir
    with workspace.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'older'"))
    workspace.close()
    upgrades = []

    def fake_upgrade(config, revision):  # stands for the migration from 'older' to head
        upgrades.append(revision)
        config.attributes["connection"].execute(text("UPDATE alembic_version SET version_num = :v"), {"v": migrate.head_revision()})

    monkeypatch.setattr(alembic.command, "upgrade", fake_upgrade)
    ws = open_profile(data_dir)
    assert upgrades == ["head"]
    assert ws.backup is not None and ws.backup.name == "fieldplan.db.bak-older"
    assert ws.backup.stat().st_size > 0 and not ws.backup.read_bytes().startswith(b"SQLite format 3")
    assert migrate.current_revision(ws.engine) == migrate.head_revision()
    ws.close()
