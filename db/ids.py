"""Identifiers that can be minted offline on any device."""
from __future__ import annotations

import os
import threading
import time
import uuid

_NAMESPACE = uuid.UUID("6f1c1f8e-3c1b-4e4b-9a57-8d0e7f1a2b3c")


def uuid7() -> str:
    """A time-ordered UUID (RFC 9562 version 7) as a 36-character string.

    Time-ordered keys keep B-tree inserts local, which matters for a caseload created offline.
    """
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(_random_bytes(), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


_RANDOM = threading.local()
_CHUNK = 10 * 512


def _random_bytes() -> bytes:
    """10 bytes from the OS's random source, read 512 ids at a time (one system call, not one per id;
    per thread, and refilled in a forked child, so no two ids share bytes)."""
    pid = os.getpid()
    if getattr(_RANDOM, "pid", None) != pid or _RANDOM.at >= _CHUNK:
        _RANDOM.buffer, _RANDOM.at, _RANDOM.pid = os.urandom(_CHUNK), 0, pid
    at = _RANDOM.at
    _RANDOM.at = at + 10
    return _RANDOM.buffer[at:at + 10]


def stable_id(*parts: str) -> str:
    """A UUID derived from names, so reference rows (catalog items) agree on every device."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))
