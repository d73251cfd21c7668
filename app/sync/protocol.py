"""What client and server say to each other (shared by app/sync and app/server).

Values travel as JSON wire values (`db.wire.to_wire`). A pushed op carries the fields it changed and
the BASE values the device saw, so the server can merge three-way per field. A pulled change is the
row's whole current state on the server (like CouchDB's changes feed): applying it twice is harmless.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated, Any, Literal, NamedTuple

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


class PulledChange(NamedTuple):
    """A change as the client reads it (the same fields as Change, without a pydantic model per row)."""

    seq: int
    table_name: str
    row: dict


@dataclass
class PulledPage:
    changes: list[PulledChange]
    next_cursor: int
    has_more: bool
    epoch: str


class BadPage(ValueError):
    """A pull page this client cannot read; the message names the field and the rule."""


_DECODER = json.JSONDecoder()
_HEAD = '{"changes":['


def _int(value, name: str) -> int:
    if type(value) is not int or value < 0:
        raise BadPage(f"{name} must be a whole number of 0 or more")
    return value


def decode_pull_page(body: bytes | str) -> PulledPage:
    """A pull page decoded and checked without pydantic: pydantic validates a whole 2,500-change page in one call
    that holds the GIL for hundreds of milliseconds, which freezes the window while a sync runs on a worker.
    The changes are decoded one at a time (the GIL is free between them) and checked with plain type tests:
    `seq` a whole number, `table_name` text, `row` an object with a text `id`; then the cursor, has_more, epoch."""
    text = body.decode("utf-8") if isinstance(body, (bytes, bytearray)) else body
    changes: list[PulledChange] = []
    try:
        if text.startswith(_HEAD):  # the server's own layout: stream the array, then read the rest as one object
            at = len(_HEAD)
            decode = _DECODER.raw_decode
            if text[at] == "]":
                at += 1
            else:
                while True:
                    item, at = decode(text, at)
                    changes.append(_change(item))
                    if text[at] == ",":
                        at += 1
                    elif text[at] == "]":
                        at += 1
                        break
                    else:
                        raise BadPage(f"changes: unexpected {text[at]!r} between two changes")
            rest = json.loads("{" + text[at:].lstrip(",")) if text[at:].strip() != "}" else {}
        else:
            rest = json.loads(text)
            if not isinstance(rest, dict):
                raise BadPage("the page must be a JSON object")
            items = rest.get("changes")
            if not isinstance(items, list):
                raise BadPage("changes must be a list")
            changes = [_change(item) for item in items]
    except (ValueError, IndexError) as exc:
        if isinstance(exc, BadPage):
            raise
        raise BadPage(f"the page is not valid JSON ({exc.__class__.__name__})") from None
    has_more, epoch = rest.get("has_more"), rest.get("epoch")
    if type(has_more) is not bool:
        raise BadPage("has_more must be true or false")
    if not isinstance(epoch, str):
        raise BadPage("epoch must be text")
    return PulledPage(changes, _int(rest.get("next_cursor"), "next_cursor"), has_more, epoch)


def _change(item) -> PulledChange:
    if not isinstance(item, dict):
        raise BadPage("each change must be an object")
    seq, name, row = item.get("seq"), item.get("table_name"), item.get("row")
    if not isinstance(name, str) or not name:
        raise BadPage("table_name must be non-empty text")
    if not isinstance(row, dict) or not isinstance(row.get("id"), str):
        raise BadPage("row must be an object with a text id")
    return PulledChange(_int(seq, "seq"), name, row)


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
