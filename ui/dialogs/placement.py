"""The worksite placement editor of a work experience/employment step (seed 001): the job, wages,
dates, status (with its history), subsidized days and the 30/60/90/180/270-day follow-ups."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app import domain
from app.errors import ValidationError
from app.services import employers, placements
from ui import ops
from ui.forms import DateField, Form, combo
from ui.session import PlanSession
from ui.widgets.row_table import Column, RowTableModel, item, row_at, table_view
from ui.widgets.row_table import money as money_text

#: (field, label marked for the catalog; self.tr(label) translates it on screen)
MONEY_FIELDS = (("minimum_wage", QT_TRANSLATE_NOOP("PlacementDialog", "Minimum wage for placement*")),
                ("hourly_wage", QT_TRANSLATE_NOOP("PlacementDialog", "Hourly wage for placement*")),
                ("subsidized_wage", QT_TRANSLATE_NOOP("PlacementDialog", "Subsidized wage or training wage match*")),
                ("employer_wage_match", QT_TRANSLATE_NOOP("PlacementDialog", "Unsubsidized/employer's wage match*")))
DATE_FIELDS = (("start_date", QT_TRANSLATE_NOOP("PlacementDialog", "Start date*")),
               ("planned_due", QT_TRANSLATE_NOOP("PlacementDialog", "Planned due date*")),
               ("end_date", QT_TRANSLATE_NOOP("PlacementDialog", "End date")),
               ("subsidized_start", QT_TRANSLATE_NOOP("PlacementDialog", "Subsidized start date")),
               ("subsidized_end", QT_TRANSLATE_NOOP("PlacementDialog", "Subsidized end date")))


def money() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 500)
    box.setDecimals(2)
    box.setPrefix("$")
    return box


class PlacementDialog(QDialog):
    """Add (placement_id None) or edit a placement; `saved(placement_id)` after every write."""

    saved = Signal(str)

    def __init__(self, session, service_id: str, placement_id: str | None = None, parent=None):
        super().__init__(parent)
        self.session = PlanSession.of(session)
        self.ctx = ctx = self.session.ctx
        self.service_id, self.placement_id = service_id, placement_id
        self.setWindowTitle(self.tr("Worksite placement"))
        layout = QVBoxLayout(self)
        self.form = Form()
        self.jobs = employers.list_jobs(ctx)
        self.job = self.form.add("job_id", self.tr("Job*"), combo([(f"{j.employer} — {j.worksite} — {j.title} (${j.hourly_wage:.2f}/h)", j.id)
                                                                    for j in self.jobs]))
        self.job.currentIndexChanged.connect(self._job_chosen)
        for field, label in MONEY_FIELDS:
            self.form.add(field, self.tr(label), money())
        self.form.add("position_type", self.tr("Position type*"), combo(domain.POSITION_TYPES))
        self.form.add("status", self.tr("Status*"), combo(domain.PLACEMENT_STATUSES))
        for field, label in DATE_FIELDS:
            self.form.add(field, self.tr(label), DateField())
        hours = self.form.add("weekly_hours", self.tr("How many hours a week?"), QDoubleSpinBox())
        hours.setRange(0, 168)
        if placement_id:
            self.form.add("inactive_on", self.tr("Inactive date"), DateField())
            self.form.add("return_on", self.tr("Return date"), DateField())
        layout.addWidget(self.form)
        self.subsidized = QLabel()
        self.subsidized.setAccessibleName(self.tr("Total subsidized days"))
        layout.addWidget(self.subsidized)

        history_box = QGroupBox(self.tr("Status history"))
        self.history_model = RowTableModel([
            Column(self.tr("Status"), lambda h: h.status, label=True), Column(self.tr("Start date"), lambda h: h.start_date),
            Column(self.tr("Inactive date"), lambda h: h.inactive_on), Column(self.tr("Return date"), lambda h: h.return_on),
            Column(self.tr("Subsidized start"), lambda h: h.subsidized_start), Column(self.tr("Subsidized end"), lambda h: h.subsidized_end),
            Column(self.tr("Total days subsidized"), lambda h: h.days_subsidized, numeric=True),
            Column(self.tr("Updated date"), lambda h: h.updated_on), Column(self.tr("Updated by"), lambda h: h.updated_by)], self)
        QVBoxLayout(history_box).addWidget(table_view(self.history_model, self.tr("Status history")))
        layout.addWidget(history_box)
        follow_box = QGroupBox(self.tr("Follow-ups"))
        follow_layout = QVBoxLayout(follow_box)
        self.follow_model = RowTableModel([Column(self.tr("Follow-up"), item(0)), Column(self.tr("Available"), item(1)),
                                           Column(self.tr("Reviewed on"), item(2)), Column(self.tr("Wage"), item(3), numeric=True, show=money_text),
                                           Column(self.tr("Employment verified"), item(4))], self)
        self.follow_view = table_view(self.follow_model, self.tr("Follow-ups"))
        self.follow_view.setMinimumHeight(190)
        follow_layout.addWidget(self.follow_view)
        self.review_action = QAction(self.tr("Review follow-up…"), self)
        self.review_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.review_action.setStatusTip(self.tr("Review the chosen follow-up: verify employment and update the wage"))
        self.review_action.triggered.connect(self.review_selected)
        self.addAction(self.review_action)
        review_button = QPushButton(self.review_action.text())
        review_button.clicked.connect(self.review_action.trigger)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(review_button)
        follow_layout.addLayout(row)
        layout.addWidget(follow_box)
        self.history_box, self.follow_box = history_box, follow_box
        history_box.setVisible(bool(placement_id))
        follow_box.setVisible(bool(placement_id))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).setShortcut(QKeySequence.StandardKey.Save)
        self.remove_button = buttons.addButton(self.tr("Remove placement…"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setToolTip(self.tr("Remove this worksite placement (placed by mistake, or in the wrong job)"))
        self.remove_button.clicked.connect(self.remove)
        self.remove_button.setVisible(bool(placement_id))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.view = None
        if placement_id:
            self.load()
        else:
            self._job_chosen()

    def _job_chosen(self) -> None:
        """Seed 001: the hourly wage is prepopulated from the job."""
        job = next((j for j in self.jobs if j.id == self.job.currentData()), None)
        if job and not self.placement_id:
            self.form.widgets["hourly_wage"].setValue(job.hourly_wage)

    def load(self) -> None:
        """The placement as saved, with its status history and follow-ups (shown from the first save on)."""
        self.view = placements.get_placement(self.ctx, self.placement_id)
        for part in (self.history_box, self.follow_box, self.remove_button):
            part.setVisible(True)
        p = self.view.placement
        self.form.set_values({f: getattr(p, f) for f in ("job_id", "position_type", "status", "weekly_hours",
                                                          *(f for f, _ in MONEY_FIELDS), *(f for f, _ in DATE_FIELDS))})
        total = placements.participant_subsidized_days(self.ctx, p.participant_id)
        self.subsidized.setText(self.tr("Days subsidized on this placement: {days} — Total subsidized days for all items: {total}")
                                .format(days=self.view.days_subsidized, total=total))
        self.history_model.set_rows(self.view.history)
        self.follow_model.set_rows([(f.label, self.tr("Yes") if f.available else self.tr("Not yet"), f.reviewed_on, f.wage,
                                     (self.tr("Yes") if f.employment_verified else self.tr("No")) if f.reviewed_on else "", f.day_offset)
                                    for f in self.view.follow_ups])

    def save(self):
        """Through the runner: an Op (`.succeeded` once saved), or ops.REFUSED when the form refused the input."""
        self.form.clear_errors()
        try:
            values = self.form.values()
        except ValidationError as error:
            self.form.show_errors(error)
            return ops.REFUSED
        job_id = values.pop("job_id")
        if self.placement_id:
            op = ops.apply(self.session, placements.update_placement, self.placement_id, job_id=job_id, **values,
                           on_invalid=self.form.show_errors, initiator=self)
        else:
            op = ops.apply(self.session, lambda ctx: placements.add_placement(ctx, self.service_id, job_id, **values).id,
                           on_invalid=self.form.show_errors, initiator=self)
            op.then(lambda placement_id: setattr(self, "placement_id", placement_id))
        return op.then(lambda _: self._saved())

    def _saved(self) -> None:
        self.saved.emit(self.placement_id)
        self.load()

    def remove(self, confirmed: bool = False):
        """Seed 001 shows Remove beside a placement: its history and follow-ups go with it."""
        from PySide6.QtWidgets import QMessageBox

        if not self.placement_id:
            return False
        if not confirmed:
            title = self.view.job_title if self.view else ""
            answer = QMessageBox.question(self, self.tr("Remove placement"),
                                          self.tr("Remove the worksite placement “{title}”? Its status history and follow-ups go with it.")
                                          .format(title=title))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return ops.apply(self.session, placements.remove_placement, self.placement_id, initiator=self,
                         on_result=lambda _: (self.saved.emit(self.placement_id), self.reject()))

    def review_selected(self) -> None:
        index = self.follow_view.currentIndex()
        if not index.isValid() or self.view is None:
            return
        offset = row_at(index)[5]
        dialog = FollowUpReviewDialog(self.ctx, self.placement_id, offset, self.view.placement.hourly_wage, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.saved.emit(self.placement_id)
            self.load()


class FollowUpReviewDialog(QDialog):
    """Seed 001: review the information, update the wage if needed, mark employment verified."""

    def __init__(self, ctx, placement_id: str, day_offset: int, wage: float, parent=None):
        super().__init__(parent)
        self.ctx, self.placement_id, self.day_offset = ctx, placement_id, day_offset
        self.setWindowTitle(self.tr("{days}-day follow-up").format(days=day_offset))
        layout = QVBoxLayout(self)
        self.form = Form()
        self.form.add("day_offset", self.tr("Follow-up"), QLabel(self.tr("%n days after the start", "", day_offset)))
        self.wage = self.form.add("wage", self.tr("Hourly wage now"), money())
        self.wage.setValue(wage)
        self.verified = self.form.add("employment_verified", self.tr("I have verified employment"), QCheckBox())
        self.verified.setChecked(True)
        self.two_way = self.form.add("two_way_contact", self.tr("Two-way contact with the participant"), QCheckBox())
        self.note = self.form.add("note", self.tr("Case note"), QPlainTextEdit())
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            placements.review_follow_up(self.ctx, self.placement_id, self.day_offset, wage=self.wage.value(),
                                        employment_verified=self.verified.isChecked(), note=self.note.toPlainText(),
                                        two_way_contact=self.two_way.isChecked(), today=dt.date.today())
        except ValidationError as error:
            self.form.show_errors(error)
            return
        super().accept()

