"""The attendance week of one step/service (seed 001, Attendance sub-tab): type the week, Save,
Submit, or Verify. A verified week is read-only; days outside the service dates are disabled.

    grid = AttendanceWeekGrid(ctx, service_id, sunday)
    grid.saved.connect(refresh_weeks)    # after any successful write
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import domain
from app.rules.attendance import week_start
from app.services import attendance, plan_services
from ui import ops
from ui.session import PlanSession
from ui.widgets.week_cells import WeekCells

NOTE_STYLE = "color: #5f6368;"


class AttendanceWeekGrid(QWidget):
    """One week of one service, with Save, Submit and Verify."""

    saved = Signal()

    def __init__(self, session, service_id: str, sunday: dt.date, parent=None):
        super().__init__(parent)
        self.session = PlanSession.of(session)
        self.ctx, self.service_id, self.sunday = self.session.ctx, service_id, week_start(sunday)
        service = plan_services.get_service(self.ctx, service_id)
        self.status = service.status
        self.setAccessibleName(self.tr("Attendance week of %s") % f"{self.sunday:%m/%d/%Y}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Week"))
        layout.addWidget(self.heading)
        self.cells = WeekCells(self.sunday, service.planned_start, service.planned_due)
        layout.addWidget(self.cells)
        self.cells.edited.connect(lambda: self.state.setText(self.tr("Unsaved changes: Save (Ctrl+S), Submit or Verify.")))
        self.state = QLabel()
        self.state.setStyleSheet(NOTE_STYLE)
        self.state.setAccessibleName(self.tr("Week state"))
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = self._action(buttons, self.tr("Sav&e"), QKeySequence.StandardKey.Save, self.tr("Save the week"), lambda: self.save())
        self.submit_button = self._action(buttons, self.tr("S&ubmit"), QKeySequence("Ctrl+Shift+S"), self.tr("Save and submit the week"), lambda: self.save(submit=True))
        self.verify_button = self._action(buttons, self.tr("&Verify"), QKeySequence("Ctrl+Shift+V"), self.tr("Submit and verify the week; it is then read-only"), self.verify)
        layout.addLayout(buttons)
        self.reload()

    def _action(self, row: QHBoxLayout, text: str, shortcut, tip: str, slot) -> QPushButton:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        button = QPushButton(text)
        button.setToolTip(f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(action.trigger)
        button.setAutoDefault(False)
        row.addWidget(button)
        return button

    # -- loading ----------------------------------------------------------------------------------
    def _summary(self) -> attendance.WeekSummary | None:
        return next((w for w in attendance.list_weeks(self.ctx, self.service_id) if w.week_start == self.sunday), None)

    def reload(self) -> None:
        self.cells.set_entries(attendance.get_week(self.ctx, self.service_id, self.sunday))
        summary = self._summary()
        self.verified = bool(summary and summary.verified)
        self.submitted = bool(summary and summary.submitted)
        end = self.sunday + dt.timedelta(days=6)
        heading = self.tr("Week of {start} – {end}").format(start=f"{self.sunday:%m/%d/%Y}", end=f"{end:%m/%d/%Y}")
        self.heading.setText(f"<b>{heading}</b>")
        takes = self.status == domain.STARTED
        self.cells.set_read_only(self.verified or not takes)
        for button in (self.save_button, self.submit_button, self.verify_button):
            button.setEnabled(takes and not self.verified)
        for action in self.actions():
            action.setEnabled(takes and not self.verified)
        if self.verified:
            self.state.setText(self.tr("Verified: this week is read-only."))
        elif self.submitted:
            self.state.setText(self.tr("Submitted, not verified yet."))
        else:
            self.state.setText(self.tr("Not submitted. Type times like 9, 930, 9:30a or 1:15p; Tab moves to the next cell."))

    # -- writing ----------------------------------------------------------------------------------
    def save(self, submit: bool = False, *, verify: bool = False):
        """Save the typed week through the runner (an Op, `.succeeded` once saved); refuses, and says why
        under the grid, when a day has a problem (ops.REFUSED: nothing ran)."""
        problems = self.cells.problems()
        if problems:
            self.cells.show_problems(problems)
            return ops.REFUSED
        ctx, service_id, sunday, days = self.ctx, self.service_id, self.sunday, self.cells.raw_days()
        saved_week = []

        def write() -> None:
            attendance.save_week(ctx, service_id, sunday, days, submit=submit or verify)
            saved_week.append(True)
            if verify:  # its own transaction, as before: a week that cannot be verified stays saved and submitted
                attendance.verify_week(ctx, service_id, sunday)

        def refused(error) -> None:
            if saved_week:
                self._saved()
            self.cells.show_problems(error.problems)

        return ops.run(self.session, write, on_result=lambda _: self._saved(), on_invalid=refused, initiator=self)

    def _saved(self) -> None:
        self.reload()
        self.saved.emit()

    def verify(self):
        """Submit and Verify Attendance (seed 001): save what is typed, then lock the week."""
        return self.save(submit=True, verify=True)

    # -- for callers and tests --------------------------------------------------------------------
    def cell(self, field: str, weekday: int) -> QWidget:
        return self.cells.cell(field, weekday)

    def total_hours(self) -> float:
        return self.cells.total_hours()

    def message_text(self) -> str:
        return self.cells.message_text()
