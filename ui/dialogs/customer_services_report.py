"""Customer Services Report (seed 001): filter, see step/service × status counts, drill into a cell,
set status, dates and weekly hours for many participants at once, save; or round-trip the list
through Excel. Saving validates every row first and writes all of them in one transaction.

    CustomerServicesReport(session, parent=window).show()
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QStyle, QTableView, QVBoxLayout,
    QWidget,
)

from app import domain
from app.errors import FieldError, ValidationError
from app.services import bulk, catalog, plan_services, users
from ui.dialogs.services_report_models import DrillModel, matrix_cell, matrix_columns
from ui.forms import DateField, Form, MessageLabel, combo, error_style
from ui import ops
from ui.session import PlanSession
from ui.widgets.row_table import RowTableModel, row_at, table_view

def fit_columns(view: QTableView, flexible: int = 0, floor: int = 110) -> None:
    """Columns sized to their titles and values; when that is wider than the view, the `flexible`
    column (the step's name, a last name) gives up the difference, down to `floor` pixels, then the
    one after it, and their values elide (the whole value is in the cell's tooltip or the drill):
    at 1366×768 the counts stay in sight without scrolling sideways (issue 16)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    # the room left of the vertical scroll bar, counted whether or not it shows yet (it comes with the rows)
    room = view.width() - 2 * view.frameWidth() - (view.verticalHeader().width() if view.verticalHeader().isVisible() else 0) \
        - view.verticalScrollBar().sizeHint().width()
    for column, least in ((flexible, floor), (flexible + 1, floor * 2 // 3)):  # then the next column (the service type)
        overflow = header.length() - room
        if room <= 0 or overflow <= 0 or column >= header.count():
            break
        least = max(least, header.sectionSizeHint(column))  # its title stays whole
        header.resizeSection(column, max(least, header.sectionSize(column) - overflow))
    view.shrink_to_fit()  # what is still too wide comes off the widest columns, never below their titles


class CustomerServicesReport(QDialog):
    saved = Signal(int)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = PlanSession.of(session)
        self.ctx = self.session.ctx
        self.current_cell: tuple[str, str | None] | None = None
        self.setWindowTitle(self.tr("Customer Services Report"))
        self.resize(1200, 800)
        self.filters_form = self._filters_form()
        self.matrix = RowTableModel(matrix_columns(), self)
        self.matrix_view = table_view(self.matrix, self.tr("Steps/services by status"))
        self.matrix_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)  # a count is what one chooses
        # one click or Enter opens a number's participants (a double click used to be needed); where the style
        # already activates on a single click, `activated` alone carries it, so a click never drills twice
        self.matrix_view.activated.connect(self.open_cell)
        if not self.matrix_view.style().styleHint(QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, self.matrix_view):
            self.matrix_view.clicked.connect(self.open_cell)
        self.drill = DrillModel(self)
        self.drill_view = table_view(self.drill, self.tr("Participants of the chosen cell"), sortable=False)
        self.drill_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # "Set for selected"
        self.drill_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.drill_view.verticalHeader().show()  # row numbers: the save's messages say "Row n"
        self.drill_title = QLabel(self.tr("Choose a number in the table above to list its participants."))
        self.bulk_form = Form()
        self.bulk_status = self.bulk_form.add("status", self.tr("Status:"), combo([(self.tr("(keep)"), "")] + list(domain.SERVICE_STATUSES)))
        self.bulk_start = self.bulk_form.add("planned_start", self.tr("Start date:"), DateField())
        self.bulk_end = self.bulk_form.add("completion_date", self.tr("End date:"), DateField())
        self.bulk_due = self.bulk_form.add("planned_due", self.tr("Planned due date:"), DateField())
        self.bulk_hours = self.bulk_form.add("weekly_hours", self.tr("Weekly hours:"), QLineEdit())
        self.errors = MessageLabel()
        self.errors.setStyleSheet(error_style())
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
        f = bulk.ServicesFilter(**self.filters_form.values())
        f.check()
        return f

    def refresh(self) -> None:
        self.filters_form.clear_errors()
        try:
            f = self.current_filter()
        except ValidationError as error:
            self.filters_form.show_errors(error)
            return
        self.matrix.set_rows(bulk.services_matrix(self.ctx, f))
        fit_columns(self.matrix_view)
        if self.current_cell:
            self.show_cell(*self.current_cell)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        fit_columns(self.matrix_view)
        fit_columns(self.drill_view)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        fit_columns(self.matrix_view)
        fit_columns(self.drill_view)

    def open_cell(self, proxy_index) -> None:
        self.show_cell(*matrix_cell(row_at(proxy_index), proxy_index.column()))

    def show_cell(self, catalog_item_id: str, status: str | None) -> None:
        self.current_cell = (catalog_item_id, status)
        rows = bulk.drill(self.ctx, self.current_filter(), catalog_item_id, status)
        self.drill.set_rows(rows)
        name = rows[0].step if rows else ""
        title = self.tr("{0} — {1}: 1 participant") if len(rows) == 1 else self.tr("{0} — {1}: {2} participants")
        self.drill_title.setText(title.format(name, status or self.tr("every status"), len(rows)))
        self.errors.clear()
        fit_columns(self.drill_view)

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
        ops.apply(self.session, bulk.save_rows, rows, numbers, on_result=self._saved, on_error=self._save_failed, initiator=self)

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

    def import_from(self, path: str) -> None:
        """Validate every row of the sheet and save all or nothing, off the GUI thread (`saved` on success)."""
        self.status_line.setText(self.tr("Importing…"))
        ops.apply(self.session, bulk.import_rows, path, on_result=self._saved, on_error=self._save_failed, initiator=self)

    def _export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the list"), "services.xlsx", "Excel workbook (*.xlsx)")
        if path:
            self.export_to(path)

    def _import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import the list"), "", "Excel workbook (*.xlsx)")
        if path:
            self.import_from(path)
