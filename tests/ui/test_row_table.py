"""The one table model (ui/widgets/row_table.py): declared columns give the cells, the sort, the
alignment, the colours and the tooltips; the one view factory shows it sorted by the model, columns
sized to their contents within bounds, long values elided with the whole value as the tooltip."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt

from ui.widgets.row_table import MAX_COLUMN, ROW_ROLE, Column, RowTableModel, item, money, row_at, table_view

DISPLAY, TIP, ALIGN, COLOR = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
                              Qt.ItemDataRole.ForegroundRole)


@dataclass
class Job:
    title: str
    wage: float | None
    start: dt.date | None
    note: str = ""


JOBS = [Job("welder", 21.5, dt.date(2026, 3, 1)), Job("Baker", 1234.0, None, "early shifts"), Job("cook", None, dt.date(2025, 12, 24))]


def jobs_model() -> RowTableModel:
    return RowTableModel([
        Column("Job", lambda j: j.title, tip=lambda j: j.note, color=lambda j: "#b3261e" if j.wage is None else None),
        Column("Wage", lambda j: j.wage, numeric=True, show=money),
        Column("Start", lambda j: j.start, align=Qt.AlignmentFlag.AlignCenter, header_tip="First day at work"),
    ])


def cells(view) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_cells_show_each_columns_value_as_people_read_it(qapp):
    model = jobs_model()
    model.set_rows(JOBS)
    assert [model.texts(r) for r in range(3)] == [("welder", "21.50", "03/01/2026"), ("Baker", "1,234.00", ""), ("cook", "", "12/24/2025")]
    assert model.values(1) == ("Baker", 1234.0, None)
    assert model.headerData(2, Qt.Orientation.Horizontal, TIP) == "First day at work"
    assert model.headerData(0, Qt.Orientation.Horizontal, TIP) is None
    assert model.index(0, 1).data(ALIGN) == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 2).data(ALIGN) == int(Qt.AlignmentFlag.AlignCenter) and model.index(0, 0).data(ALIGN) is None
    assert model.index(2, 0).data(COLOR).name() == "#b3261e" and model.index(0, 0).data(COLOR) is None
    assert model.index(1, 0).data(ROW_ROLE) is JOBS[1]


def test_tooltip_is_the_columns_tip_or_the_whole_value(qapp):
    model = jobs_model()
    model.set_rows(JOBS)
    assert model.index(1, 0).data(TIP) == "early shifts"  # the column's own tip
    assert model.index(0, 0).data(TIP) is None  # an empty tip says nothing
    assert model.index(1, 1).data(TIP) == "1,234.00"  # no tip declared: the whole value as shown


def test_header_click_sorts_in_the_model_blanks_last_case_folded(qtbot):
    model = jobs_model()
    model.set_rows(JOBS)
    view = table_view(model, "Jobs")
    qtbot.addWidget(view)
    assert [row[0] for row in cells(view)] == ["welder", "Baker", "cook"]  # the service's order until a header is clicked
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in cells(view)] == ["Baker", "cook", "welder"]  # case-folded
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [row[1] for row in cells(view)] == ["21.50", "1,234.00", ""]  # by number, not by text; a blank last
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert [row[2] for row in cells(view)][:2] == ["03/01/2026", "12/24/2025"]  # by date, not by MM/DD text
    assert [j.title for j in model.rows] == [row[0] for row in cells(view)]  # the proxy only passes the model's order on
    view.selectRow(0)
    assert row_at(view.currentIndex()) is model.rows[0] and view.current_row() is model.rows[0]


def test_tuple_rows_and_a_view_without_a_proxy(qtbot):
    model = RowTableModel([Column("Follow-up", item(0)), Column("Wage", item(1), show=money)])
    model.set_rows([("30 days", 12.5, "key-30")])
    view = table_view(model, "Follow-ups", sortable=False)
    qtbot.addWidget(view)
    assert view.model() is model and cells(view) == [["30 days", "12.50"]]
    assert row_at(model.index(0, 0))[2] == "key-30"


def test_columns_size_to_content_within_bounds_and_long_values_elide(qtbot):
    long_note = "a very long note " * 40
    model = RowTableModel([Column("Title", lambda j: j.title), Column("Note", lambda j: j.note), Column("Start", lambda j: j.start)])
    model.set_rows([Job("cook", None, dt.date(2026, 1, 2), long_note)])
    view = table_view(model, "Jobs")
    qtbot.addWidget(view)
    view.resize(1200, 300)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    assert header.sectionSize(1) == MAX_COLUMN  # the long value is cut at the bound…
    assert metrics.horizontalAdvance(long_note) > MAX_COLUMN
    assert view.textElideMode() == Qt.TextElideMode.ElideRight and not view.wordWrap()  # …elided, on one line
    assert model.index(0, 1).data(TIP) == long_note  # …whole in the tooltip
    assert metrics.horizontalAdvance("cook") < header.sectionSize(0) < MAX_COLUMN  # a short one fits its content


def test_columns_fit_again_when_the_rows_are_replaced(qtbot):
    model = RowTableModel([Column("Title", lambda j: j.title), Column("Start", lambda j: j.start)])
    view = table_view(model, "Jobs")
    qtbot.addWidget(view)
    before = view.horizontalHeader().sectionSize(0)
    model.set_rows([Job("a much longer job title than the header", None, None)])
    after = view.horizontalHeader().sectionSize(0)
    assert after > before and after >= view.fontMetrics().horizontalAdvance("a much longer job title than the header")
    model.set_rows([Job("x" * 400, None, None)])
    assert view.horizontalHeader().sectionSize(0) == MAX_COLUMN
