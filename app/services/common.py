"""What every service needs: scoped loading of plan rows and merging changes for validation."""
from __future__ import annotations

from app.i18n import _
from typing import TypeVar

from sqlalchemy.orm import Session

from app.errors import FieldError, NotFound, ValidationError
from app.scope import CurrentUser, visible_participant
from db.base import ParticipantOwned
from db.changes import data_columns

Row = TypeVar("Row", bound=ParticipantOwned)


def load_owned(session: Session, user: CurrentUser, model: type[Row], row_id: str) -> Row:
    """A plan row the user may see (its participant in scope), not deleted; NotFound otherwise."""
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound(_("{__label__} not found.").format(__label__=model.__label__))
    visible_participant(session, user, row.participant_id)
    return row


def reject_unknown(model: type, changes: dict, allowed: set[str] | None = None) -> None:
    allowed = allowed if allowed is not None else set(data_columns(model)) - {"participant_id", "deleted"}
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise ValidationError([FieldError(f, _("“{f}” is not a field that can be changed here.").format(f=f)) for f in unknown])


def merged(row, changes: dict) -> dict:
    """The record as it would be after `changes`: what rules validate."""
    values = {f: getattr(row, f) for f in data_columns(type(row))}
    values.update(changes)
    return values


def strip_text(values: dict) -> dict:
    return {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}
