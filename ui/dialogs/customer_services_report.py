"""Customer Services Report (seed 001): filter, see step/service × status counts, drill into a cell,
set status, dates and weekly hours for many participants at once, save; or round-trip the list
through Excel. Saving validates every row first and writes all of them in one transaction.

    CustomerServicesReport(ctx, parent=window).show()
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from app import domain
from app.errors import FieldError, Problems, ValidationError
from app.rules.values import parse_us_date
from app.services import bulk, catalog, plan_services, users
from ui.forms import ERROR_STYLE, DateField, Form, combo
from ui.jobs import run_job

STATUS_LABELS = ("Not Started", "Started", "Successful Completion", "Unsuccessful Completion", "Evaluated/Not Required")


def _date_text(value) -> str:
    return value.strftime("%m/%d/%Y") if isinstance(value, dt.date) else (value or "")


class MatrixModel(QAbstractTableModel):
    """Rows: steps/services; columns: name, type, the five statuses, with, without."""

    HEADERS = ("Step/Service", "Service Type", "Not Started", "Started", "Successful", "Unsuccessful", "Evaluated/\nNot Required",
               "With step", "Without step")
    TIPS = ("", "", *STATUS_LABELS, "Total customers with the step/service", "Total customers without the step/service")

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

    HEADERS = ("Last Name", "First Name", "Edit Step", "Status *", "Start Date *", "End Date", "Planned Due Date *", "Weekly Hours *")
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
                from PySide6.QtGui import QFont

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


class CustomerServicesReport(QDialog):
    saved = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.current_cell: tuple[str, str | None] | None = None
        self.setWindowTitle(self.tr("Customer Services Report"))
        self.resize(1200, 800)
        self.filters_form = self._filters_form()
        self.matrix = MatrixModel(self)
        matrix_proxy = QSortFilterProxyModel(self)
        matrix_proxy.setSourceModel(self.matrix)
        self.matrix_view = self._table(matrix_proxy, self.tr("Steps/services by status"))
        self.matrix_view.activated.connect(self.open_cell)
        self.matrix_view.doubleClicked.connect(self.open_cell)
        self.drill = DrillModel(self)
        self.drill_view = self._table(self.drill, self.tr("Participants of the chosen cell"))
        self.drill_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.drill_view.setSortingEnabled(False)
        self.drill_title = QLabel(self.tr("Choose a number in the table above to list its participants."))
        self.bulk_form = Form()
        self.bulk_status = self.bulk_form.add("status", self.tr("Status:"), combo([(self.tr("(keep)"), "")] + list(domain.SERVICE_STATUSES)))
        self.bulk_start = self.bulk_form.add("planned_start", self.tr("Start date:"), DateField())
        self.bulk_due = self.bulk_form.add("planned_due", self.tr("Planned due date:"), DateField())
        self.bulk_hours = self.bulk_form.add("weekly_hours", self.tr("Weekly hours:"), QLineEdit())
        self.errors = QLabel()
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setWordWrap(True)
        self.errors.setAccessibleName(self.tr("Row errors"))
        self.status_line = QLabel()
        self._actions()
        self._layout()
        self.refresh()

    # -- building ------------------------------------------------------------------------------
    def _filters_form(self) -> Form:
        form = Form()
        every = self.tr("All")
        form.add("program", self.tr("Program:"), combo([(every, "")] + list(domain.PROGRAMS)))
        form.add("service_type", self.tr("Service type:"), combo([(every, "")] + catalog.service_types(self.ctx)))
        form.add("organization_id", self.tr("Grantee:"), combo([(every, "")] + [(o.name, o.id) for o in users.list_organizations(self.ctx)]))
        form.add("provider_id", self.tr("Service provider:"), combo([(every, "")] + [(p.name, p.id) for p in plan_services.list_providers(self.ctx)]))
        form.add("start_from", self.tr("Start date begin range:"), DateField())
        form.add("start_to", self.tr("Start date end range:"), DateField())
        form.add("enrollment_status", self.tr("Customer enrollment status:"), combo([(every, "")] + list(domain.ENROLLMENT_STATUSES)))
        return form

    def _table(self, model, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows if model is not getattr(self, "matrix", None) else
                                  QAbstractItemView.SelectionBehavior.SelectItems)
        view.setAccessibleName(name)
        view.horizontalHeader().setStretchLastSection(True)
        view.setWordWrap(True)
        return view

    def _actions(self) -> None:
        def action(text, shortcut, slot, tip):
            a = QAction(text, self, shortcut=QKeySequence(shortcut), triggered=slot)
            a.setStatusTip(tip)
            self.addAction(a)
            return a

        self.filter_action = action(self.tr("Filter"), "Ctrl+F", self.refresh, self.tr("Count the steps/services that match the filters"))
        self.apply_action = action(self.tr("Set for selected"), "Ctrl+Return", self.apply_to_selected,
                                   self.tr("Put these values on the selected participants (not saved yet)"))
        self.save_action = action(self.tr("Save"), "Ctrl+S", self.save, self.tr("Validate every row and save them all at once"))
        self.export_action = action(self.tr("Export…"), "Ctrl+E", self._export_dialog, self.tr("Save this list as an Excel workbook"))
        self.import_action = action(self.tr("Import…"), "Ctrl+I", self._import_dialog, self.tr("Read the list back from an Excel workbook"))

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text().replace("&", ""))
        button.setToolTip(f"{action.statusTip()} ({action.shortcut().toString()})")
        button.clicked.connect(action.trigger)
        return button

    def _layout(self) -> None:
        top = QWidget()
        top_box = QHBoxLayout(top)
        filters = QVBoxLayout()
        filters.addWidget(self.filters_form)
        filters.addWidget(self._button(self.filter_action))
        filters.addStretch()
        top_box.addLayout(filters, 1)
        top_box.addWidget(self.matrix_view, 5)
        bottom = QWidget()
        bottom_box = QVBoxLayout(bottom)
        bottom_box.addWidget(self.drill_title)
        row = QHBoxLayout()
        row.addWidget(self.drill_view, 3)
        side = QVBoxLayout()
        side.addWidget(self.bulk_form)
        side.addWidget(self._button(self.apply_action))
        self.save_button = self._button(self.save_action)
        for b in (self.save_button, self._button(self.export_action), self._button(self.import_action)):
            side.addWidget(b)
        side.addStretch()
        row.addLayout(side, 1)
        bottom_box.addLayout(row)
        bottom_box.addWidget(self.errors)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.status_line)

    # -- behaviour -----------------------------------------------------------------------------
    def current_filter(self) -> bulk.ServicesFilter:
        return bulk.ServicesFilter(**self.filters_form.values())

    def refresh(self) -> None:
        self.filters_form.clear_errors()
        try:
            f = self.current_filter()
        except ValidationError as error:
            self.filters_form.show_errors(error)
            return
        self.matrix.set_rows(bulk.services_matrix(self.ctx, f))
        self.matrix_view.resizeColumnsToContents()
        if self.current_cell:
            self.show_cell(*self.current_cell)

    def open_cell(self, proxy_index) -> None:
        index = self.matrix_view.model().mapToSource(proxy_index)
        self.show_cell(*self.matrix.cell(index))

    def show_cell(self, catalog_item_id: str, status: str | None) -> None:
        self.current_cell = (catalog_item_id, status)
        rows = bulk.drill(self.ctx, self.current_filter(), catalog_item_id, status)
        self.drill.set_rows(rows)
        name = rows[0].step if rows else ""
        self.drill_title.setText(self.tr("{0} — {1}: {2} participants").format(name, status or self.tr("every status"), len(rows)))
        self.errors.clear()
        self.drill_view.resizeColumnsToContents()

    def apply_to_selected(self) -> None:
        self.bulk_form.clear_errors()
        selected = sorted({i.row() for i in self.drill_view.selectionModel().selectedRows()})
        if not selected:
            self.bulk_form.show_errors(ValidationError([FieldError("status", self.tr("Select one or more participants in the list first."))]))
            return
        try:
            values = self.bulk_form.values()
        except ValidationError as error:
            self.bulk_form.show_errors(error)
            return
        for row in selected:
            for field, value in values.items():
                if value not in ("", None):
                    self.drill.set_value(row, field, value)

    def save(self) -> None:
        rows, numbers, problems = self.drill.pending_rows()
        if not rows and not problems:
            self.errors.setText(self.tr("Nothing to save: change a row first."))
            return
        if problems:
            self._show_problems(ValidationError(problems.items))
            return
        self.save_button.setEnabled(False)
        self.status_line.setText(self.tr("Saving…"))
        ctx = self.ctx
        run_job(lambda: bulk.save_rows(ctx, rows, numbers), self._saved, self._save_failed)

    def _saved(self, count: int) -> None:
        self.save_button.setEnabled(True)
        self.status_line.setText(self.tr("Saved {0} steps/services.").format(count))
        self.errors.clear()
        self.refresh()
        self.saved.emit(count)

    def _save_failed(self, exc) -> None:
        self.save_button.setEnabled(True)
        self.status_line.setText("")
        if isinstance(exc, ValidationError):
            self._show_problems(exc)
        else:
            self.errors.setText(self.tr("Nothing was saved: {0}").format(exc))

    def _show_problems(self, error: ValidationError) -> None:
        self.errors.setText(self.tr("Nothing was saved. Fix these rows:") + "\n" + "\n".join(p.message for p in error.problems))

    def export_to(self, path: str) -> None:
        bulk.export_rows(self.drill.rows, path)
        self.status_line.setText(self.tr("Exported {0} rows to {1}.").format(len(self.drill.rows), path))

    def import_from(self, path: str) -> int:
        try:
            count = bulk.import_rows(self.ctx, path)
        except ValidationError as error:
            self._show_problems(error)
            return 0
        self._saved(count)
        return count

    def _export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the list"), "services.xlsx", "Excel workbook (*.xlsx)")
        if path:
            self.export_to(path)

    def _import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import the list"), "", "Excel workbook (*.xlsx)")
        if path:
            self.import_from(path)
