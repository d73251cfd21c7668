"""Group attendance (seed 001): one week for several participants of the same step/service.

The participants are listed on the left (checked = included); the selected one's week grid is on
the right, and "Copy to all" gives every checked participant the same times (a cohort usually
keeps one schedule). Save writes every checked week in ONE transaction
(`attendance.save_group_week`): all land, or none, and each problem names its participant.

    dialog = GroupAttendanceDialog(ctx, [service_id, ...], sunday, parent)
    dialog.saved.connect(refresh)
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)

from app import domain
from app.errors import FieldError
from app.rules.attendance import service_weeks, week_start
from app.services import attendance, cohorts, participants, plan_services
from ui import ops
from ui.forms import MessageLabel
from ui.session import PlanSession
from ui.step_editor.common import NOTE_STYLE, action_button
from ui.widgets.week_cells import ERROR_STYLE, WeekCells


class Member:
    """One participant's service in the group, with its grid for the chosen week."""

    def __init__(self, ctx, service_id: str):
        service = plan_services.get_service(ctx, service_id)
        person = participants.get_participant(ctx, service.participant_id)
        self.service_id, self.participant_id = service_id, service.participant_id
        self.catalog_item_id, self.status = service.catalog_item_id, service.status
        self.start, self.end = service.planned_start, service.planned_due
        self.name = f"{person.first_name} {person.last_name}"
        self.cells: WeekCells | None = None
        self.verified = False


