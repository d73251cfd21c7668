"""The one table model of the UI: rows (service results, dataclasses, tuples) described by declared
`Column`s (title, value getter, alignment/numeric, colour, tooltip), behind a proxy that lets the model
sort, in the one view factory (`table_view`), optionally inside a `RowTable` that says what to do when
it is empty. Columns size to their contents within bounds; a long value elides and shows whole as the
cell's tooltip.

    model = RowTableModel([Column(self.tr("Goal"), lambda g: g.statement), Column(self.tr("Start"), lambda g: g.earliest_start)])
    table = RowTable(model, empty=self.tr("No goals yet — Ctrl+G adds one"))
    model.set_rows(goals.list_goals(ctx, pid))

Titles are shown as given: translate them where the columns are built, with the literal inside the
tr()/translate() call (lupdate cannot follow a title passed through a variable).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStackedWidget, QTableView

from app.labels import label as value_label

SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: the roles RowTableModel.data answers (as ints: C++ asks with ints, an enum hashes as its int)
ANSWERED = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE, ROW_ROLE,
                                      Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole))


def show_value(value: Any) -> str:
    """Dates as MM/DD/YYYY (the seeds' format), times as 12-hour, numbers without noise."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("RowTable", "Yes") if value else QCoreApplication.translate("RowTable", "No")
    if isinstance(value, dt.datetime):
        return value.strftime("%m/%d/%Y %I:%M %p")
    if isinstance(value, dt.date):
        return value.strftime("%m/%d/%Y")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def local_time(value: dt.datetime | None) -> dt.datetime | None:
    """Rows store UTC without a zone (db.base.utcnow); people read their own clock."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)


def sort_value(value: Any):
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, str):
        return value.casefold()
    return value


@dataclass(frozen=True)
class Column:
    title: str  # already translated
    value: Callable[[Any], Any]
    width: int | None = None
    stretch: bool = False
    numeric: bool = False
    color: Callable[[Any], str | None] | None = None
    tip: Callable[[Any], str | None] | None = None
    #: how the value reads (default `show_value`): e.g. `money` for wages
    show: Callable[[Any], str] | None = None
    #: explains the header (already translated)
    header_tip: str = ""
    #: overrides `numeric`'s right alignment (e.g. centred counts)
    align: Qt.AlignmentFlag | None = None
    #: a sign shown before the value (e.g. "⚠" for a goal off track) so that `color` is never the only signal
    #: (issue 16); the value itself (`text`, exports, sorting) stays without it
    mark: Callable[[Any], str | None] | None = None
    #: the value is a stored vocabulary value (a status, a category): shown as its label in the UI language
    #: (app.labels) and sorted by that label, as the reader sees it
    label: bool = False

    def text(self, row) -> str:
        value = self.value(row)
        if value is None:
            return ""
        return value_label(value) if self.label else (self.show or show_value)(value)

    def sort_key(self, row):
        return self.text(row) if self.label else self.value(row)


def money(value: Any) -> str:
    """Wages and dollar amounts: two decimals with thousands separators."""
    return f"{value:,.2f}" if isinstance(value, (int, float)) else show_value(value)


def item(i: int) -> Callable[[Any], Any]:
    """The value getter of a tuple row's i-th field."""
    return lambda row: row[i]


def row_at(index: QModelIndex):
    """The row object behind an index of the model or of any proxy over it (None if invalid)."""
    return index.data(ROW_ROLE) if index.isValid() else None


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self.sort_column >= 0:
            self._sort_rows()
        self.endResetModel()

    sort_column, sort_order = -1, Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here with one key per row: QSortFilterProxyModel's own sort calls data() from C++
        for every comparison, which took ~0.3 s for a 2,000-row caseload."""
        self.sort_column, self.sort_order = column, order
        if column < 0:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [self.rows[i.row()] for i in persistent]
        self._sort_rows()
        where = {id(row): r for r, row in enumerate(self.rows)}
        self.changePersistentIndexList(persistent, [self.index(where[id(row)], i.column()) for i, row in zip(persistent, moved)])
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        """One key per row; blank cells last in either direction (as a spreadsheet sorts)."""
        value = self.columns[self.sort_column].sort_key
        keyed = [(value(row), row) for row in self.rows]
        filled = [(sort_value(v), row) for v, row in keyed if v is not None and v != ""]
        filled.sort(key=lambda pair: pair[0], reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self.rows = [row for _, row in filled] + [row for v, row in keyed if v is None or v == ""]

    def row(self, index: QModelIndex):
        return self.rows[index.row()]

    def values(self, r: int) -> tuple:
        """Row r's raw values, column by column (what tests and exports read)."""
        return tuple(c.value(self.rows[r]) for c in self.columns)

    def texts(self, r: int) -> tuple[str, ...]:
        """Row r as shown, column by column."""
        return tuple(c.text(self.rows[r]) for c in self.columns)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].header_tip or None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in ANSWERED or not index.isValid():  # a paint asks ~10 roles per cell: the rest end here
            return None
        column, row = self.columns[index.column()], self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(row) or None
        if role == Qt.ItemDataRole.DisplayRole and column.mark is not None and (sign := column.mark(row)):
            return f"{sign} {column.text(row)}"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == SORT_ROLE:
            return sort_value(column.sort_key(row))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.color:
            color = column.color(row)
            return _color(color) if color else None
        return None


