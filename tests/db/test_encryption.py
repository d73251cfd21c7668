"""The database file holds no plaintext; wrong keys fail cleanly and never touch the file."""
from __future__ import annotations

import hashlib
import json

import pytest

from app.errors import CannotUnlock
from app.keys import PassphraseNeeded, keyring_usable
from app.profile import create_profile, open_profile
from app.services import records
from tests.conftest import PASSWORD


def _all_bytes(folder) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


def test_file_holds_no_plaintext(world, workspace):
    p = world.participant(first_name="Zoë", last_name="Kowalczyk-Ñúñez", ssn_last4="9876", email="zoe.k@example.net")
    records.add_case_note(world.carla, p.id, contact_date="11/02/2026", subject="Housing search", message="Discussed the Maplewood apartment")
    workspace.close()
    data = _all_bytes(workspace.data_dir)
    for secret in ("Kowalczyk", "Ñúñez", "Zoë", "9876", "zoe.k@example", "Maplewood", "Housing search", "Vocational Training", "Carla"):
        assert secret.encode("utf-8") not in data, secret
    assert not data.startswith(b"SQLite format 3")


def test_wrong_key_fails_cleanly_and_leaves_file_untouched(workspace, memory_keyring):
    data_dir = workspace.data_dir
    workspace.close()
    before = hashlib.sha256((data_dir / "fieldplan.db").read_bytes()).hexdigest()
    ((service, account),) = memory_keyring.store.keys()
    memory_keyring.store[(service, account)] = "00" * 32
    with pytest.raises(CannotUnlock, match="wrong key"):
        open_profile(data_dir)
    assert hashlib.sha256((data_dir / "fieldplan.db").read_bytes()).hexdigest() == before
    assert not (data_dir / "fieldplan.db-wal").exists() or (data_dir / "fieldplan.db-wal").stat().st_size == 0


def test_missing_keyring_entry_is_a_clear_message(workspace, memory_keyring):
    workspace.close()
    memory_keyring.store.clear()
    with pytest.raises(CannotUnlock, match="not in this computer's keyring"):
        open_profile(workspace.data_dir)


def test_passphrase_path_when_no_keyring(tmp_path, no_keyring):
    assert not keyring_usable()
    with pytest.raises(PassphraseNeeded):
        create_profile(tmp_path / "p", "admin", PASSWORD)
    ws = create_profile(tmp_path / "p", "admin", PASSWORD, passphrase="a long passphrase")
    ws.close()
    key_file = json.loads((tmp_path / "p" / "key.json").read_text())
    assert key_file["kdf"] == "scrypt" and "wrapped" in key_file
    with pytest.raises(PassphraseNeeded):
        open_profile(tmp_path / "p")
    before = (tmp_path / "p" / "fieldplan.db").read_bytes()
    with pytest.raises(CannotUnlock, match="passphrase is wrong"):
        open_profile(tmp_path / "p", "not the passphrase")
    assert (tmp_path / "p" / "fieldplan.db").read_bytes() == before
    ws = open_profile(tmp_path / "p", "a long passphrase")
    assert ws.sign_in("admin", PASSWORD).user.role == "administrator"
    ws.close()


def test_plaintext_keyring_is_refused(tmp_path):
    import keyring
    from keyring.backend import KeyringBackend

    class PlaintextKeyring(KeyringBackend):
        priority = 1

        def get_password(self, *a):
            return None

        def set_password(self, *a):
            raise AssertionError("the key must never go to a plaintext keyring")

        def delete_password(self, *a):
            pass

    keyring.set_keyring(PlaintextKeyring())
    assert not keyring_usable()
    with pytest.raises(PassphraseNeeded):
        create_profile(tmp_path / "p", "admin", PASSWORD)


def test_pragmas(workspace):
    with workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")
