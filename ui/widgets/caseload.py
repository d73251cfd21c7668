"""The caseload on the left: search as you type (any spelling), filters, sortable columns, a count.

The list is loaded off the GUI thread (`participants.list_caseload` is one query, but a big caseload
over SQLCipher takes longer than a frame). A keystroke then filters in memory in ONE pass over the
rows' search keys (a list comprehension, no Python call per row from C++), narrowing the last result
while the person keeps typing; the model holds the rows that pass, behind a proxy that only sorts.

Never the wrong participant (issue 12): the highlighted row is always the open plan, or nothing. A
search that hides the open participant leaves no row highlighted (the plan stays open and its side bar
names who it is); clicking any row, Enter in the search box (the first match) or Down (into the list)
opens the row it highlights.
"""
from __future__ import annotations

import datetime as dt
import gc

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app import domain
from app.labels import label as value_label
from app.text import fold
from ui import ops
from ui.forms import search_field
from ui.session import CASELOAD, PARTICIPANT
from ui.widgets.row_table import ROW_ROLE, Column, RowTable, RowTableModel, sort_value

OFF_TRACK_COLOR = "#b3261e"
#: beside the red name, so colour is not the only signal (issue 16); the filter box beside it says what it means
OFF_TRACK_SIGN = "⚠"


