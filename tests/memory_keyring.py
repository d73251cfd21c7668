"""A keyring that forgets everything when the process ends: for tests, benchmarks and screenshots,
which must never touch the person's real keyring.

It is never chosen automatically: keyring considers every loaded backend class, and a memory keyring
picked by accident would lose the database key (and so the data) at exit. `priority` raises, which
keyring reads as "not viable"; set it explicitly with `keyring.set_keyring(MemoryKeyring())`.
"""
from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.compat import properties


class MemoryKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls):  # noqa: N805 - keyring's classproperty
        raise RuntimeError("MemoryKeyring is only used when set explicitly")

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)
