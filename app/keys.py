"""Where the database key lives: the OS keyring, or a key file wrapped by a passphrase.

The key is 32 random bytes. With a working keyring it is stored there (service "Fieldplan").
Where no keyring backend works (headless Linux) or only a plaintext one exists (keyrings.alt), the key
is wrapped with AES-GCM under a key derived from a passphrase with scrypt, in `key.json` beside the
database. Nothing in either file reveals the key without the passphrase.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import CannotUnlock

SERVICE = "Fieldplan"
KEY_FILE = "key.json"
#: scrypt cost; ~0.1 s and 32 MiB here, so a stolen key file resists guessing
SCRYPT_N = 2**15


class PassphraseNeeded(CannotUnlock):
    """No keyring backend works here: the caller must ask for the profile's passphrase."""


class DatabaseDamaged(CannotUnlock):
    """The key is right (the key store proved it) but the database file cannot be read."""


def damaged(db_path: Path) -> CannotUnlock:
    """The message for a database that the right key does not open: damaged, and how to restore a backup.

    The key store authenticates the key (AES-GCM under the passphrase, or this profile's keyring entry),
    so when the file still does not open, the file is at fault, not the key."""
    backups = sorted(db_path.parent.glob(db_path.name + ".bak-*"))
    where = f"the newest is {backups[-1].name} in {db_path.parent}" if backups else f"your own backup copy of {db_path.name}"
    restore = (f"To restore a backup: close Fieldplan, move {db_path.name} aside, and copy the backup ({where}) to {db_path}; "
               "changes already synced come back with the next sync.")
    if (db_path.parent / KEY_FILE).exists():  # the passphrase unwrapped the key (AES-GCM checked it): the file is at fault
        return DatabaseDamaged(f"The profile's database file {db_path.name} is damaged (its key is right, but the file cannot be read). "
                               + restore)
    # a keyring entry proves nothing about the file: it may hold a wrong key
    return CannotUnlock(f"Cannot unlock {db_path.name}: the key in this computer's keyring does not open it (a wrong key), "
                        "or the file is damaged. " + restore)


def _refused(backend) -> bool:
    module, name = type(backend).__module__, type(backend).__name__
    return module.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")) or "Plaintext" in name


def keyring_usable() -> bool:
    """False for the fail backend, a chainer with nothing usable behind it, and plaintext backends."""
    import keyring  # imported when used: loading its backends costs ~0.1 s of start-up

    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    if chained is not None:
        return any(not _refused(b) for b in chained)
    return not _refused(backend)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _kek(passphrase: str, salt: bytes, n: int) -> bytes:
    return hashlib.scrypt(passphrase.encode(), salt=salt, n=n, r=8, p=1, maxmem=128 * 1024 * 1024, dklen=32)


class KeyStore:
    def __init__(self, data_dir: Path, profile_id: str):
        self.data_dir = data_dir
        self.account = f"database-key:{profile_id}"

    @property
    def key_file(self) -> Path:
        return self.data_dir / KEY_FILE

    def mode(self) -> str:
        return "passphrase" if self.key_file.exists() else "keyring"

    def create(self, passphrase: str | None = None) -> tuple[bytes, str]:
        """Make and store a new key; returns it and the mode used ("keyring" or "passphrase")."""
        import keyring.errors

        key = os.urandom(32)
        if passphrase is None and keyring_usable():
            try:
                keyring.set_password(SERVICE, self.account, key.hex())
                return key, "keyring"
            except keyring.errors.KeyringError:
                pass
        if not passphrase:
            raise PassphraseNeeded("No keyring is available here: choose a passphrase to protect this profile.")
        if len(passphrase) < 8:
            raise CannotUnlock("The passphrase must have at least 8 characters.")
        salt, nonce = os.urandom(16), os.urandom(12)
        wrapped = AESGCM(_kek(passphrase, salt, SCRYPT_N)).encrypt(nonce, key, b"fieldplan-db-key")
        record = {"kdf": "scrypt", "n": SCRYPT_N, "r": 8, "p": 1, "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}
        self.key_file.write_text(json.dumps(record))
        return key, "passphrase"

    def load(self, passphrase: str | None = None) -> bytes:
        if self.mode() == "passphrase":
            if not passphrase:
                raise PassphraseNeeded("This profile is protected by a passphrase.")
            try:
                record = json.loads(self.key_file.read_text())
                salt, n = base64.b64decode(record["salt"], validate=True), int(record["n"])
                nonce, wrapped = base64.b64decode(record["nonce"], validate=True), base64.b64decode(record["wrapped"], validate=True)
                kek = _kek(passphrase, salt, n)
            except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
                raise CannotUnlock(f"Cannot unlock the profile: its key file {self.key_file} is damaged or unreadable "
                                   f"({exc.__class__.__name__}); restore key.json from a backup of the profile folder.") from None
            try:
                return AESGCM(kek).decrypt(nonce, wrapped, b"fieldplan-db-key")
            except (InvalidTag, ValueError):
                raise CannotUnlock("Cannot unlock the profile: the passphrase is wrong.") from None
        import keyring.errors

        try:
            stored = keyring.get_password(SERVICE, self.account) if keyring_usable() else None
        except keyring.errors.KeyringError:
            stored = None
        if not stored:
            raise CannotUnlock("Cannot unlock the profile: its key is not in this computer's keyring.")
        return bytes.fromhex(stored)

