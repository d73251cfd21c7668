"""Shared by the benchmarks: an in-memory keyring and file sizes."""
from __future__ import annotations

from pathlib import Path

PASSWORD = "bench-password"


def use_memory_keyring() -> None:
    """Benchmarks never touch the real keyring."""
    import keyring

    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())


def file_size(path: Path) -> int:
    """The database with its -wal and -shm files."""
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())
