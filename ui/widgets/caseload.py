"""The caseload on the left: search as you type (accent-insensitive), filters, sortable columns, a count.

The list is loaded off the GUI thread (`participants.list_caseload` is one query, but a big caseload
over SQLCipher takes longer than a frame); filtering then happens in memory on every keystroke.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app import domain
from app.text import fold
from ui import ops
from ui.forms import search_field
from ui.session import CASELOAD, PARTICIPANT
from ui.widgets.row_table import ROW_ROLE, Column, RowTable, RowTableModel

OFF_TRACK_COLOR = "#b3261e"


def caseload_columns() -> list[Column]:
    """Titles are translated in the panel's context: a free function has no `self.tr`."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return [
        Column(translate("CaseloadPanel", "Name"), lambda r: r.name, width=150, color=lambda r: OFF_TRACK_COLOR if r.goal_off_track else None),
        Column(translate("CaseloadPanel", "Preferred"), lambda r: r.preferred_name, width=72),
        Column(translate("CaseloadPanel", "Ind. #"), lambda r: r.individual_number, width=64),
        Column(translate("CaseloadPanel", "Program"), lambda r: f"{r.program} ({r.plan_type})", width=110),
        Column(translate("CaseloadPanel", "Status"), lambda r: r.enrollment_status, width=70),
        Column(translate("CaseloadPanel", "Last contact"), lambda r: r.last_contact, width=84),
        Column(translate("CaseloadPanel", "Planner"), lambda r: r.planner, width=120),
    ]


def count_text(widget, shown: int, total: int) -> str:
    noun = widget.tr("participant") if total == 1 else widget.tr("participants")
    if shown != total:
        return widget.tr("%1 of %2 %3").replace("%1", f"{shown:,}").replace("%2", f"{total:,}").replace("%3", noun)
    return f"{total:,} {noun}"


#: Preferred, Program and Planner: at the default width the list then shows whole columns without
#: scrolling sideways; a right-click on the header (or View ▸ Caseload columns) shows them
DEFAULT_HIDDEN_COLUMNS = (1, 3, 6)


