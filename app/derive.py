"""Derived values: computed from the rows they come from, never typed or stored twice."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class GoalDates:
    earliest_start: dt.date | None
    latest_due: dt.date | None


def derive_goal_dates(services: Iterable) -> GoalDates:
    """A goal's dates are its steps' min planned start and max planned due (DOMAIN.md, Career Plan table)."""
    starts = [s.planned_start for s in services if s.planned_start]
    dues = [s.planned_due for s in services if s.planned_due]
    return GoalDates(min(starts) if starts else None, max(dues) if dues else None)


def payment_total(unit_amount: float, quantity: float) -> float:
    return round(unit_amount * quantity, 2)
