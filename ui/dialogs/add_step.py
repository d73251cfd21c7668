"""Assign a catalog step/service to a goal (3. Add Steps/Services), with its planned dates and hours.

Evaluated/Not Required means start = due and 0 weekly hours (seed 001): choosing it fills them in.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDoubleSpinBox, QLabel

from app import domain
from app.services import plan_services
from ui import ops
from ui.dialogs.form_dialog import FormDialog
from ui.forms import DateField, combo


class AddStepDialog(FormDialog):
    def __init__(self, session, participant_id: str, item, goal_rows, goal_id: str | None = None, parent=None):
        super().__init__(session, self.tr("Add step/service"), parent, ok_text=self.tr("Add to plan"))
        self.participant_id, self.item = participant_id, item
        self.setMinimumWidth(520)
        title = QLabel(f"<b>{item.code + ' – ' if item.code else ''}{item.name}</b><br><span style='color:#5f6368'>{item.service_type}</span>")
        title.setWordWrap(True)
        self.layout_.insertWidget(0, title)
        form = self.form
        goals_box = form.add("goal_id", self.tr("Goal*"), combo([("", None)] + [(g.statement, g.id) for g in goal_rows], current=goal_id))
        goals_box.setMinimumContentsLength(40)
        self.start = form.add("planned_start", self.tr("Planned start*"), DateField())
        self.start.set_value(dt.date.today())
        self.due = form.add("planned_due", self.tr("Planned due*"), DateField())
        self.hours = form.add("weekly_hours", self.tr("Weekly hours*"), QDoubleSpinBox())
        self.hours.setRange(0, 168)
        self.hours.setDecimals(1)
        self.status = form.add("status", self.tr("Status*"), combo(domain.SERVICE_STATUSES))
        self.status.currentIndexChanged.connect(self._status_changed)
        self.start.textChanged.connect(self._status_changed)
        self.finish_layout()

    def _status_changed(self, *_) -> None:
        evaluated = self.status.currentData() == domain.EVALUATED
        if evaluated:
            self.due.setText(self.start.text())
            self.hours.setValue(0)
        self.due.setEnabled(not evaluated)
        self.hours.setEnabled(not evaluated)

    def save(self, values: dict):
        goal_id = values.pop("goal_id") or None
        return ops.apply(self.session, plan_services.add_service, self.participant_id, self.item.id, goal_id, **values,
                         on_invalid=self.form.show_errors)
