"""Identifiers that can be minted offline on any device."""
from __future__ import annotations

import os
import time
import uuid

_NAMESPACE = uuid.UUID("6f1c1f8e-3c1b-4e4b-9a57-8d0e7f1a2b3c")


def uuid7() -> str:
    """A time-ordered UUID (RFC 9562 version 7) as a 36-character string.

    Time-ordered keys keep B-tree inserts local, which matters for a caseload created offline.
    """
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def stable_id(*parts: str) -> str:
    """A UUID derived from names, so reference rows (catalog items) agree on every device."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))
