"""What services raise. None of these ever reaches a caseworker as a traceback."""
from __future__ import annotations

from app.i18n import _
from dataclasses import dataclass

from db.cipher import CannotUnlock  # re-exported: app callers catch it from here

__all__ = ["CannotUnlock", "FieldError", "NotFound", "NotAllowed", "ValidationError", "Problems"]


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def __str__(self) -> str:
        return self.message


class ValidationError(Exception):
    """Every problem with an input at once, each naming the field; raised before anything is written."""

    def __init__(self, problems: list[FieldError]):
        self.problems = list(problems)
        super().__init__(" ".join(str(p) for p in self.problems))

    def for_field(self, field: str) -> list[str]:
        return [p.message for p in self.problems if p.field == field]


class NotFound(Exception):
    """The record does not exist, or is outside the user's scope (the two look the same on purpose)."""


class NotAllowed(Exception):
    """The user's role does not allow this action."""


class Problems:
    """Collects FieldErrors, so a rule reports every problem rather than the first."""

    def __init__(self) -> None:
        self.items: list[FieldError] = []

    def add(self, field: str, message: str) -> None:
        self.items.append(FieldError(field, message))

    def require(self, value, field: str, label: str) -> None:
        """An empty value is reported by its label ("Assessment name is required."), never a bare "is required."."""
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field, _("{label} is required.").format(label=_(label)))

    def __bool__(self) -> bool:
        return bool(self.items)

    def fields(self) -> set[str]:
        return {p.field for p in self.items}

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(self.items)
