"""A device an administrator marked to be wiped (issue 10, item 12): at its next contact the server
answers 410 + "wipe" and the laptop deletes the profile's database (documents are blobs inside it), its
backups, its key (key.json and the keyring entry) and any decrypted upload, having pushed nothing.

What an offline stolen laptop still holds is the encrypted database file: without the passphrase (or
the user's OS keyring session) it reveals nothing; the wipe only happens once the laptop goes online."""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger("fieldplan.sync")


def wipe_profile(workspace) -> list[str]:
    """Delete this profile's data; returns the names of what was deleted (no personal data in them)."""
    from app import opened_documents
    from app.keys import KEY_FILE, SERVICE, keyring_usable
    from app.startup import DB_FILE, PROFILE_FILE, profile_id

    data_dir: Path = workspace.data_dir
    try:
        account = f"database-key:{profile_id(data_dir)}"
    except Exception:  # noqa: BLE001 - a damaged profile.json: the files still go
        account = None
    workspace.close()
    deleted = []
    for path in sorted(data_dir.glob(DB_FILE + "*")) + [data_dir / KEY_FILE, data_dir / PROFILE_FILE]:
        if path.exists():
            path.unlink()
            deleted.append(path.name)
    if account and keyring_usable():
        import keyring
        import keyring.errors

        try:
            keyring.delete_password(SERVICE, account)
            deleted.append("keyring key")
        except keyring.errors.KeyringError:
            pass
    opened_documents.remove_opened()
    log.warning("this device was wiped at the server's request: %s", ", ".join(deleted))
    return deleted
