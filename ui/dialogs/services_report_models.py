"""The Customer Services Report's tables: the step/service × status matrix's columns and the editable drill-down list."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from app import domain
from app.errors import Problems
from app.rules.values import parse_us_date
from app.services import bulk
from ui.widgets.row_table import Column, RowTableModel

#: header tips of the status columns, marked for lupdate in the MatrixModel context (matrix_columns translates them)
STATUS_LABELS = (QT_TRANSLATE_NOOP("MatrixModel", "Not Started"), QT_TRANSLATE_NOOP("MatrixModel", "Started"),
                 QT_TRANSLATE_NOOP("MatrixModel", "Successful Completion"), QT_TRANSLATE_NOOP("MatrixModel", "Unsuccessful Completion"),
                 QT_TRANSLATE_NOOP("MatrixModel", "Evaluated/Not Required"))


def _date_text(value) -> str:
    return value.strftime("%m/%d/%Y") if isinstance(value, dt.date) else (value or "")


def _count(status: str):
    return lambda row: row.counts[status]


def matrix_columns() -> list[Column]:
    """Rows: steps/services; columns: name, type, the five statuses, with, without (the MatrixModel context).
    Every count opens its participants (Enter or a double-click): `matrix_cell` says which."""
    translate = QCoreApplication.translate
    opens = translate("MatrixModel", "Open the list of participants (Enter)")
    center = Qt.AlignmentFlag.AlignCenter
    titles = (translate("MatrixModel", "Not Started"), translate("MatrixModel", "Started"), translate("MatrixModel", "Successful"),
              translate("MatrixModel", "Unsuccessful"), translate("MatrixModel", "Evaluated/\nNot Required"))
    return [Column(translate("MatrixModel", "Step/Service"), lambda r: f"{r.code} {r.name}".strip() if r.code else r.name),
            Column(translate("MatrixModel", "Service Type"), lambda r: r.service_type, label=True),
            *(Column(title=title, value=_count(status), align=center, header_tip=translate("MatrixModel", label), tip=lambda _r: opens)
              for title, status, label in zip(titles, domain.SERVICE_STATUSES, STATUS_LABELS)),
            Column(translate("MatrixModel", "With step"), lambda r: r.with_step, align=center, tip=lambda _r: opens,
                   header_tip=translate("MatrixModel", "Total customers with the step/service")),
            Column(translate("MatrixModel", "Without step"), lambda r: r.without_step, align=center,
                   header_tip=translate("MatrixModel", "Total customers without the step/service"))]


def matrix_cell(row: bulk.MatrixRow, column: int) -> tuple[str, str | None]:
    """The catalog item and the status (None = every status) behind a cell of the matrix."""
    return row.catalog_item_id, domain.SERVICE_STATUSES[column - 2] if 2 <= column < 7 else None


class DrillModel(RowTableModel):
    """The participants of a cell; Status, Start, End, Planned due and Weekly hours are editable: the
    one table model with edits on top, kept as typed until Save, which validates them all at once
    (row-level messages)."""

    #: marked for lupdate in this class's context; headerData translates them (error messages use the English)
    HEADERS = (QT_TRANSLATE_NOOP("DrillModel", "Last Name"), QT_TRANSLATE_NOOP("DrillModel", "First Name"),
               QT_TRANSLATE_NOOP("DrillModel", "Edit Step"), QT_TRANSLATE_NOOP("DrillModel", "Status *"),
               QT_TRANSLATE_NOOP("DrillModel", "Start Date *"), QT_TRANSLATE_NOOP("DrillModel", "End Date"),
               QT_TRANSLATE_NOOP("DrillModel", "Planned Due Date *"), QT_TRANSLATE_NOOP("DrillModel", "Weekly Hours *"))
    FIELDS = (None, None, None, "status", "planned_start", "completion_date", "planned_due", "weekly_hours")

    def __init__(self, parent=None):
        translate = QCoreApplication.translate
        super().__init__([Column(title=translate("DrillModel", header), value=self._getter(field, i))
                          for i, (header, field) in enumerate(zip(self.HEADERS, self.FIELDS))], parent)
        self.edits: dict[int, dict] = {}

    @staticmethod
    def _getter(field: str | None, i: int):
        return (lambda r: (r.last_name, r.first_name, r.step)[i]) if field is None else (lambda r: getattr(r, field))

    def set_rows(self, rows) -> None:
        self.edits = {}
        super().set_rows(rows)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return super().headerData(section, orientation, role)

    def current(self, row: int, field: str):
        if field in self.edits.get(row, {}):
            return self.edits[row][field]
        return getattr(self.rows[row], field)

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if self.FIELDS[index.column()] else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        field = self.FIELDS[index.column()]
        if role == Qt.ItemDataRole.FontRole:
            if field and field in self.edits.get(index.row(), {}):
                font = QFont()
                font.setBold(True)  # changed, not saved yet
                return font
            return None
        if field and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            value = self.current(index.row(), field)  # as typed until saved
            return f"{value:g}" if isinstance(value, float) else _date_text(value)
        return super().data(index, role)

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
