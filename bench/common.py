"""Shared by the benchmarks: quiet in-memory keyring, timing, demo profiles kept in bench/out/."""
from __future__ import annotations

import os
import resource
import time
from contextlib import contextmanager
from pathlib import Path

OUT = Path(__file__).parent / "out"
PASSWORD = "bench-password"


def use_memory_keyring() -> None:
    """Benchmarks never touch the real keyring."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1
        store: dict = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    keyring.set_keyring(MemoryKeyring())


@contextmanager
def timed(results: dict, name: str):
    start = time.perf_counter()
    yield
    results[name] = time.perf_counter() - start


def file_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def demo_profile(participants: int = 2000, name: str | None = None, passphrase: str = "bench-passphrase") -> Path:
    """A demo profile in bench/out/ (passphrase mode, so any process can open it); made once, reused."""
    from app import demo
    from app.profile import create_profile, profile_exists

    folder = OUT / (name or f"demo-{participants}")
    if not profile_exists(folder):
        import keyring
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())
        ws = create_profile(folder, "admin", PASSWORD, passphrase=passphrase)
        demo.generate(ws.as_user("admin"), participants, password=PASSWORD)
        ws.close()
    os.environ.setdefault("FIELDPLAN_PASSPHRASE", passphrase)
    return folder
