"""What every column of a synced table accepts, read from the models themselves.

The device schema is the one place that says how long a subject may be or which fields a row must
have. SQLite ignores VARCHAR lengths and stores NUL bytes; PostgreSQL refuses both (DESIGN.md, Known
pitfalls), so the laptop and the server check every value against the column before writing it:
type, length, required, and characters PostgreSQL cannot store (NUL, lone surrogates). Domain rules
(enums, dates in order, …) live in app/rules; this module knows only what the schema knows.

Values are checked either as Python values (what a service writes) or as JSON wire values (what a
device pushes, `db.wire.to_wire`). Problems come back as (field, sentence) pairs, every one at once.
"""
from __future__ import annotations

import datetime as dt
import math
from typing import Any, Iterable

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary, Numeric, String

from db.base import SYSTEM_COLUMNS

#: the largest integer a BIGINT column (and the JSON a server decodes) can hold
INT_MAX = 2**63 - 1


def label(field: str) -> str:
    """participant_id → "Participant", first_name → "First name" (as the Update Log says it)."""
    text = field[:-3] if field.endswith("_id") else field
    return text.replace("_", " ").capitalize()


def _text_problem(name: str, value: str, length: int | None) -> str | None:
    if "\x00" in value:
        return f"{name} contains a NUL character, which cannot be stored."
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return f"{name} contains a broken character (a lone UTF-16 surrogate), which cannot be stored."
    if length is not None and len(value) > length:
        return f"{name} must be at most {length} characters (it has {len(value)})."
    return None


def check_value(column, value: Any, *, wire: bool) -> str | None:
    """The sentence saying why `value` cannot go into `column`, or None when it can."""
    name = label(column.key)
    if value is None:
        if not column.nullable and not column.primary_key:
            return f"{name} is required and cannot be empty."
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        return None if isinstance(value, bool) else f"{name} must be true or false."
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{name} must be a whole number."
        return None if -INT_MAX <= value <= INT_MAX else f"{name} is too large a number."
    if isinstance(kind, (Float, Numeric)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"{name} must be a number."
        if isinstance(value, float) and not math.isfinite(value):
            return f"{name} must be a real number (not infinite or NaN)."
        return None if abs(value) <= 1e15 else f"{name} is too large a number."
    if isinstance(kind, DateTime):
        if not wire:
            return None if isinstance(value, dt.datetime) else f"{name} must be a date and time."
        try:
            dt.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            return f"{name} must be a date and time (ISO 8601)."
        return None
    if isinstance(kind, Date):
        if not wire:
            return None if isinstance(value, dt.date) else f"{name} must be a date."
        if not isinstance(value, str) or len(value) != 10:
            return f"{name} must be a date (YYYY-MM-DD)."
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return f"{name} must be a real date (YYYY-MM-DD)."
        return None
    if isinstance(kind, LargeBinary):
        return None if isinstance(value, (bytes, bytearray)) and not wire else f"{name} cannot be sent this way."
    if isinstance(kind, String):  # String and Text
        if not isinstance(value, str):
            return f"{name} must be text."
        return _text_problem(name, value, kind.length)
    return None


def required_columns(model: type) -> list[str]:
    """Columns a new row must carry: NOT NULL with no default (the system columns are stamped)."""
    return [c.key for c in model.__table__.columns
            if not c.nullable and not c.primary_key and c.default is None and c.server_default is None
            and c.key not in SYSTEM_COLUMNS]


_FAST: dict[type, dict[str, tuple[tuple[type, ...], int | None, bool]]] = {}


def _fast_checks(model: type) -> dict[str, tuple[tuple[type, ...], int | None, bool]]:
    """field → (Python types a value of it always passes as, text length limit, may be None), for
    the columns whose check is that simple: the write path's values are checked without the general
    sentence-building code, which runs only for a value that fails these."""
    fast = _FAST.get(model)
    if fast is None:
        fast = {}
        for column in model.__table__.columns:
            kind = column.type
            if isinstance(kind, Boolean):
                types = (bool,)
            elif isinstance(kind, DateTime):
                types = (dt.datetime,)
            elif isinstance(kind, Date):
                types = (dt.date, dt.datetime)
            elif isinstance(kind, String):
                types = (str,)
            else:
                continue  # numbers (bounds, NaN), binary: the general check
            fast[column.key] = (types, getattr(kind, "length", None) if types == (str,) else None,
                                column.nullable or column.primary_key)
        _FAST[model] = fast
    return fast


def _passes(check: tuple[tuple[type, ...], int | None, bool], value: Any) -> bool:
    types, length, nullable = check
    if value is None:
        return nullable
    if type(value) not in types:
        return False
    if types[0] is str:
        return (length is None or len(value) <= length) and value.isascii() and "\x00" not in value
    return True


def check_fields(model: type, fields: dict[str, Any], *, insert: bool, wire: bool = True) -> list[tuple[str, str]]:
    """Every problem with `fields` for a row of `model`: unknown fields, types, lengths, characters,
    and (for an insert) the required fields that are missing."""
    columns = model.__table__.columns
    problems: list[tuple[str, str]] = []
    fast = _fast_checks(model) if not wire else {}
    for field, value in fields.items():
        check = fast.get(field)
        if check is not None and _passes(check, value):
            continue
        if field not in columns:
            problems.append((field, f"{model.__tablename__} has no field {field!r}."))
            continue
        message = check_value(columns[field], value, wire=wire)
        if message:
            problems.append((field, message))
    if insert:
        for field in required_columns(model):
            if field not in fields:
                problems.append((field, f"{label(field)} is required and cannot be empty."))
    return problems


def check_row(obj, fields: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """Problems with a model instance's Python values (what the ChangeRecorder is about to write)."""
    model = type(obj)
    names = list(fields) if fields is not None else [c.key for c in model.__table__.columns if c.key not in SYSTEM_COLUMNS]
    problems = []
    for field in names:
        message = check_value(model.__table__.columns[field], getattr(obj, field), wire=False)
        if message:
            problems.append((field, message))
    return problems


def max_length(model: type, field: str) -> int | None:
    """For the UI: the longest text the field holds (None for Text), so a line edit can carry it."""
    kind = model.__table__.columns[field].type
    return getattr(kind, "length", None) if isinstance(kind, String) else None
