"""Attendance sub-tab (seed 001): the weeks Sunday–Saturday from planned start to planned end with
their hours and Verified; choosing a week opens its grid beside the list."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.rules.attendance import check_service_takes_attendance
from app.services import attendance
from ui.step_editor.common import (
    NOTE_STYLE,
    ServiceSubTab,
    ServiceView,
    action_button,
)
from ui.widgets.row_table import Column, RowTableModel, table_view
from ui.widgets.attendance_grid import AttendanceWeekGrid


def attendance_blocked(status: str, start, due) -> list[str]:
    """Why the service takes no attendance, in the rule's words (empty when it does)."""
    try:
        check_service_takes_attendance(status, start, due)
    except ValidationError as error:
        return [p.message for p in error.problems]
    return []


class AttendanceTab(ServiceSubTab):
    def __init__(self, session, service_id: str, parent=None, view: ServiceView | None = None):
        super().__init__(session, service_id, parent, view)
        self.grid: AttendanceWeekGrid | None = None
        layout = QVBoxLayout(self)
        self.blocked = QLabel()
        self.blocked.setStyleSheet(NOTE_STYLE)
        self.blocked.setWordWrap(True)
        self.blocked.setAccessibleName(self.tr("Why attendance is unavailable"))
        layout.addWidget(self.blocked)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Service dates"))
        layout.addWidget(self.summary)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.model = RowTableModel([
            Column(self.tr("Week"), lambda w: f"{w.week_start:%m/%d/%Y} – {w.week_start + dt.timedelta(days=6):%m/%d/%Y}"),
            Column(self.tr("Hours"), lambda w: f"{w.total_hours:.2f}", numeric=True),
            Column(self.tr("Verified"), lambda w: self.tr("Verified") if w.verified else (self.tr("Submitted") if w.submitted else self.tr("Not verified"))),
        ], self)
        self.weeks = table_view(self.model, self.tr("Attendance weeks"), sortable=False)
        self.weeks.setMinimumWidth(340)
        self.weeks.selectionModel().currentRowChanged.connect(self._week_chosen)
        self.weeks.activated.connect(lambda _index: self.focus_grid())
        self.split.addWidget(self.weeks)
        self.grid_holder = QWidget()
        self.grid_layout = QVBoxLayout(self.grid_holder)
        self.grid_layout.setContentsMargins(8, 0, 0, 0)
        self.placeholder = QLabel(self.tr("Choose a week to enter its attendance."))
        self.placeholder.setStyleSheet(NOTE_STYLE)
        self.grid_layout.addWidget(self.placeholder)
        self.grid_layout.addStretch(1)
        self.split.addWidget(self.grid_holder)
        self.split.setStretchFactor(1, 1)
        layout.addWidget(self.split, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.group_button = action_button(
            self, self.tr("&Group attendance…"), self.tr("Enter one week for several participants of this step/service"),
            self.open_group, QKeySequence("Ctrl+G"),
        )
        row.addWidget(self.group_button)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        service = self.view.service
        reasons = attendance_blocked(service.status, service.planned_start, service.planned_due)
        self.blocked.setText("\n".join(reasons))
        self.blocked.setVisible(bool(reasons))
        self.split.setVisible(not reasons)
        self.summary.setVisible(not reasons)
        self.group_button.setEnabled(not reasons)
        if reasons:
            self.model.set_rows([])
            return
        self.summary.setText(
            self.tr("Planned %s to %s · %s planned hours a week")
            % (f"{service.planned_start:%m/%d/%Y}", f"{service.planned_due:%m/%d/%Y}", f"{service.weekly_hours:g}")
        )
        current = self.grid.sunday if self.grid else None
        self.model.set_rows(attendance.list_weeks(self.ctx, self.service_id))
        if current:
            index = next((i for i, w in enumerate(self.model.rows) if w.week_start == current), -1)
            if index >= 0:
                self.weeks.selectRow(index)  # same week: open_week keeps the open grid
        else:
            self.open_week(self.likely_week(dt.date.today()))

    def likely_week(self, today: dt.date) -> int:
        """The week a caseworker most likely came for: this week, else the latest past week not yet
        verified; -1 (nothing opens) for a service that starts later."""
        rows = self.model.rows
        this_week = next((i for i, w in enumerate(rows) if w.week_start <= today < w.week_start + dt.timedelta(days=7)), -1)
        if this_week >= 0:
            return this_week
        return next((i for i in range(len(rows) - 1, -1, -1) if rows[i].week_start <= today and not rows[i].verified), -1)

    def unsaved_changes(self) -> str:
        if self.grid is None or not self.grid.cells.dirty:
            return ""
        return self.tr("The Attendance week of %s has unsaved changes.") % f"{self.grid.sunday:%m/%d/%Y}"

    def save_unsaved(self):
        return self.grid.save() if self.grid is not None else True

    def week_row(self, sunday: dt.date) -> int:
        return next(i for i, w in enumerate(self.model.rows) if w.week_start == sunday)

    def _week_chosen(self, current, previous) -> None:
        """Leaving a week with unsaved typing asks first: nothing typed is lost silently."""
        if self.grid is not None and self.grid.cells.dirty and current.row() != previous.row():
            answer = QMessageBox.question(
                self, self.tr("Unsaved attendance"),
                self.tr("The week of %s has unsaved changes. Discard them?") % f"{self.grid.sunday:%m/%d/%Y}",
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.weeks.selectionModel().blockSignals(True)
                self.weeks.selectRow(previous.row())
                self.weeks.selectionModel().blockSignals(False)
                return
        self.open_week(current.row())

    def focus_grid(self) -> None:
        """Enter on a week jumps into its first open cell, so the week is filled without the mouse."""
        if self.grid is None:
            return
        for row in self.grid.cells.rows:
            if row.times["check_in"].isEnabled():
                row.times["check_in"].setFocus()
                row.times["check_in"].selectAll()
                return

    def open_week(self, row: int) -> AttendanceWeekGrid | None:
        if not 0 <= row < len(self.model.rows):
            return None
        sunday = self.model.rows[row].week_start
        if self.grid is not None and self.grid.sunday == sunday:
            return self.grid
        if self.grid is not None:
            self.grid.setParent(None)
            self.grid.deleteLater()
        self.placeholder.hide()
        self.grid = AttendanceWeekGrid(self.session, self.service_id, sunday)
        self.grid.saved.connect(self._week_saved)
        self.grid_layout.insertWidget(0, self.grid)
        if self.weeks.currentIndex().row() != row:
            self.weeks.selectRow(row)
        return self.grid

    def _week_saved(self) -> None:
        self.reload()
        self.saved.emit()

    def open_group(self) -> None:
        from ui.dialogs.group_attendance import GroupAttendanceDialog

        sunday = self.grid.sunday if self.grid else None
        dialog = GroupAttendanceDialog(self.session, [self.service_id], sunday, self)
        dialog.saved.connect(self._week_saved)
        dialog.exec()
        if self.grid is not None:
            self.grid.reload()
