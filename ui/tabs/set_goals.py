"""2. Set Goals: the plan's goals (dates derived from their steps) and each goal's planned services."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout

from app.services import goals, participants, plan_services
from ui.session import GOAL, PARTICIPANT, SERVICE
from ui.tabs.base import PlanTab, group, hint
from ui.tabs.overview import STATUS_COLORS, needs_agreement_banner
from ui.widgets.row_table import Column, RowTable, RowTableModel


class SetGoalsTab(PlanTab):
    kinds = frozenset({GOAL, SERVICE, PARTICIPANT, "agreement"})
    new_goal_requested = Signal()
    edit_goal_requested = Signal(object)
    remove_goal_requested = Signal(object)

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.services: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        self.banner = needs_agreement_banner()
        layout.addWidget(self.banner)
        self.goal_model = RowTableModel([
            Column(self.tr("Goal statement"), lambda g: g.statement, stretch=True), Column(self.tr("Category"), lambda g: g.category, label=True, width=150),
            Column(self.tr("Term"), lambda g: g.term, label=True, width=80), Column(self.tr("Steps"), lambda g: g.related_steps, width=50, numeric=True),
            Column(self.tr("Earliest start"), lambda g: g.earliest_start, width=95), Column(self.tr("Latest due"), lambda g: g.latest_due, width=90),
            Column(self.tr("Status"), lambda g: g.status, label=True, width=85, color=lambda g: STATUS_COLORS.get(g.status))], self)
        self.goal_table = RowTable(self.goal_model, empty=self.tr("No goals yet — Ctrl+G adds one"), name=self.tr("Goals"))
        self.goal_table.view.activated_row.connect(self.edit_goal_requested)
        self.goal_table.view.selectionModel().currentRowChanged.connect(self._show_services)
        new, edit, remove = QPushButton(self.tr("New goal…")), QPushButton(self.tr("Edit goal…")), QPushButton(self.tr("Remove goal"))
        new.clicked.connect(self.new_goal_requested)
        edit.clicked.connect(lambda: self._with_current(self.edit_goal_requested))
        remove.clicked.connect(lambda: self._with_current(self.remove_goal_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(hint(self.tr("A goal's start and due dates come from its steps; they are never typed.")), 1)
        for button in (remove, edit, new):
            buttons.addWidget(button)
        self.service_model = RowTableModel([
            Column(self.tr("Step/service"), lambda s: s.name, stretch=True), Column(self.tr("Type"), lambda s: s.service_type, label=True, width=130),
            Column(self.tr("Status"), lambda s: s.status, label=True, width=160), Column(self.tr("Planned start"), lambda s: s.planned_start, width=95),
            Column(self.tr("Planned due"), lambda s: s.planned_due, width=95),
            Column(self.tr("Hours/week"), lambda s: s.weekly_hours, width=80, numeric=True)], self)
        self.service_table = RowTable(self.service_model, empty=self.tr("Select a goal to see its planned services."),
                                      name=self.tr("Planned services of the goal"))
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)  # its place is remembered (ui.settings.PLAN_SPLITTERS)
        splitter.addWidget(group(self.tr("Goals"), self.goal_table, buttons))
        splitter.addWidget(group(self.tr("Planned Services of the Selected Goal"), self.service_table))
        splitter.setSizes([320, 220])
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        ctx, pid = self.ctx, self.participant_id
        current = self.current_goal()
        rows = goals.list_goals(ctx, pid)
        self.goal_model.set_rows(rows)
        self.services = plan_services.list_services(ctx, pid)
        self.banner.setVisible(participants.get_participant(ctx, pid).needs_agreement)
        proxy = self.goal_table.proxy
        for r in range(proxy.rowCount()):
            if current is None or proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).id == current.id:
                self.goal_table.view.selectRow(r)
                break
        self._show_services()

    def current_goal(self):
        return self.goal_table.view.current_row()

    def _show_services(self, *_) -> None:
        goal = self.current_goal()
        self.service_model.set_rows([s for s in self.services if goal is not None and s.goal_id == goal.id])
        self.service_table.set_empty_text(self.tr("No steps/services for this goal yet — add them on 3. Add Steps/Services.")
                                          if goal else self.tr("Select a goal to see its planned services."))

    def _with_current(self, signal) -> None:
        goal = self.current_goal()
        if goal is not None:
            signal.emit(goal)
