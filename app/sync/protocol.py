"""What client and server say to each other (shared by app/sync and app/server).

Values travel as JSON wire values (`db.wire.to_wire`). A pushed op carries the fields it changed and
the BASE values the device saw, so the server can merge three-way per field. A pulled change is the
row's whole current state on the server (like CouchDB's changes feed): applying it twice is harmless.
"""
from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field

API_PREFIX = "/api/v1"
MAX_PUSH_OPS = 2000
MAX_PULL_LIMIT = 5000


def _storable(value: str) -> str:
    """PostgreSQL refuses NUL and lone UTF-16 surrogates (SQLite keeps them): refuse them at the door (422)."""
    if "\x00" in value:
        raise ValueError("contains a NUL character, which cannot be stored")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("contains a broken character (a lone UTF-16 surrogate), which cannot be stored") from None
    return value


#: text a client sends that the server may store or look up: no NUL, no lone surrogate
Storable = Annotated[str, AfterValidator(_storable)]


class SignIn(BaseModel):
    username: Storable = Field(min_length=1, max_length=80)
    password: Storable = Field(min_length=1, max_length=400)
    device_id: Storable = Field(min_length=1, max_length=64)
    device_name: Storable = Field(default="", max_length=200)


class Token(BaseModel):
    token: str
    user_id: str
    username: str
    role: str
    epoch: str


class Op(BaseModel):
    """One captured change (an outbox row, or an Update Log row pushed as an insert-only op)."""

    change_id: str = Field(min_length=1, max_length=64)
    table_name: str = Field(min_length=1, max_length=60)
    row_id: str = Field(min_length=1, max_length=36)
    participant_id: str | None = None
    op: Literal["insert", "update", "delete"]
    fields: dict[str, Any]
    base: dict[str, Any] = Field(default_factory=dict)
    base_seq: int = 0
    hlc: str = Field(min_length=1, max_length=64)
    device_id: str = Field(min_length=1, max_length=64)
    user_id: str | None = None


class PushBatch(BaseModel):
    ops: list[Op] = Field(max_length=MAX_PUSH_OPS)


class FieldProblem(BaseModel):
    """One reason the server refused an op: the field (or "" for the whole row) and a sentence."""

    field: str
    message: str


class Receipt(BaseModel):
    change_id: str
    #: applied: every field taken; merged: some fields lost to a newer value (conflict kept);
    #: unchanged: the server already had these values; rejected: refused (validation, scope or table
    #: rule) — nothing of it was written, `reason`/`errors` say why, and the rest of the batch went on.
    #: A rejected op is never retried as-is: the device sets it aside for a person to fix or discard.
    status: Literal["applied", "merged", "unchanged", "rejected"]
    seq: int
    conflicts: int = 0
    reason: str = ""
    errors: list[FieldProblem] = Field(default_factory=list)


class PushResult(BaseModel):
    receipts: list[Receipt]
    epoch: str


class Change(BaseModel):
    seq: int
    table_name: str
    row: dict[str, Any]


class PullPage(BaseModel):
    changes: list[Change]
    next_cursor: int
    has_more: bool
    epoch: str


class Digest(BaseModel):
    """Rows per table in the caller's scope: a cheap check that the device holds what the server holds."""

    counts: dict[str, int]
    epoch: str


class ScopeIds(BaseModel):
    """Every participant the caller's account may hold right now. After a pull the device purges the
    rows of any participant it holds that is not listed (moved to another organization, another
    planner's caseload): CommCare's purge of cases no longer owned."""

    participants: list[str]
    epoch: str


#: HTTP status of any authenticated request from a device an administrator marked to be wiped; the
#: body is `{"detail": "<sentence>", "action": "wipe"}` and the device deletes the profile's data
#: without pushing anything.
WIPE_STATUS = 410
WIPE_ACTION = "wipe"


class BlobHashes(BaseModel):
    hashes: list[Storable] = Field(max_length=10000)


class Health(BaseModel):
    status: str
    epoch: str
    seq: int
