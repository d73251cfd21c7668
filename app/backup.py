"""Back up a whole profile into one encrypted file, and restore it into a new profile folder.

The backup file (`*.fieldplan-backup`) is a zip of two entries:

- `fieldplan.db`: a copy of the database (every record, the Update Log, the outbox and every document,
  which live inside it) made with `sqlcipher_export` from a consistent read snapshot, encrypted by
  SQLCipher under a fresh random 32-byte backup key;
- `manifest.json`: the format, the profile's id, when it was made, and the backup key wrapped with AES-GCM
  under a key derived (scrypt) from a passphrase the caseworker chooses for this backup.

Nothing in the file or in the temporary copy is plaintext, and neither the profile's own key nor the OS
keyring's contents leave the computer: the backup opens on any computer with its passphrase alone.
Restoring gives the copy a new profile id and a new key (keyring, or a profile passphrase where none
works), so restoring next to the original on the same computer never touches the original's key.
"""
from __future__ import annotations

from app.i18n import _, ngettext

import base64
import datetime as dt
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.errors import CannotUnlock

FORMAT = "fieldplan-backup-1"
SUFFIX = ".fieldplan-backup"
LAST_BACKUP_FILE = "last-backup.json"
#: the window reminds the caseworker when the last backup is older than this (or there is none yet)
REMIND_AFTER = dt.timedelta(days=7)
_AAD = b"fieldplan-backup-key"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    created_at: dt.datetime


def _kek(passphrase: str, salt: bytes, n: int) -> bytes:
    from app.keys import _kek as scrypt_kek

    return scrypt_kek(passphrase, salt, n)


def _check_passphrase(passphrase: str) -> None:
    from app.errors import FieldError, ValidationError

    if len(passphrase or "") < 8:
        raise ValidationError([FieldError("backup_passphrase", "The backup passphrase must have at least 8 characters.")])


def back_up(data_dir: Path, key: bytes, out: Path, passphrase: str, *, now: dt.datetime | None = None) -> BackupInfo:
    """Write the backup of the profile in `data_dir` (unlocked with `key`) to `out`; nothing is left behind
    on failure. The profile may be open in the window meanwhile (WAL: the copy is one read snapshot)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from app.keys import SCRYPT_N
    from app.startup import DB_FILE, profile_id
    from db.cipher import connect

    _check_passphrase(passphrase)
    out = Path(out)
    if out.suffix != SUFFIX:
        out = out.with_name(out.name + SUFFIX)
    now = now or dt.datetime.now(dt.timezone.utc)
    backup_key, salt, nonce = os.urandom(32), os.urandom(16), os.urandom(12)
    copy = out.with_name(out.name + ".db.part")
    partial = out.with_name(out.name + ".part")
    try:
        copy.unlink(missing_ok=True)
        conn = connect(data_dir / DB_FILE, key)
        try:
            conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{backup_key.hex()}'\"", (str(copy),))
            conn.execute("SELECT sqlcipher_export('backup')")
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            conn.execute(f"PRAGMA backup.user_version = {int(version)}")
            conn.execute("DETACH DATABASE backup")
        finally:
            conn.close()
        manifest = {"format": FORMAT, "profile_id": profile_id(data_dir), "created_at": now.isoformat(),
                    "kdf": "scrypt", "n": SCRYPT_N, "r": 8, "p": 1, "salt": _b64(salt), "nonce": _b64(nonce),
                    "wrapped_key": _b64(AESGCM(_kek(passphrase, salt, SCRYPT_N)).encrypt(nonce, backup_key, _AAD))}
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", json.dumps(manifest, indent=1))
            archive.write(copy, DB_FILE)
        os.replace(partial, out)
    finally:
        copy.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
    (data_dir / LAST_BACKUP_FILE).write_text(json.dumps({"at": now.isoformat(), "file": str(out)}))
    return BackupInfo(out, out.stat().st_size, now)


def restore(backup: Path, passphrase: str, data_dir: Path, *, profile_passphrase: str | None = None) -> str:
    """Restore `backup` into the new profile folder `data_dir`; returns the new profile's id.

    Raises CannotUnlock for a wrong passphrase, a file that is not a Fieldplan backup, or a folder that
    already holds a profile; nothing is left in `data_dir` then."""
    import shutil

    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from app.keys import KeyStore
    from app.startup import DB_FILE, PROFILE_FILE, profile_exists
    from db.cipher import connect
    from db.ids import uuid7

    if profile_exists(data_dir):
        raise CannotUnlock(f"{data_dir} already holds a Fieldplan profile: restore into a new, empty folder.")
    if data_dir.exists() and any(data_dir.iterdir()):
        raise CannotUnlock(f"{data_dir} is not empty: restore into a new, empty folder.")
    try:
        with zipfile.ZipFile(backup) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            if manifest.get("format") != FORMAT:
                raise CannotUnlock(f"{backup.name} is not a Fieldplan backup this version can read.")
            try:
                backup_key = AESGCM(_kek(passphrase, _unb64(manifest["salt"]), manifest["n"])).decrypt(
                    _unb64(manifest["nonce"]), _unb64(manifest["wrapped_key"]), _AAD)
            except InvalidTag:
                raise CannotUnlock("Cannot open the backup: the backup passphrase is wrong.") from None
            created = not data_dir.exists()
            data_dir.mkdir(parents=True, exist_ok=True)
            data_dir.chmod(0o700)
            with archive.open(DB_FILE) as src, open(data_dir / DB_FILE, "wb") as dst:
                shutil.copyfileobj(src, dst)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CannotUnlock(f"{Path(backup).name} is not a Fieldplan backup.") from exc
    try:
        new_id = uuid7()
        key, mode = KeyStore(data_dir, new_id).create(profile_passphrase)
        conn = connect(data_dir / DB_FILE, backup_key)
        try:
            conn.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")
        finally:
            conn.close()
        (data_dir / PROFILE_FILE).write_text(json.dumps({"profile_id": new_id, "key_mode": mode,
                                                         "restored_from": manifest["created_at"]}))
    except BaseException:
        for name in (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", "key.json", PROFILE_FILE):
            (data_dir / name).unlink(missing_ok=True)
        if created:
            data_dir.rmdir()
        raise
    return new_id


def last_backup(data_dir: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(json.loads((data_dir / LAST_BACKUP_FILE).read_text())["at"])
    except (OSError, ValueError, KeyError):
        return None


def backup_reminder(data_dir: Path, now: dt.datetime | None = None) -> str | None:
    """The sentence the window shows when a backup is due, else None."""
    now = now or dt.datetime.now(dt.timezone.utc)
    last = last_backup(data_dir)
    if last is None:
        return _("This profile has never been backed up: use File ▸ Back up… to keep a copy somewhere safe.")
    if now - last > REMIND_AFTER:
        days = (now - last).days
        return ngettext("The last backup is {days} day old: use File ▸ Back up… to make a new one.",
                        "The last backup is {days} days old: use File ▸ Back up… to make a new one.", days).format(days=days)
    return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text)
