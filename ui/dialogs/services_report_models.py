"""Item models of the Customer Services Report: the step/service × status matrix and the drill-down list."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from app import domain
from app.errors import Problems
from app.rules.values import parse_us_date
from app.services import bulk

#: header tips of the status columns, marked for lupdate in MatrixModel's context (it translates them)
STATUS_LABELS = (QT_TRANSLATE_NOOP("MatrixModel", "Not Started"), QT_TRANSLATE_NOOP("MatrixModel", "Started"),
                 QT_TRANSLATE_NOOP("MatrixModel", "Successful Completion"), QT_TRANSLATE_NOOP("MatrixModel", "Unsuccessful Completion"),
                 QT_TRANSLATE_NOOP("MatrixModel", "Evaluated/Not Required"))


def _date_text(value) -> str:
    return value.strftime("%m/%d/%Y") if isinstance(value, dt.date) else (value or "")


class MatrixModel(QAbstractTableModel):
    """Rows: steps/services; columns: name, type, the five statuses, with, without."""

    #: marked for lupdate in this class's context; headerData translates them
    HEADERS = (QT_TRANSLATE_NOOP("MatrixModel", "Step/Service"), QT_TRANSLATE_NOOP("MatrixModel", "Service Type"),
               QT_TRANSLATE_NOOP("MatrixModel", "Not Started"), QT_TRANSLATE_NOOP("MatrixModel", "Started"),
               QT_TRANSLATE_NOOP("MatrixModel", "Successful"), QT_TRANSLATE_NOOP("MatrixModel", "Unsuccessful"),
               QT_TRANSLATE_NOOP("MatrixModel", "Evaluated/\nNot Required"), QT_TRANSLATE_NOOP("MatrixModel", "With step"),
               QT_TRANSLATE_NOOP("MatrixModel", "Without step"))
    TIPS = ("", "", *STATUS_LABELS, QT_TRANSLATE_NOOP("MatrixModel", "Total customers with the step/service"),
            QT_TRANSLATE_NOOP("MatrixModel", "Total customers without the step/service"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[bulk.MatrixRow] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(self.TIPS[section]) or None
        return None

    def value(self, row: bulk.MatrixRow, column: int):
        if column == 0:
            return f"{row.code} {row.name}".strip() if row.code else row.name
        if column == 1:
            return row.service_type
        if 2 <= column < 7:
            return row.counts[domain.SERVICE_STATUSES[column - 2]]
        return row.with_step if column == 7 else row.without_step

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.value(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and 2 <= index.column() < 8:
            return self.tr("Open the list of participants (Enter)")
        return None

    def cell(self, index) -> tuple[str, str | None]:
        """The catalog item and the status (None = every status) behind a cell."""
        row = self.rows[index.row()]
        column = index.column()
        return row.catalog_item_id, domain.SERVICE_STATUSES[column - 2] if 2 <= column < 7 else None


class DrillModel(QAbstractTableModel):
    """The participants of a cell; Status, Start, End, Planned due and Weekly hours are editable.

    Edits are kept as typed until Save, which validates them all at once (row-level messages).
    """

    #: marked for lupdate in this class's context; headerData translates them (error messages use the English)
    HEADERS = (QT_TRANSLATE_NOOP("DrillModel", "Last Name"), QT_TRANSLATE_NOOP("DrillModel", "First Name"),
               QT_TRANSLATE_NOOP("DrillModel", "Edit Step"), QT_TRANSLATE_NOOP("DrillModel", "Status *"),
               QT_TRANSLATE_NOOP("DrillModel", "Start Date *"), QT_TRANSLATE_NOOP("DrillModel", "End Date"),
               QT_TRANSLATE_NOOP("DrillModel", "Planned Due Date *"), QT_TRANSLATE_NOOP("DrillModel", "Weekly Hours *"))
    FIELDS = (None, None, None, "status", "planned_start", "completion_date", "planned_due", "weekly_hours")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[bulk.DrillRow] = []
        self.edits: dict[int, dict] = {}

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows, self.edits = list(rows), {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr(self.HEADERS[section]) if orientation == Qt.Orientation.Horizontal else section + 1

    def current(self, row: int, field: str):
        if field in self.edits.get(row, {}):
            return self.edits[row][field]
        return getattr(self.rows[row], field)

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if self.FIELDS[index.column()] else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.FontRole):
            return None
        r, field = self.rows[index.row()], self.FIELDS[index.column()]
        if role == Qt.ItemDataRole.FontRole:
            if field and field in self.edits.get(index.row(), {}):
                font = QFont()
                font.setBold(True)  # changed, not saved yet
                return font
            return None
        if field is None:
            return (r.last_name, r.first_name, r.step)[index.column()]
        value = self.current(index.row(), field)
        return f"{value:g}" if isinstance(value, float) else _date_text(value)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        field = self.FIELDS[index.column()]
        if role != Qt.ItemDataRole.EditRole or not field:
            return False
        self.set_value(index.row(), field, value)
        return True

    def set_value(self, row: int, field: str, value) -> None:
        self.edits.setdefault(row, {})[field] = value
        column = self.FIELDS.index(field)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def pending_rows(self) -> tuple[list[dict], list[int], Problems]:
        """(rows for bulk.save_rows, their row numbers, typing problems as "Row n: …")."""
        rows, numbers, problems = [], [], Problems()
        labels = dict(zip(self.FIELDS, self.HEADERS))
        for row, edits in sorted(self.edits.items()):
            values, typing = {"service_id": self.rows[row].service_id}, Problems()
            for field, value in edits.items():
                label = labels[field].rstrip(" *")
                if field == "weekly_hours":
                    try:
                        values[field] = float(value)
                    except (TypeError, ValueError):
                        typing.add(field, f"{label} must be a number (got “{value}”).")
                elif field == "status":
                    values[field] = value if value in domain.SERVICE_STATUSES else None
                    if values[field] is None:
                        typing.add(field, f"Status must be one of: {', '.join(domain.SERVICE_STATUSES)}.")
                else:
                    values[field] = parse_us_date(value, field, label, typing)
            for p in typing.items:
                problems.add(f"rows[{row + 1}].{p.field}", f"Row {row + 1}: {p.message}")
            if not typing:
                rows.append(values)
                numbers.append(row + 1)
        return rows, numbers, problems
