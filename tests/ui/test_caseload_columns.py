"""The caseload shows Name, Ind. #, Status and Last contact at first; the others are one click away
(header right-click or View ▸ Caseload columns), and the choice is kept."""
from __future__ import annotations

from PySide6.QtCore import Qt


def _visible(window) -> list[str]:
    view, model = window.caseload.table.view, window.caseload.model
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount()) if not view.isColumnHidden(i)]


def test_default_columns_fit_and_the_choice_is_kept(qtbot, window, settings, world):
    from ui.main_window import MainWindow
    from ui.session import PlanSession

    assert _visible(window) == ["Name", "Ind. #", "Status", "Last contact"]
    header = window.caseload.table.view.horizontalHeader()
    shown = sum(header.sectionSize(i) for i in range(header.count()) if not header.isSectionHidden(i))
    assert shown <= window.caseload.table.view.viewport().width()  # no sideways scrolling at the default width
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    columns = next(a.menu() for a in view_menu.actions() if a.menu() is not None and "lumns" in a.text())
    program = next(a for a in columns.actions() if a.text() == "Program")
    assert program in header.actions()  # the same actions on the header's right-click menu
    program.trigger()
    next(a for a in columns.actions() if a.text() == "Status").trigger()
    assert _visible(window) == ["Name", "Ind. #", "Program", "Last contact"]
    assert window.caseload.model.index(0, 3).data() in ("Adult (IEP)", "Youth (ISS)", "Dislocated Worker (IEP)")
    window.close()

    again = MainWindow(PlanSession(world.carla), settings)
    qtbot.addWidget(again)
    assert _visible(again) == ["Name", "Ind. #", "Program", "Last contact"]
    for action in again.caseload.column_actions:
        action.setChecked(True)
    again.close()
    third = MainWindow(PlanSession(world.carla), settings)
    qtbot.addWidget(third)
    assert _visible(third) == ["Name", "Preferred", "Ind. #", "Program", "Status", "Last contact", "Planner"]
    third.close()
