"""The device schema's limits in the write path: every value a service writes is checked against its
column (db/columns.py: type, length, required, characters PostgreSQL cannot store) before the
ChangeRecorder writes it, so a value the server would refuse never reaches the outbox."""
from __future__ import annotations

from typing import Any

from app.errors import FieldError, ValidationError
from db.columns import check_fields


def refuse_bad_columns(model: type, values: dict[str, Any], insert: bool) -> None:
    """The ChangeRecorder's check hook: raise ValidationError naming every field that cannot be stored."""
    problems = check_fields(model, values, insert=False, wire=False)
    if problems:
        raise ValidationError([FieldError(field, message) for field, message in problems])
