"""The Customer Services Report dialog: drill into a cell, set values for many, save, see the counts move."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt

from app import domain
from tests.app.test_bulk import _cohort
from ui.dialogs.customer_services_report import CustomerServicesReport

TODAY = dt.date.today()


def _jr_row(dialog):
    return next(r for r in range(dialog.matrix.rowCount()) if dialog.matrix.rows[r].name == "Job Readiness")


def test_drill_set_for_selected_and_save(qtbot, world):
    _cohort(world)
    dialog = CustomerServicesReport(world.carla)
    qtbot.addWidget(dialog)
    dialog.show()
    row = _jr_row(dialog)
    assert dialog.matrix.data(dialog.matrix.index(row, 2)) == "3"  # Not Started
    proxy = dialog.matrix_view.model()
    dialog.open_cell(proxy.mapFromSource(dialog.matrix.index(row, 2)))
    assert dialog.drill.rowCount() == 3 and dialog.drill.data(dialog.drill.index(0, 1)) == "Ana0"
    selection = dialog.drill_view.selectionModel()
    for r in (0, 1):
        selection.select(dialog.drill.index(r, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    dialog.bulk_status.setCurrentIndex(dialog.bulk_status.findData(domain.STARTED))
    dialog.bulk_start.setText((TODAY - dt.timedelta(days=2)).strftime("%m/%d/%Y"))
    dialog.bulk_due.setText((TODAY + dt.timedelta(days=40)).strftime("%m/%d/%Y"))
    dialog.bulk_hours.setText("12")
    dialog.apply_action.trigger()
    assert dialog.drill.data(dialog.drill.index(0, 3)) == domain.STARTED and dialog.drill.data(dialog.drill.index(2, 3)) == domain.PLANNED
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [2]
    row = _jr_row(dialog)
    assert dialog.matrix.data(dialog.matrix.index(row, 2)) == "1" and dialog.matrix.data(dialog.matrix.index(row, 3)) == "2"
    assert dialog.drill.rowCount() == 1  # the Not Started cell now holds one participant
    selection.select(dialog.drill.index(0, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    dialog.bulk_status.setCurrentIndex(dialog.bulk_status.findData(domain.SUCCESSFUL))
    dialog.bulk_hours.clear()
    dialog.apply_action.trigger()
    dialog.save()
    qtbot.waitUntil(lambda: "Row 1" in dialog.errors.text(), timeout=10000)
    assert dialog.errors.text().endswith("Row 1: Completion date is required when the status is Successful Completion.")
    dialog.bulk_end.setText(TODAY.strftime("%m/%d/%Y"))
    dialog.apply_action.trigger()
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    assert dialog.matrix.data(dialog.matrix.index(_jr_row(dialog), 4)) == "1"  # Successful


def test_bad_row_is_listed_and_nothing_saved(qtbot, world, tmp_path):
    _cohort(world)
    dialog = CustomerServicesReport(world.carla)
    qtbot.addWidget(dialog)
    row = _jr_row(dialog)
    dialog.show_cell(dialog.matrix.rows[row].catalog_item_id, None)
    dialog.drill.setData(dialog.drill.index(1, 6), (TODAY - dt.timedelta(days=30)).strftime("%m/%d/%Y"))
    dialog.drill.setData(dialog.drill.index(2, 7), "ten")
    dialog.save()
    assert dialog.errors.text() == "Nothing was saved. Fix these rows:\nRow 3: Weekly Hours must be a number (got “ten”)."
    dialog.drill.setData(dialog.drill.index(2, 7), "10")
    dialog.save()
    qtbot.waitUntil(lambda: "Row 2" in dialog.errors.text(), timeout=10000)
    assert "Row 2: Planned due date cannot be before the planned start date." in dialog.errors.text()
    assert dialog.matrix.data(dialog.matrix.index(row, 2)) == "3"
    path = tmp_path / "list.xlsx"
    dialog.export_to(str(path))
    assert path.exists() and "Exported 3 rows" in dialog.status_line.text()
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        dialog.import_from(str(path))
    assert saved.args == [3]
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    dialog.import_from(str(junk))
    qtbot.waitUntil(lambda: "cannot be read as an Excel workbook" in dialog.errors.text(), timeout=10000)
