"""What the server checks in a pushed op before the merge: the envelope, then the row.

The envelope (change id, row id, HLC, device id…) is written by the sync client, never typed by a
person: a bad one means a broken or hostile client, and the whole request is refused with 422.
The row's values are what a person typed: each op is checked against the device schema
(db/columns: types, lengths, required fields, NUL and lone surrogates, finite numbers) and against
the same app/rules the laptop runs (enums, required fields), and a bad op is rejected on its own with
the fields named, so the rest of the batch (and the device's outbox) goes on.
"""
from __future__ import annotations

import re

from app.errors import ValidationError
from app.server.store import ServerError
from app.text import storable
from app.sync.protocol import FieldProblem, Op
from db.columns import INT_MAX, check_fields
from db.wire import from_wire

HLC = re.compile(r"^\d{15}-\d{5}-[^\x00-\x1f]{1,42}$")


def _broken(text: str) -> bool:
    return not storable(text)


def check_envelope(ops: list[Op]) -> None:
    """422 for the whole request when the client's own bookkeeping is malformed."""
    for index, op in enumerate(ops):
        where = f"op {index + 1}"
        for name in ("change_id", "table_name", "row_id", "device_id", "participant_id", "user_id"):
            value = getattr(op, name)
            if value is not None and _broken(value):
                raise ServerError(422, f"The {name} of {where} contains a NUL or broken character.")
        if not HLC.match(op.hlc):
            raise ServerError(422, f"The hlc of {where} is not a clock stamp (<15 digits>-<5 digits>-<device>).")
        if not 0 <= op.base_seq <= INT_MAX:
            raise ServerError(422, f"The base_seq of {where} must be between 0 and {INT_MAX}.")
        for key in list(op.fields) + list(op.base):
            if _broken(key):
                raise ServerError(422, f"A field name of {where} contains a NUL or broken character.")


def _rules() -> dict:
    """Table → the app/rules function that checks a whole row (the ones that need no other rows)."""
    from app.rules.people import check_contact, check_credential, check_participant
    from app.rules.plan import check_case_note, check_goal

    return {"goal": check_goal, "case_note": check_case_note, "participant": check_participant,
            "contact_person": check_contact, "credential": check_credential}


_ROW_RULES: dict | None = None
_DEFAULTS: dict[type, dict] = {}


def defaults(model: type) -> dict:
    """A new row as the device's schema starts it: scalar column defaults, else None (wire values)."""
    if model not in _DEFAULTS:
        row = {}
        for column in model.__table__.columns:
            default = column.default.arg if column.default is not None and not callable(column.default.arg) else None
            row[column.name] = default
        _DEFAULTS[model] = row
    return dict(_DEFAULTS[model])


def row_problems(model: type, op: Op, existing: dict | None) -> list[FieldProblem]:
    """Every problem with the row as it would be after `op`; [] when it may be merged.

    A domain rule's problem counts only for a field the op sends (or any field of a new row): an
    edit of a phone number is not refused because another field of an old row breaks a newer rule.
    """
    global _ROW_RULES
    problems = [FieldProblem(field=f, message=m) for f, m in check_fields(model, op.fields, insert=existing is None)]
    if op.op == "delete" and op.fields.get("deleted") is not True:
        problems.append(FieldProblem(field="deleted", message="A delete must set deleted to true."))
    if "id" in op.fields:
        problems.append(FieldProblem(field="id", message="A row's id cannot be changed."))
    unknown = sorted(f for f in op.base if f not in model.__table__.columns)
    problems += [FieldProblem(field=f, message=f"{model.__tablename__} has no field {f!r}.") for f in unknown]
    if problems:
        return problems
    if _ROW_RULES is None:
        _ROW_RULES = _rules()
    rule = _ROW_RULES.get(model.__tablename__)
    row = {**(existing or defaults(model)), **op.fields}
    if rule is None or row.get("deleted"):
        return []
    values = {name: from_wire(model, name, value) for name, value in row.items() if name in model.__table__.columns}
    try:
        rule(values)
    except ValidationError as exc:
        return [FieldProblem(field=p.field, message=p.message) for p in exc.problems
                if existing is None or p.field in op.fields]
    except (TypeError, ValueError, AttributeError):  # a rule meeting a value shape it never expected
        return [FieldProblem(field="", message=f"This {model.__tablename__} row could not be checked: a value has an unexpected form.")]
    return []
