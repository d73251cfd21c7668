"""A read-only table model of plain rows and a sortable table view for it: what the compliance,
placement and employer dialogs list (status history, follow-ups, jobs, rule counts)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows (tuples of text or numbers).

    `columns` are the titles as shown, translated where the table is built (`self.tr("Employer")`):
    lupdate only finds a literal written inside tr(), never one that reaches it through a variable."""

    def __init__(self, columns: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.columns, self.rows, self.keys, self.tips = columns, [], [], []

    def set_rows(self, rows: list[tuple], keys: list | None = None, tips: list[tuple] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.keys = rows, keys or [None] * len(rows)
        self.tips = tips or [()] * len(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            if isinstance(value, dt.date):
                return f"{value:%m/%d/%Y}"
            if isinstance(value, float):
                return f"{value:,.2f}"
            return str(value)
        if role == Qt.ItemDataRole.UserRole:
            return value.toordinal() if isinstance(value, dt.date) else ("" if value is None else value)
        if role == Qt.ItemDataRole.ForegroundRole and value in LEVEL_COLORS:
            return LEVEL_COLORS[value]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self.tips[index.row()]
            return tips[index.column()] if index.column() < len(tips) and tips[index.column()] else None
        return None


LEVEL_COLORS = {"Below": QColor("#b3261e"), "Exceeds": QColor("#1e7a3c")}


def table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the rows' own order until a header is clicked
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAccessibleName(name)
    return view
