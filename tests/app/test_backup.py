"""Backup and restore (app/backup.py): every record and document comes back; the file holds no plaintext;
a wrong passphrase or an occupied folder is refused with nothing written; the reminder when a backup is old."""
from __future__ import annotations

import datetime as dt

import pytest

from app import backup, demo
from app.errors import CannotUnlock, ValidationError
from app.profile import open_profile
from app.services import documents, participants
from tests.conftest import PASSWORD

BACKUP_PASSPHRASE = "backup passphrase 1"


def _all_rows(workspace) -> dict[str, list]:
    from db.cipher import connect_readonly

    conn = connect_readonly(workspace.db_path, workspace.key)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


@pytest.fixture
def filled(workspace, admin):
    demo.generate(admin, 6, password=PASSWORD)
    person = participants.list_caseload(admin)[0]
    doc = documents.add_document(admin, person.id, "signed-agreement.pdf", b"%PDF-1.4 signed " + bytes(range(256)) * 40,
                                 kind="Other", mime="application/pdf")
    return admin, person, doc


def test_round_trip_brings_back_every_record_and_document(filled, tmp_path):
    admin, person, doc = filled
    before = _all_rows(admin.workspace)
    info = backup.back_up(admin.workspace.data_dir, admin.workspace.key, tmp_path / "monday", BACKUP_PASSPHRASE)
    assert info.path == tmp_path / "monday.fieldplan-backup" and info.path.exists()
    assert list(tmp_path.glob("*.part")) == []

    new_id = backup.restore(info.path, BACKUP_PASSPHRASE, tmp_path / "restored")
    restored = open_profile(tmp_path / "restored")
    try:
        after = _all_rows(restored)
        assert new_id != backup.json.loads((admin.workspace.data_dir / "profile.json").read_text())["profile_id"]
        assert sorted(after) == sorted(before)
        assert sum(len(rows) for rows in after.values()) > 100
        assert after == before
        ctx = restored.sign_in("admin", PASSWORD)
        assert [r.name for r in participants.list_caseload(ctx)] == [r.name for r in participants.list_caseload(admin)]
        assert documents.open_document(ctx, doc.id) == documents.open_document(admin, doc.id)
        assert restored.key != admin.workspace.key  # a new key: the original's keyring entry is never reused
    finally:
        restored.close()


def test_the_backup_file_holds_no_plaintext(filled, tmp_path):
    import zipfile

    admin, person, _doc = filled
    info = backup.back_up(admin.workspace.data_dir, admin.workspace.key, tmp_path / "b", BACKUP_PASSPHRASE)
    with zipfile.ZipFile(info.path) as archive:
        raw = archive.read("fieldplan.db") + archive.read("manifest.json")
    last_name = person.name.split(",")[0].encode()
    assert b"SQLite format 3" not in raw and last_name not in raw and b"signed-agreement" not in raw
    assert admin.workspace.key.hex().encode() not in raw and admin.workspace.key not in raw


def test_a_wrong_passphrase_or_an_occupied_folder_is_refused_and_nothing_is_written(filled, tmp_path, workspace):
    admin, _person, _doc = filled
    info = backup.back_up(admin.workspace.data_dir, admin.workspace.key, tmp_path / "b", BACKUP_PASSPHRASE)
    with pytest.raises(CannotUnlock, match="the backup passphrase is wrong"):
        backup.restore(info.path, "not the passphrase", tmp_path / "r")
    assert not (tmp_path / "r").exists()
    with pytest.raises(CannotUnlock, match="already holds a Fieldplan profile"):
        backup.restore(info.path, BACKUP_PASSPHRASE, workspace.data_dir)
    (tmp_path / "junk.fieldplan-backup").write_bytes(b"not a zip")
    with pytest.raises(CannotUnlock, match="is not a Fieldplan backup"):
        backup.restore(tmp_path / "junk.fieldplan-backup", BACKUP_PASSPHRASE, tmp_path / "r3")
    with pytest.raises(ValidationError) as short:
        backup.back_up(admin.workspace.data_dir, admin.workspace.key, tmp_path / "c", "short")
    assert [(p.field, p.message) for p in short.value.problems] == [
        ("backup_passphrase", "The backup passphrase must have at least 8 characters.")]
    assert not list(tmp_path.glob("c*"))


def test_the_reminder_asks_for_a_backup_when_none_or_an_old_one_exists(workspace, tmp_path):
    folder = workspace.data_dir
    now = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.timezone.utc)
    assert backup.backup_reminder(folder, now).startswith("This profile has never been backed up")
    backup.back_up(folder, workspace.key, tmp_path / "b", BACKUP_PASSPHRASE, now=now)
    assert backup.backup_reminder(folder, now + dt.timedelta(days=6)) is None
    assert backup.backup_reminder(folder, now + dt.timedelta(days=9)) == (
        "The last backup is 9 days old: use File ▸ Back up… to make a new one.")
