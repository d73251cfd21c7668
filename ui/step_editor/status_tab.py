"""Status sub-tab (seed 001): goal, status, planned dates, weekly hours, completion date, notes and
the barriers ("situations") the step addresses. Saved by `plan_services.update_service`, which
checks every rule at once; problems appear beside their fields and nothing is saved."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
)

from app import domain
from app.errors import ValidationError
from app.services import goals, plan_services
from ui import ops
from ui.forms import DateField, Form, combo, write_widget
from ui.step_editor.common import (
    ServiceSubTab,
    ServiceView,
    action_button,
    compact,
    footer_label,
)

FIELDS = ("goal_id", "status", "planned_start", "planned_due", "weekly_hours", "completion_date", "notes", "barriers")


class StatusTab(ServiceSubTab):
    def __init__(self, session, service_id: str, parent=None, view: ServiceView | None = None):
        super().__init__(session, service_id, parent, view)
        layout = QVBoxLayout(self)
        self.form = Form()
        goal_items = [(self.tr("— choose a goal —"), "")] + [(g.statement, g.id) for g in goals.list_goals(self.ctx, self.participant_id)]
        self.goal = self.form.add("goal_id", self.tr("Goal*"), combo(goal_items))
        self.status = self.form.add("status", self.tr("Status*"), combo(domain.SERVICE_STATUSES))
        self.start = self.form.add("planned_start", self.tr("Planned start date*"), DateField())
        self.due = self.form.add("planned_due", self.tr("Planned due/completion date*"), DateField())
        hours = QDoubleSpinBox()
        hours.setRange(0, 168)
        hours.setDecimals(1)
        hours.setSingleStep(0.5)
        hours.setSuffix(self.tr(" h/week"))
        self.hours = self.form.add("weekly_hours", self.tr("Weekly hours*"), hours)
        self.completion = self.form.add("completion_date", self.tr("Completion date"), DateField())
        self.notes = self.form.add("notes", self.tr("Other notes"), QPlainTextEdit())
        self.barriers = self.form.add("barriers", self.tr("Related barriers (situations)"), QPlainTextEdit())
        for box in (self.notes, self.barriers):
            box.setTabChangesFocus(True)
            box.setFixedHeight(64)
        for field in ("goal_id", "status"):
            self.form.widgets[field].setMinimumWidth(320)
        self.goal.setSizeAdjustPolicy(self.goal.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goal.setMinimumContentsLength(40)
        compact(self.form)
        layout.addWidget(self.form)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        self.footer = footer_label()
        bottom.addWidget(self.footer, 1)
        self.save_button = action_button(self, self.tr("&Update service"), self.tr("Save the status, dates and hours"), self.save)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.start.textEdited.connect(self._start_edited)
        self.reload()

    def reload(self) -> None:
        service = self.view.service
        self.form.set_values({f: getattr(service, f) for f in FIELDS})
        write_widget(self.goal, service.goal_id or "")
        self.form.clear_errors()
        self._status_changed()
        self.footer.setText(self.view.footer)
        self.mark_saved()

    def shown_values(self) -> dict:
        return self.form.shown_values()

    def unsaved_changes(self) -> str:
        return self.tr("The Status sub-tab has unsaved changes.") if self.typed_since_saved() else ""

    def save_unsaved(self):
        return self.save()

    def _status_changed(self) -> None:
        """Completion date only for a completion; Evaluated/Not Required means due = start and 0 hours."""
        status = self.status.currentData()
        completes = status in domain.COMPLETION_STATUSES
        self.completion.setEnabled(completes)
        self.form.layout_.labelForField(self.completion.parentWidget()).setText(self.tr("Completion date*") if completes else self.tr("Completion date"))
        evaluated = status == domain.EVALUATED
        if evaluated and self.due.isEnabled():  # keep what was typed: leaving Evaluated brings it back
            self._typed = (self.due.text(), self.hours.value())
            self.due.setText(self.start.text())
            self.hours.setValue(0)
        elif not evaluated and not self.due.isEnabled() and getattr(self, "_typed", None):
            self.due.setText(self._typed[0])
            self.hours.setValue(self._typed[1])
            self._typed = None
        if not evaluated:
            for field in ("planned_due", "weekly_hours"):  # their Evaluated/Not Required errors no longer apply
                self.form.errors[field].clear()
                self.form.errors[field].hide()
        self.due.setEnabled(not evaluated)
        self.hours.setEnabled(not evaluated)

    def _start_edited(self, text: str) -> None:
        if self.status.currentData() == domain.EVALUATED:
            self.due.setText(text)

    def values(self) -> dict:
        values = self.form.values()
        if values["status"] not in domain.COMPLETION_STATUSES:
            values["completion_date"] = None
        return values

    def save(self):
        self.form.clear_errors()
        try:
            values = self.values()
        except ValidationError as error:
            self.form.show_errors(error)
            return ops.REFUSED
        return self.write(plan_services.update_service, self.service_id, form=self.form, **values)