class GroupAttendanceDialog(QDialog):
    saved = Signal()

    def __init__(self, session, service_ids: list[str], sunday: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.session = PlanSession.of(session)
        self.ctx = ctx = self.session.ctx
        self.members = [Member(ctx, sid) for sid in dict.fromkeys(service_ids)]
        first = plan_services.get_service(ctx, service_ids[0])
        row = next(r for r in plan_services.list_services(ctx, first.participant_id) if r.id == first.id)
        self.catalog_item_id, self.step_name = row.catalog_item_id, row.name
        self.setWindowTitle(self.tr("Group attendance – %s") % row.name)
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<b>{row.name}</b>"))
        top.addStretch(1)
        week_label = QLabel(self.tr("&Week:"))
        self.week = QComboBox()
        self.week.setAccessibleName(self.tr("Week"))
        week_label.setBuddy(self.week)
        top.addWidget(week_label)
        top.addWidget(self.week)
        layout.addLayout(top)
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Participants in this group"))
        self.people.setMaximumWidth(230)
        self.people.setSpacing(2)
        self.people.currentRowChanged.connect(self._show_member)
        left.addWidget(self.people, 1)
        self.find_button = action_button(
            self, self.tr("&Find others in this step"), self.tr("Add every participant of your caseload with this step Started/Open"),
            self.find_others, QKeySequence.StandardKey.Find,
        )
        left.addWidget(self.find_button)
        body.addLayout(left)
        right = QVBoxLayout()
        self.who = QLabel()
        self.who.setAccessibleName(self.tr("Participant shown"))
        right.addWidget(self.who)
        self.stack = QStackedWidget()
        right.addWidget(self.stack, 1)
        self.copy_button = action_button(self, self.tr("&Copy to all checked"), self.tr("Give every checked participant these times"), self.copy_to_all, QKeySequence("Ctrl+Shift+C"))
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        right.addLayout(copy_row)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)
        self.message = MessageLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Group attendance problems"))
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        note = QLabel(self.tr("Checked participants are saved together: all of them, or none."))
        note.setStyleSheet(NOTE_STYLE)
        buttons.addWidget(note, 1)
        self.save_button = action_button(self, self.tr("&Save all"), self.tr("Save the week for every checked participant"), lambda: self.save())
        self.submit_button = action_button(self, self.tr("S&ubmit all"), self.tr("Save and submit the week for every checked participant"), lambda: self.save(submit=True), QKeySequence("Ctrl+Shift+S"))
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        for button in (self.save_button, self.submit_button, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._fill_weeks(week_start(sunday) if sunday else None)
        self.week.currentIndexChanged.connect(lambda _i: self.load_week())
        self.load_week()
        self.resize(1080, 520)

    # -- weeks and members ------------------------------------------------------------------------
    def _fill_weeks(self, wanted: dt.date | None) -> None:
        sundays = sorted({s for m in self.members if m.start and m.end for s in service_weeks(m.start, m.end)})
        self.week.blockSignals(True)
        self.week.clear()
        for sunday in sundays:
            self.week.addItem(f"{sunday:%m/%d/%Y} – {sunday + dt.timedelta(days=6):%m/%d/%Y}", sunday)
        today = week_start(dt.date.today())
        target = wanted or (today if today in sundays else (sundays[0] if sundays else None))
        if target in sundays:
            self.week.setCurrentIndex(sundays.index(target))
        self.week.blockSignals(False)

    def sunday(self) -> dt.date | None:
        return self.week.currentData()

    def load_week(self) -> None:
        """Build a fresh grid per participant for the chosen week, loaded from what is saved."""
        sunday = self.sunday()
        current = max(self.people.currentRow(), 0)
        checked = {m.service_id for i, m in enumerate(self.members) if self.people.count() > i and self.people.item(i).checkState() == Qt.CheckState.Checked} if self.people.count() else None
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.people.clear()
        for member in self.members:
            member.cells = WeekCells(sunday, member.start, member.end) if sunday else None
            member.verified = False
            if sunday:
                member.cells.set_entries(attendance.get_week(self.ctx, member.service_id, sunday))
                summary = next((w for w in attendance.list_weeks(self.ctx, member.service_id) if w.week_start == sunday), None)
                member.verified = bool(summary and summary.verified)
                member.cells.set_read_only(member.verified or member.status != domain.STARTED)
                self.stack.addWidget(member.cells)
            label = member.name + (self.tr(" (verified)") if member.verified else "")
            if member.status != domain.STARTED:
                label += self.tr(" (not Started/Open)")
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, label)
            self._label(item, member.cells.total_hours() if member.cells else 0.0)
            if member.cells:
                member.cells.hours_changed.connect(lambda hours, it=item: self._label(it, hours))
            editable = not member.verified and member.status == domain.STARTED
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | (Qt.ItemFlag.ItemIsUserCheckable if editable else Qt.ItemFlag.NoItemFlags))
            include = editable and (checked is None or member.service_id in checked)
            item.setCheckState(Qt.CheckState.Checked if include else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.people.setCurrentRow(min(current, len(self.members) - 1))
        self.message.clear()

    def _label(self, item: QListWidgetItem, hours: float) -> None:
        """Each participant with their week's hours, so the cohort is checked at a glance."""
        item.setText(f"{item.data(Qt.ItemDataRole.UserRole)} · {hours:.2f} h")

    def _show_member(self, row: int) -> None:
        if 0 <= row < len(self.members) and self.members[row].cells is not None:
            self.stack.setCurrentWidget(self.members[row].cells)
            self.who.setText(f"<b>{self.members[row].name}</b>")

    def included(self) -> list[Member]:
        return [m for i, m in enumerate(self.members) if self.people.item(i).checkState() == Qt.CheckState.Checked]

    def add_services(self, service_ids: list[str]) -> None:
        known = {m.service_id for m in self.members}
        new = [Member(self.ctx, sid) for sid in service_ids if sid not in known]
        if new:
            self.members.extend(new)
            self._fill_weeks(self.sunday())
            self.load_week()

    def find_others(self) -> None:
        """Participants in scope with this same step Started/Open (seed 001: one service, one provider)."""
        self.add_services([m.service_id for m in cohorts.services_of_step(self.ctx, self.catalog_item_id)])

    def copy_to_all(self) -> None:
        row = self.people.currentRow()
        if not 0 <= row < len(self.members) or self.members[row].cells is None:
            return
        source = self.members[row]
        for member in self.included():
            if member is source:
                continue
            for src, dst in zip(source.cells.rows, member.cells.rows):
                if not dst.absent.isEnabled():  # outside this member's service dates
                    continue
                for field, cell in dst.times.items():
                    cell.setText(src.times[field].text())
                dst.absent.setChecked(src.absent.isChecked())
                dst.makeup.setText(src.makeup.text())
            member.cells.refresh()

    # -- saving -----------------------------------------------------------------------------------
    def save(self, submit: bool = False):
        """Through the runner: an Op (`.succeeded` once saved), or ops.REFUSED when a checked week has a problem."""
        members = self.included()
        if not members or self.sunday() is None:
            self.message.setText(self.tr("Check at least one participant to save."))
            return ops.REFUSED
        problems = [(m, p) for m in members for p in m.cells.problems()]
        self._show_problems(problems)
        if problems:
            return ops.REFUSED
        return ops.apply(self.session, attendance.save_group_week, self.sunday(), {m.service_id: m.cells.raw_days() for m in members},
                         submit=submit, on_result=lambda _: self._saved(members), initiator=self,
                         on_invalid=lambda error: self._show_problems([self._owner(p) for p in error.problems]))

    def _saved(self, members) -> None:
        self.load_week()
        self.message.setStyleSheet(NOTE_STYLE)
        saved = self.tr("Saved the week of %s for 1 participant.") if len(members) == 1 else self.tr("Saved the week of %s for %d participants.")
        self.message.setText(saved % ((f"{self.sunday():%m/%d/%Y}",) if len(members) == 1 else (f"{self.sunday():%m/%d/%Y}", len(members))))
        self.saved.emit()

    def _owner(self, problem: FieldError) -> tuple[Member | None, FieldError]:
        """Service problems name the participant (`field@participant_id`) or the service (`provider[id]`)."""
        field, _, participant_id = problem.field.partition("@")
        for member in self.members:
            if member.participant_id == participant_id or field == f"provider[{member.service_id}]":
                return member, FieldError(field, problem.message)
        return None, problem

    def _show_problems(self, problems: list[tuple[Member | None, FieldError]]) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        lines = []
        for index, member in enumerate(self.members):
            own = [p for m, p in problems if m is member]
            member.cells.show_problems(own)
            self.people.item(index).setForeground(QBrush(QColor("#b3261e")) if own else QBrush())
            lines.extend(f"{member.name}: {p.message}" for p in own)
        lines.extend(p.message for m, p in problems if m is None)
        self.message.setText("\n".join(dict.fromkeys(lines)))
        first = next((i for i, m in enumerate(self.members) if any(mm is m for mm, _ in problems)), None)
        if first is not None:
            self.people.setCurrentRow(first)

    def message_text(self) -> str:
        return self.message.text()