def caseload_columns() -> list[Column]:
    """Titles are translated in the panel's context: a free function has no `self.tr`."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    off_track = translate("CaseloadPanel", "A goal is off track")
    return [
        Column(translate("CaseloadPanel", "Name"), lambda r: r.name, width=104, color=lambda r: OFF_TRACK_COLOR if r.goal_off_track else None,
               mark=lambda r: OFF_TRACK_SIGN if r.goal_off_track else None,
               tip=lambda r: f"{r.name} — {off_track}" if r.goal_off_track else r.name),
        Column(translate("CaseloadPanel", "Preferred"), lambda r: r.preferred_name, width=72),
        Column(translate("CaseloadPanel", "Ind. #"), lambda r: r.individual_number, width=58),
        Column(translate("CaseloadPanel", "Program"), lambda r: f"{value_label(r.program)} ({r.plan_type})", width=110),
        Column(translate("CaseloadPanel", "Status"), lambda r: r.enrollment_status, label=True, width=62),
        Column(translate("CaseloadPanel", "Last contact"), lambda r: r.last_contact, width=82),
        Column(translate("CaseloadPanel", "Planner"), lambda r: r.planner, width=120),
    ]


def count_text(widget, shown: int, total: int) -> str:
    if shown != total:
        return widget.tr("{shown} of %Ln participants", "", total).format(shown=QLocale().toString(shown))
    return widget.tr("%Ln participants", "", total)


#: Preferred, Program and Planner: at the default width the list then shows whole columns without
#: scrolling sideways; a right-click on the header (or View ▸ Caseload columns) shows them
DEFAULT_HIDDEN_COLUMNS = (1, 3, 6)


class CaseloadModel(RowTableModel):
    """Every row of the caseload in `all_rows` (kept sorted); `rows` are the ones the filters let
    through, in the same order. Sorting by Name follows `CaseloadRow.sort_name` (app/text.py)."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(columns, parent)
        self.all_rows: list = []
        self.by_id: dict = {}
        #: (search words, other filters) → their rows in the current order, since the caseload was loaded
        self.results: dict[tuple, list] = {}

    def set_all(self, rows) -> None:
        """The caseload as loaded; the panel filters it next (`show`)."""
        self.all_rows = list(rows)
        self.by_id = {row.id: row for row in self.all_rows}
        self.results = {}
        if self.sort_column >= 0:
            self.all_rows.sort(key=self._sort_key(), reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def set_rows(self, rows) -> None:
        self.set_all(rows)
        self.show(self.all_rows)

    def show(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def _sort_rows(self) -> None:
        """Every row sorted (RowTableModel.sort keeps the selection), the shown ones in the same order."""
        self.all_rows.sort(key=self._sort_key(), reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self.results = {}  # kept in the old order
        shown = {id(row) for row in self.rows}
        self.rows = [row for row in self.all_rows if id(row) in shown] if len(shown) < len(self.all_rows) else list(self.all_rows)

    def _sort_key(self):
        if self.sort_column == 0:
            return lambda row: row.sort_name
        value = self.columns[self.sort_column].sort_key

        def key(row):
            v = value(row)
            return (1, "") if v is None or v == "" else (0, sort_value(v))

        return key


#: results of earlier searches kept for Backspace (each a list of references, ~80 KB at 10,000 rows)
RESULTS_KEPT = 32
#: from this many participants the loaded rows leave the cyclic garbage collector's generations
FREEZE_FROM = 1000


def _narrows(before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """Every row matching `after` matches `before` (each earlier word is inside a later one): the next
    keystroke then filters only the rows the last one kept."""
    return all(any(b in a for a in after) for b in before)


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
        self._partial = False  # only the first screen of the caseload is listed (start-up)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)

        self.search = search_field(self.tr("Search name, preferred name, last 4 SSN, individual #  (Ctrl+F)"), self.tr("Search the caseload"))
        layout.addWidget(self.search)

        filters = QHBoxLayout()
        self.program = QComboBox()
        self.program.addItem(self.tr("All programs"), "")
        for program in domain.PROGRAMS:
            self.program.addItem(value_label(program), program)
        self.program.setAccessibleName(self.tr("Program filter"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), "")
        for status in domain.ENROLLMENT_STATUSES:
            self.status.addItem(value_label(status), status)
        self.status.setAccessibleName(self.tr("Enrollment status filter"))
        filters.addWidget(self.program, 1)
        filters.addWidget(self.status, 1)
        layout.addLayout(filters)
        self.checks = checks = QHBoxLayout()
        off_track = self.tr("Goal off track")
        self.off_track = QCheckBox(f"{OFF_TRACK_SIGN} {off_track}")
        self.overdue = QCheckBox(self.tr("Contact overdue (30 days)"))
        checks.addWidget(self.off_track)
        checks.addWidget(self.overdue)
        checks.addStretch(1)
        layout.addLayout(checks)

        self.model = CaseloadModel(caseload_columns(), self)
        self._last_filter: tuple | None = None  # (terms, other filters) of the rows the model shows
        self.table = RowTable(self.model, empty=self.tr("Loading the caseload…"), name=self.tr("Caseload"), filtered=False)
        self.table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)
        self._build_column_actions()
        self.count = QLabel()
        self.count.setObjectName("caseloadCount")
        self.count.setStyleSheet("color: #5f6368;")
        layout.addWidget(self.count)

        self.search.textChanged.connect(self.apply_filters)
        self.search.returnPressed.connect(self.open_first_match)
        self.search.installEventFilter(self)
        for box in (self.program, self.status):
            box.currentIndexChanged.connect(self.apply_filters)
        for check in (self.off_track, self.overdue):
            check.toggled.connect(self.apply_filters)
        self.table.view.selectionModel().currentRowChanged.connect(self._current_changed)
        session.data_changed.connect(self._on_data_changed)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """The two filter boxes one under the other when the list is too narrow for them side by side
        (1024×700: "Contact overdue (30 days)" was cut off)."""
        super().resizeEvent(event)
        margins = self.layout().contentsMargins()
        need = self.off_track.sizeHint().width() + self.overdue.sizeHint().width() + self.checks.spacing() + margins.left() + margins.right()
        direction = QBoxLayout.Direction.LeftToRight if self.width() >= need else QBoxLayout.Direction.TopToBottom
        if self.checks.direction() != direction:
            self.checks.setDirection(direction)

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
            action.setStatusTip(self.tr("Show or hide the {column} column of the caseload").format(column=action.text()))
            action.toggled.connect(lambda visible, i=index: self._show_column(i, visible))
            header.addAction(action)
            self.column_actions.append(action)
        self.set_hidden_columns(DEFAULT_HIDDEN_COLUMNS)

    def _show_column(self, index: int, visible: bool) -> None:
        self.table.view.setColumnHidden(index, not visible)
        self.table.view.fit_columns()  # the shown columns share the list's width again
        self.columns_changed.emit()

    def hidden_columns(self) -> list[int]:
        return [i for i in range(1, self.model.columnCount()) if self.table.view.isColumnHidden(i)]

    def set_hidden_columns(self, hidden) -> None:
        hidden = {int(i) for i in hidden}
        for index, action in enumerate(self.column_actions, start=1):
            action.setChecked(index not in hidden)
            self.table.view.setColumnHidden(index, index in hidden)
        self.table.view.fit_columns()

    # -- loading ------------------------------------------------------------------------------------
    def load(self, select_id: str | None = None, rows=None, total: int | None = None) -> None:
        """Reload off the GUI thread; `select_id` (or the current participant) is selected after.
        `rows` already read (start-up lists the caseload before the workspace is ready) show at once;
        with `total`, they are only the first screen of `total` rows, and `finish_loading` brings the
        rest (until then the search and the filters wait: typing is kept and applied to every row)."""
        current = self.current()
        self._wanted = select_id or (current.id if current else self._wanted)
        self._generation = generation = getattr(self, "_generation", 0) + 1
        self._partial = rows is not None and total is not None and total > len(rows)
        if self._partial:
            self._first_screen(rows, total)
            return
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

    def finish_loading(self, rows, generation: int) -> None:
        """The whole caseload after its first screen (`load(rows, total)` returned `generation`); ignored
        when a reload was asked for meanwhile (its answer wins)."""
        if generation == self._generation:
            self._partial = False
            self._loaded(rows)

    @property
    def generation(self) -> int:
        return getattr(self, "_generation", 0)

    @property
    def partial(self) -> bool:
        """Only the first screen is listed; `finish_loading` brings the rest."""
        return self._partial

    def _first_screen(self, rows, total: int) -> None:
        self._quiet = True
        try:
            self.model.set_all(rows)
            self.model.show(self.model.all_rows)
            self._last_filter = None
            self.table.refresh_state()
            self.count.setText(count_text(self, total, total))
        finally:
            self._quiet = False
        if self._wanted:
            self.select(self._wanted)

    def _loaded(self, rows) -> None:
        self._quiet = True
        try:
            self.model.set_all(rows)
            self._last_filter = None
            if len(self.model.all_rows) >= FREEZE_FROM:
                # the rows live as long as the list: a full collection would walk every one of them in
                # the middle of a keystroke (the spikes at 10,000); freed by reference counting on reload
                gc.freeze()
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
        """One pass over the rows' search keys (or over the last result, when the new words narrow it),
        then the open participant is highlighted again if it is still listed (a lookup, not a scan)."""
        if self._partial:  # only the first screen is listed: the whole caseload applies the filters when it arrives
            return
        terms = tuple(fold(self.search.text()).split())
        program, status = self.program.currentData(), self.status.currentData()
        others = (program, status, self.off_track.isChecked(), self.overdue.isChecked())
        model, today = self.model, self.today
        last = self._last_filter
        cached = self.model.results.get((terms, others))
        if cached is not None:  # Backspace back to words already typed: their result, no pass at all
            rows, new_terms = cached, ()
        elif last is not None and last[1] == others and _narrows(last[0], terms):
            rows, new_terms = model.rows, [t for t in terms if t not in last[0]]
        else:
            rows, new_terms = list(model.all_rows), terms
            if program:
                rows = [r for r in rows if r.program == program]
            if status:
                rows = [r for r in rows if r.enrollment_status == status]
            if others[2]:
                rows = [r for r in rows if r.goal_off_track]
            if others[3]:
                rows = [r for r in rows if r.contact_overdue(today)]
        for term in new_terms:
            rows = [r for r in rows if term in r.search_key]
        if len(self.model.results) >= RESULTS_KEPT:
            self.model.results.clear()
        self.model.results[(terms, others)] = rows
        self._last_filter = (terms, others)
        was_quiet, self._quiet = self._quiet, True
        try:
            if rows is not model.rows:
                model.show(rows)
            self._highlight_open()
        finally:
            self._quiet = was_quiet
        self.table.refresh_state()
        self.count.setText(count_text(self, len(model.rows), len(model.all_rows)))

    def _highlight_open(self) -> None:
        """The open participant's row highlighted if listed; otherwise no row is (never someone else)."""
        selection = self.table.view.selectionModel()
        row = self.model.by_id.get(self._shown_id) if self._shown_id else None
        position = self._position(row)
        if position is None:
            selection.clear()
            return
        index = self.table.proxy.index(position, 0)
        if selection.currentIndex() != index or not selection.isSelected(index):
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.view.scrollTo(index)

    def _position(self, row) -> int | None:
        """`row`'s place among the rows shown (list.index compares identities in C: no Python loop)."""
        if row is None:
            return None
        try:
            return self.model.rows.index(row)
        except ValueError:
            return None

    # -- keyboard: Enter opens the first match, Down moves into the list ------------------------------
    def open_first_match(self) -> None:
        if self.model.rows:
            self._make_current(0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down and self.model.rows:
            view = self.table.view
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not view.currentIndex().isValid():
                self._make_current(0)
            return True
        return super().eventFilter(watched, event)

    def _make_current(self, position: int) -> None:
        index = self.table.proxy.index(position, 0)
        self.table.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.view.scrollTo(index)

    # -- selection ----------------------------------------------------------------------------------
    def current(self):
        return self.table.view.current_row()

    @property
    def total(self) -> int:
        return len(self.model.all_rows)

    def select(self, participant_id: str, quiet: bool = False) -> bool:
        """Make `participant_id` current; it opens unless `quiet` or it is already the open one.
        False when the filters hide them (the caller may clear the search and try again)."""
        position = self._position(self.model.by_id.get(participant_id))
        if position is None:
            return False
        was_quiet, self._quiet = self._quiet, self._quiet or quiet
        try:
            self._make_current(position)
        finally:
            self._quiet = was_quiet
        return True

    def _current_changed(self, current, _previous) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if self._quiet or row is None or row.id == self._shown_id:
            return
        selection = self.table.view.selectionModel()
        if not selection.isSelected(current):  # made current by focus or a key: highlight it, it is the open one
            selection.select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._wanted = self._shown_id = row.id
        self.participant_selected.emit(row)
