"""The device schema's limits in the write path: every value a service writes is checked against its
column (db/columns.py: type, length, required, characters PostgreSQL cannot store) before the
ChangeRecorder writes it, so a value the server would refuse never reaches the outbox."""

from __future__ import annotations

from typing import Any

from app.errors import FieldError, ValidationError
from db.columns import check_fields, max_length


def refuse_bad_columns(model: type, values: dict[str, Any], insert: bool) -> None:
    """The ChangeRecorder's check hook: raise ValidationError naming every field that cannot be stored."""
    problems = check_fields(model, values, insert=False, wire=False)
    if problems:
        raise ValidationError([FieldError(field, message) for field, message in problems])


def text_limit(table: str, field: str) -> int | None:
    """The longest text `table.field` holds (None for unlimited text or an unknown field): the UI's
    line edits carry it, so a caseworker cannot type what the server would refuse."""
    from db.models import synced_tables

    model = synced_tables().get(table)
    if model is None or field not in model.__table__.columns:
        return None
    return max_length(model, field)