class CaseloadPanel(QWidget):
    participant_selected = Signal(object)  # CaseloadRow or None
    loaded = Signal()
    columns_changed = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.today = dt.date.today()
        self._wanted: str | None = None
        self._op = None
        self._quiet = False  # reloading or filtering: the open participant does not change by itself
        self._shown_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)

        self.search = search_field(self.tr("Search name, preferred name, last 4 SSN, individual #  (Ctrl+F)"), self.tr("Search the caseload"))
        layout.addWidget(self.search)

        filters = QHBoxLayout()
        self.program = QComboBox()
        self.program.addItem(self.tr("All programs"), "")
        for program in domain.PROGRAMS:
            self.program.addItem(program, program)
        self.program.setAccessibleName(self.tr("Program filter"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), "")
        for status in domain.ENROLLMENT_STATUSES:
            self.status.addItem(status, status)
        self.status.setAccessibleName(self.tr("Enrollment status filter"))
        filters.addWidget(self.program, 1)
        filters.addWidget(self.status, 1)
        layout.addLayout(filters)
        checks = QHBoxLayout()
        self.off_track = QCheckBox(self.tr("Goal off track"))
        self.overdue = QCheckBox(self.tr("Contact overdue (30 days)"))
        checks.addWidget(self.off_track)
        checks.addWidget(self.overdue)
        checks.addStretch(1)
        layout.addLayout(checks)

        self.model = RowTableModel(caseload_columns(), self)
        self.table = RowTable(self.model, empty=self.tr("Loading the caseload…"), name=self.tr("Caseload"))
        self.table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)
        self._build_column_actions()
        self.count = QLabel()
        self.count.setObjectName("caseloadCount")
        self.count.setStyleSheet("color: #5f6368;")
        layout.addWidget(self.count)

        self.search.textChanged.connect(self.apply_filters)
        for box in (self.program, self.status):
            box.currentIndexChanged.connect(self.apply_filters)
        for check in (self.off_track, self.overdue):
            check.toggled.connect(self.apply_filters)
        self.table.view.selectionModel().currentRowChanged.connect(self._current_changed)
        session.data_changed.connect(self._on_data_changed)

    # -- columns ------------------------------------------------------------------------------------
    def _build_column_actions(self) -> None:
        """One checkable action per column but Name: on the header's right-click menu, and in the
        window's View menu (the keyboard path)."""
        header = self.table.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.column_actions: list[QAction] = []
        for index in range(1, self.model.columnCount()):
            action = QAction(str(self.model.headerData(index, Qt.Orientation.Horizontal)), self)
            action.setCheckable(True)
            action.setChecked(True)
            action.setStatusTip(self.tr("Show or hide the %1 column of the caseload").replace("%1", action.text()))
            action.toggled.connect(lambda visible, i=index: self._show_column(i, visible))
            header.addAction(action)
            self.column_actions.append(action)
        self.set_hidden_columns(DEFAULT_HIDDEN_COLUMNS)

    def _show_column(self, index: int, visible: bool) -> None:
        self.table.view.setColumnHidden(index, not visible)
        self.columns_changed.emit()

    def hidden_columns(self) -> list[int]:
        return [i for i in range(1, self.model.columnCount()) if self.table.view.isColumnHidden(i)]

    def set_hidden_columns(self, hidden) -> None:
        hidden = {int(i) for i in hidden}
        for index, action in enumerate(self.column_actions, start=1):
            action.setChecked(index not in hidden)
            self.table.view.setColumnHidden(index, index in hidden)

    # -- loading ------------------------------------------------------------------------------------
    def load(self, select_id: str | None = None, rows=None) -> None:
        """Reload off the GUI thread; `select_id` (or the current participant) is selected after.
        `rows` already read (start-up lists the caseload before the workspace is ready) show at once."""
        current = self.current()
        self._wanted = select_id or (current.id if current else self._wanted)
        self._generation = generation = getattr(self, "_generation", 0) + 1
        if rows is not None:
            self._loaded(rows)
            return
        if not self.session.is_ready:
            self.session.when_ready(lambda: self.load() if generation == self._generation else None)
            return
        from app.services import participants

        ctx = self.session.ctx

        def loaded(rows) -> None:
            if generation == self._generation:  # a later reload was asked for: its answer wins
                self._loaded(rows)

        self._op = ops.query(self.session, lambda: participants.list_caseload(ctx), loaded, parent=self)

    def _loaded(self, rows) -> None:
        self._quiet = True
        try:
            self.model.set_rows(rows)
            self.table.set_empty_text(self.tr("No participants match — clear the search or the filters."))
            self.apply_filters()
        finally:
            self._quiet = False
        if self._wanted:
            self.select(self._wanted)
        self.loaded.emit()

    def _on_data_changed(self, kinds, participant_ids) -> None:
        if kinds & {CASELOAD, PARTICIPANT, "goal", "case_note"}:
            self.load()

    # -- filtering ----------------------------------------------------------------------------------
    def apply_filters(self, *_) -> None:
        terms = fold(self.search.text()).split()
        program, status = self.program.currentData(), self.status.currentData()
        off_track, overdue, today = self.off_track.isChecked(), self.overdue.isChecked(), self.today

        def accepts(row) -> bool:
            key = row.search_key
            return (all(t in key for t in terms)
                    and (not program or row.program == program)
                    and (not status or row.enrollment_status == status)
                    and (not off_track or row.goal_off_track)
                    and (not overdue or row.contact_overdue(today)))

        was_quiet, self._quiet = self._quiet, True
        try:
            self.table.proxy.set_predicate(accepts)
            if self._shown_id:  # keep the open participant highlighted when still listed
                self.select(self._shown_id, quiet=True)
        finally:
            self._quiet = was_quiet
        self.table.refresh_state()
        shown, total = self.table.proxy.rowCount(), len(self.model.rows)
        self.count.setText(count_text(self, shown, total))

    # -- selection ----------------------------------------------------------------------------------
    def current(self):
        return self.table.view.current_row()

    def select(self, participant_id: str, quiet: bool = False) -> bool:
        """Make `participant_id` current; it opens unless `quiet` or it is already the open one."""
        proxy = self.table.proxy
        for r in range(proxy.rowCount()):
            index = proxy.index(r, 0)
            if index.data(ROW_ROLE).id == participant_id:
                was_quiet, self._quiet = self._quiet, self._quiet or quiet
                try:
                    self.table.view.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                finally:
                    self._quiet = was_quiet
                self.table.view.scrollTo(index)
                return True
        return False

    def _current_changed(self, current, _previous) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if self._quiet or row is None or row.id == self._shown_id:
            return
        self._wanted = self._shown_id = row.id
        self.participant_selected.emit(row)
