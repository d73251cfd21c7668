"""3. Add Steps/Services: the program's catalog (search, service type) → assign to a goal; below,
the services of each goal. A step opens in the step editor (ui.dialogs.step_editor)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from app.labels import label as value_label
from app.services import catalog, plan_services
from app.text import fold
from ui.forms import search_field
from ui.session import GOAL, SERVICE
from ui.tabs.base import PlanTab, group, hint
from ui.widgets.row_table import Column, RowTable, RowTableModel


class AddStepsTab(PlanTab):
    kinds = frozenset({GOAL, SERVICE})
    add_requested = Signal(object)   # CatalogItem
    edit_requested = Signal(object)  # ServiceRow

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.catalog_loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.search = search_field(self.tr("Search the catalog by code or name"), self.tr("Search the catalog"))
        self.service_type = QComboBox()
        self.service_type.setAccessibleName(self.tr("Service type filter"))
        self.service_type.addItem(self.tr("All service types"), "")
        self.catalog_model = RowTableModel([
            Column(self.tr("Code"), lambda i: i.code, width=60), Column(self.tr("Step/service"), lambda i: i.name, stretch=True),
            Column(self.tr("Service type"), lambda i: i.service_type, label=True, width=170)], self)
        self.catalog_table = RowTable(self.catalog_model, empty=self.tr("Nothing in the catalog matches."), name=self.tr("Step/service catalog"))
        self.catalog_table.view.activated_row.connect(self.add_requested)
        self.add_button = QPushButton(self.tr("Add to a goal…"))
        self.add_button.clicked.connect(self._add_current)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.service_type, 1)
        filters.addWidget(self.add_button)
        self.search.textChanged.connect(self._filter)
        self.service_type.currentIndexChanged.connect(self._filter)

        self.service_model = RowTableModel([
            Column(self.tr("Goal"), lambda s: s.goal_statement, stretch=True), Column(self.tr("Step/service"), lambda s: s.name, stretch=True),
            Column(self.tr("Status"), lambda s: s.status, label=True, width=150), Column(self.tr("Start"), lambda s: s.planned_start, width=80),
            Column(self.tr("Due"), lambda s: s.planned_due, width=80), Column(self.tr("Hours"), lambda s: s.weekly_hours, width=50, numeric=True),
            Column(self.tr("Provider"), lambda s: s.provider, width=150)], self)
        self.service_table = RowTable(self.service_model, empty=self.tr("No steps/services yet — pick one from the catalog above."),
                                      name=self.tr("Steps/services of the plan"))
        self.service_table.view.activated_row.connect(self.edit_requested)
        edit = QPushButton(self.tr("Edit step…"))
        edit.clicked.connect(self._edit_current)
        services_buttons = QHBoxLayout()
        services_buttons.addWidget(hint(self.tr("Double-click or press Enter on a step to edit its status, provider, dollar value, attendance and credentials.")), 1)
        services_buttons.addWidget(edit)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)  # its place is remembered (ui.settings.PLAN_SPLITTERS)
        splitter.addWidget(group(self.tr("Step/Service Catalog"), filters, self.catalog_table))
        splitter.addWidget(group(self.tr("Steps/Services of Each Goal"), self.service_table, services_buttons))
        splitter.setSizes([260, 320])
        layout.addWidget(splitter)

    def refresh(self) -> None:
        if not self.catalog_loaded:
            self.catalog_model.set_rows(catalog.list_catalog(self.ctx))
            for kind in catalog.service_types(self.ctx):
                self.service_type.addItem(value_label(kind), kind)
            self.catalog_loaded = True
        self._filter()
        rows = plan_services.list_services(self.ctx, self.participant_id)
        self.service_model.set_rows(sorted(rows, key=lambda s: (s.goal_statement.casefold(), s.planned_start or dt.date.min)))

    def _filter(self, *_) -> None:
        """The catalog is per program (seed 001): only steps offered to the participant's program show."""
        terms, kind = fold(self.search.text()).split(), self.service_type.currentData()
        program = self.caseload_row.program if self.caseload_row is not None else ""
        self.catalog_table.proxy.set_predicate(
            lambda i: (not kind or i.service_type == kind) and (not program or program in i.programs.split(","))
            and all(t in fold(f"{i.code} {i.name}") for t in terms))
        self.catalog_table.refresh_state()

    def _add_current(self) -> None:
        item = self.catalog_table.view.current_row()
        if item is not None:
            self.add_requested.emit(item)

    def _edit_current(self) -> None:
        row = self.service_table.view.current_row()
        if row is not None:
            self.edit_requested.emit(row)