_COLORS: dict[str, QColor] = {}


def _color(name: str) -> QColor:
    """One QColor per colour name: a paint asks for each visible cell's colour (issue 17: no import and
    no new object per cell on the GUI thread while typing a search)."""
    color = _COLORS.get(name)
    if color is None:
        color = _COLORS[name] = QColor(name)
    return color


class SortProxy(QSortFilterProxyModel):
    """Passes the header's sort clicks to the source model and keeps its order (the base of
    RowFilterProxy). A model that filters its own rows (the caseload, the reminder groups) needs no
    proxy at all: `table_view(..., filtered=False)`; a Python `filterAcceptsRow` is called once per
    row on every change (~100 ms for 10,000 rows), so it is for short lists only."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (fast, by key); the proxy keeps its order and only filters."""
        self.sourceModel().sort(column, order)
        super().sort(-1, Qt.SortOrder.AscendingOrder)  # -1 with Descending would reverse the source order


class RowFilterProxy(SortProxy):
    """Sorts by each column's raw value; filters with a predicate over the row object."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.predicate: Callable[[Any], bool] | None = None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self.predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        if self.predicate is None:
            return True
        return self.predicate(self.sourceModel().rows[source_row])


class TableView(QTableView):
    """Enter on a row activates it like a double-click (the keyboard path)."""

    activated_row = Signal(object)

    #: a stretching column (goal statement, subject…) never gets narrower than this
    MIN_STRETCH = 150

    def __init__(self, parent=None):
        super().__init__(parent)
        self.doubleClicked.connect(lambda index: self._activate(index))
        self.stretch_columns: list[int] = []
        self.fitted_columns: list[int] = []
        #: each column's width before `shrink_to_fit` (as set, fitted to contents or dragged): what it grows back to
        self.natural_widths: dict[int, int] = {}
        self._shrinking = False
        self.horizontalHeader().sectionResized.connect(self._section_resized)

    def _section_resized(self, section: int, _old: int, new: int) -> None:
        if not self._shrinking:
            self.natural_widths[section] = new

    def fit_to_contents(self) -> None:
        """The `fitted_columns` as wide as their title and rows (at most SIZE_PRECISION of them read),
        within MIN_COLUMN..MAX_COLUMN; a longer value is elided and whole in its tooltip."""
        header = self.horizontalHeader()
        for i in self.fitted_columns:
            wanted = max(self.sizeHintForColumn(i), header.sectionSizeHint(i))
            header.resizeSection(i, max(MIN_COLUMN, min(MAX_COLUMN, wanted)))
        self.shrink_to_fit()

    def viewportEvent(self, event) -> bool:  # noqa: N802
        """The viewport's width is what the columns share: it also changes when the vertical scroll bar
        comes or goes, which resizes the viewport but not the view."""
        if event.type() == QEvent.Type.Resize and event.size().width() != event.oldSize().width():
            self.fit_columns()
        return super().viewportEvent(event)

    def fit_columns(self) -> None:
        """Share the room left by the fixed columns among the stretching ones (QHeaderView.Stretch
        squeezes them to nothing when the fixed ones are wide), then `shrink_to_fit`."""
        header = self.horizontalHeader()
        if self.stretch_columns:
            fixed = sum(header.sectionSize(i) for i in range(header.count()) if i not in self.stretch_columns and not header.isSectionHidden(i))
            each = max(self.MIN_STRETCH, (self.viewport().width() - fixed) // len(self.stretch_columns))
            for i in self.stretch_columns:
                header.resizeSection(i, each)
        self.shrink_to_fit()

    def title_width(self, section: int) -> int:
        """The narrowest a column gets: its title whole, with room for the sort arrow (issue 16)."""
        header = self.horizontalHeader()
        title = str(self.model().headerData(section, Qt.Orientation.Horizontal) or "") if self.model() is not None else ""
        need = max((header.fontMetrics().horizontalAdvance(line) for line in title.splitlines()), default=0)
        return max(MIN_COLUMN, need + (TITLE_PADDING if self.isSortingEnabled() else PLAIN_TITLE_PADDING))

    def shrink_to_fit(self) -> None:
        """No side-scrolling while the titles fit (issue 16, 1366×768): when the columns are wider than the
        viewport, the widest ones give way first, each never narrower than its title (`title_width`);
        their values elide and show whole in the cell's tooltip. A stretching column keeps MIN_STRETCH
        unless that is all that is left to give. When the titles alone are wider than the view, the columns
        keep their own widths and the table scrolls."""
        header = self.horizontalHeader()
        room = self.viewport().width()
        visible = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        if room <= 0 or not visible or not self.isVisible():  # a hidden view's viewport is not its real size yet
            return
        sizes = {i: self.natural_widths.get(i, header.sectionSize(i)) for i in visible}
        if sum(sizes.values()) > room:
            titles = {i: self.title_width(i) for i in visible}
            stretching = {i: max(titles[i], min(self.MIN_STRETCH, sizes[i])) if i in self.stretch_columns else titles[i] for i in visible}
            for floors in (stretching, titles):  # the stretching columns give way below MIN_STRETCH only to avoid scrolling
                if sum(min(sizes[i], floors[i]) for i in visible) <= room:
                    cap = _cap(sizes, floors, room)
                    sizes = {i: max(min(floors[i], s), min(s, cap)) for i, s in sizes.items()}
                    break
            # else even the titles are wider than the view: it scrolls, and no value is cut short for nothing
        last = visible[-1] if header.stretchLastSection() else None
        self._shrinking = True
        try:
            for i, size in sizes.items():
                if size != header.sectionSize(i) and not (i == last and header.length() - header.sectionSize(i) + size <= room):
                    header.resizeSection(i, size)  # (a stretched last section fills what is left by itself)
        finally:
            self._shrinking = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            self.activated.emit(self.currentIndex())  # what a plain QTableView emits on Enter
            return
        super().keyPressEvent(event)

    def _activate(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.activated_row.emit(row)

    def current_row(self):
        index = self.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None


#: bounds of a column sized to its contents (px), and how many rows Qt reads to size it
MIN_COLUMN, MAX_COLUMN, SIZE_PRECISION = 48, 420, 200
#: a title's margins and sort arrow beside its text (px); without the arrow where the table does not sort
TITLE_PADDING, PLAIN_TITLE_PADDING = 26, 14


def _cap(sizes: dict[int, int], floors: dict[int, int], room: int) -> int:
    """The largest width W such that the columns, each cut to W but kept at its floor, fit in `room`
    (the widest give way first); 0 when even the floors do not fit."""
    def total(cap: int) -> int:
        return sum(max(min(floors[i], s), min(s, cap)) for i, s in sizes.items())

    low, high = 0, max(sizes.values())
    while low < high:
        middle = (low + high + 1) // 2
        if total(middle) <= room:
            low = middle
        else:
            high = middle - 1
    return low


def table_view(model: RowTableModel, name: str, *, sortable: bool = True, proxy: SortProxy | None = None,
               filtered: bool = True, fit: bool = True, parent=None) -> TableView:
    """The one way a table is shown (a sortable one behind `proxy`, a RowFilterProxy by default, or on the model
    itself when not `filtered`: a model that filters its own rows, like the caseload): rows selected whole, read-only, no row numbers, the rows' own order
    until a header is clicked (the model sorts), long values elided (their tooltip holds them whole).
    `fit`: every column but a stretching one sizes to its contents between MIN_COLUMN and MAX_COLUMN,
    measured over at most SIZE_PRECISION rows so a long list costs no more than a short one."""
    view = TableView(parent)
    if proxy is None and sortable and filtered:
        proxy = RowFilterProxy(view)
    if proxy is None:  # the view shows the model itself (its indexes are the model's; a header click calls model.sort)
        view.setModel(model)
    else:
        proxy.setParent(view)
        proxy.setSourceModel(model)
        view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    if sortable:  # rows keep the service's order until a header is clicked: no indicator before sorting is
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # enabled (it would sort by column 0)
    view.setSortingEnabled(sortable)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.setAccessibleName(name)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    metrics = header.fontMetrics()
    view.stretch_columns = [i for i, c in enumerate(model.columns) if c.stretch]
    header.setStretchLastSection(not view.stretch_columns)
    header.setMinimumSectionSize(MIN_COLUMN)
    header.setMaximumSectionSize(MAX_COLUMN)
    header.setResizeContentsPrecision(SIZE_PRECISION)
    fitted = []
    for i, column in enumerate(model.columns):
        if column.width and not column.stretch:  # never narrower than its title plus the sort arrow
            header.resizeSection(i, max(column.width, metrics.horizontalAdvance(column.title) + TITLE_PADDING))
        elif fit and not column.stretch:
            fitted.append(i)
    if fitted:  # sized to the rows whenever they are replaced; the person can still drag a column wider
        view.fitted_columns = fitted
        model.modelReset.connect(view.fit_to_contents)  # a slot of the view: gone with it
        view.fit_to_contents()
    if sortable:  # rows keep the service's order until a header is clicked
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.model().sort(-1)
    return view


class RowTable(QStackedWidget):
    """The view, or a sentence saying what to do when there are no rows."""

    def __init__(self, model: RowTableModel, empty: str = "", name: str = "", parent=None, sortable: bool = True,
                 proxy: SortProxy | None = None, filtered: bool = True, fit: bool = True):
        super().__init__(parent)
        self.model = model
        if proxy is None and filtered:
            proxy = RowFilterProxy()
        self.view = table_view(model, name, sortable=sortable, proxy=proxy, filtered=filtered, fit=fit)
        #: what the view shows: the proxy, or the model itself when it filters its own rows
        self.proxy = self.view.model()
        self.proxy.setParent(self)
        self.empty = QLabel(empty)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyState")
        self.empty.setStyleSheet("color: #5f6368; padding: 16px;")
        self.addWidget(self.view)
        self.addWidget(self.empty)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, self.proxy.layoutChanged):
            signal.connect(self._show_state)
        self.proxy.rowsInserted.connect(self._show_state)
        self.proxy.rowsRemoved.connect(self._show_state)
        self._show_state()

    def _show_state(self, *_) -> None:
        has_rows = self.proxy.rowCount() > 0 or not self.empty.text()
        self.setCurrentWidget(self.view if has_rows else self.empty)

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)
        self._show_state()

    def refresh_state(self) -> None:
        self._show_state()
