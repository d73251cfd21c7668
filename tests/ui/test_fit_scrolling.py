"""Issue 16 §1: at 1366×768 nothing in the window scrolls sideways — the caseload, the plan tabs, the
reminders, the step editor and the Customer Services Report — with real rows in the tables (long names,
long goal statements, every step's columns), and no header narrower than its title. A table wider than
its viewport gives way from its widest columns (their values elide, whole in the tooltip) and grows
back when there is room again."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import open_participant
from tests.ui.fit import clipped, side_scrolling


def each_plan_tab(qtbot, window, participant_id):
    """Open the participant's plan, then show each tab in turn, yielding its title."""
    open_participant(qtbot, window, participant_id)
    qtbot.waitUntil(lambda: window.tabs is not None)
    for index in range(window.tab_widget.count()):
        window.tab_widget.setCurrentIndex(index)
        qtbot.wait(30)
        yield window.tab_widget.tabText(index)


@pytest.fixture
def full_plan(world, people):
    """José with long goals and steps, and a caseload of long names (every caseload column has values)."""
    jose = people["jose"]
    for n, statement in enumerate(("Earn a Commercial Driver's License Class A and a hazardous materials endorsement",
                                   "Obtain full-time employment as a certified welder at a union shop near home",
                                   "Complete the GED with a score that qualifies for community college credit")):
        goal = world.goal(jose.id, statement=statement)
        for item in ("Vocational Training", "Job Readiness")[: 1 + n % 2]:
            world.service(jose.id, goal.id, item_name=item)
    for first, last in (("Maximiliano", "Fernández-Castellanos"), ("Guadalupe", "Villaseñor de la Fuente"), ("Bartholomew", "Featherstonehaugh")):
        world.participant(first_name=first, last_name=last, preferred_name=first[:4])
    return jose


@pytest.mark.parametrize("size", [(1366, 768), (1440, 900)])
def test_nothing_scrolls_sideways_in_any_plan_tab(qtbot, window, full_plan, size):
    window.resize(*size)
    window.caseload.load()
    qtbot.waitUntil(lambda: len(window.caseload.model.rows) == 5, timeout=5000)
    for name in each_plan_tab(qtbot, window, full_plan.id):
        assert side_scrolling(window) == [], name
        assert clipped(window) == [], name
    assert window.caseload.table.view.horizontalHeader().length() <= window.caseload.table.view.viewport().width()


def test_the_caseload_shows_whole_titles_when_a_column_is_added_at_1366(qtbot, window, full_plan):
    window.resize(1366, 768)
    qtbot.wait(30)
    program = next(a for a in window.caseload.column_actions if a.text() == "Program")
    program.setChecked(True)
    qtbot.wait(30)
    view = window.caseload.table.view
    header = view.horizontalHeader()
    shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    assert len(shown) == 5
    for i in shown:  # every title whole, with room for the sort arrow
        assert header.sectionSize(i) >= view.title_width(i), view.model().headerData(i, Qt.Orientation.Horizontal)
    program.setChecked(False)
    qtbot.wait(30)
    assert header.length() <= view.viewport().width()


def test_a_table_gives_way_from_its_widest_column_and_grows_back(qtbot):
    from ui.widgets.row_table import Column, RowTableModel, table_view

    model = RowTableModel([Column("Date", lambda r: r[0], width=90), Column("Statement", lambda r: r[1], width=400),
                           Column("Status", lambda r: r[2], width=80)])
    model.set_rows([(dt.date(2026, 1, 5), "A goal statement long enough to need four hundred pixels of column", "Started")])
    view = table_view(model, "Goals")
    view.horizontalHeader().setStretchLastSection(False)
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    sizes = [header.sectionSize(i) for i in range(3)]
    assert sum(sizes) <= view.viewport().width()
    assert sizes[0] == 90 and sizes[2] == 80  # the narrow columns keep their width: the widest gave way
    assert sizes[1] < 400 and not view.horizontalScrollBar().isVisible()
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole).startswith("A goal statement")  # whole in its tooltip
    view.resize(700, 200)
    qtbot.wait(20)
    assert [header.sectionSize(i) for i in range(3)] == [90, 400, 80]  # back to its own width
    view.resize(150, 200)  # narrower than the titles: they stay whole and the table scrolls
    qtbot.wait(20)
    assert all(header.sectionSize(i) >= view.title_width(i) for i in range(3))
    assert view.horizontalScrollBar().maximum() > 0


def test_the_step_editor_does_not_scroll_sideways_at_1366(qtbot, world, full_plan):
    from app.services import plan_services
    from ui.dialogs.step_editor import StepEditorDialog

    service = plan_services.list_services(world.carla, full_plan.id)[0]
    editor = StepEditorDialog(world.carla, service.id)
    qtbot.addWidget(editor, before_close_func=lambda d: d.reject())
    editor.resize(min(editor.width(), 1366), min(editor.height(), 768 - 40))
    editor.show()
    qtbot.waitExposed(editor)
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        qtbot.wait(30)
        assert side_scrolling(editor) == [], editor.tabs.tabText(index)
        assert clipped(editor) == [], editor.tabs.tabText(index)


def test_the_overview_stacks_its_paired_boxes_when_narrow_instead_of_scrolling(qtbot, window, full_plan):
    from PySide6.QtWidgets import QScrollArea

    open_participant(qtbot, window, full_plan.id)
    qtbot.waitUntil(lambda: window.tabs is not None)
    overview = window.tabs.overview
    window.tab_widget.setCurrentWidget(overview)
    area = overview.findChild(QScrollArea)
    agreement, assessments = overview.findChild(QWidget, "agreement"), overview.findChild(QWidget, "assessments")
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: overview.paired.side_by_side is True)
    qtbot.wait(30)
    assert agreement.geometry().top() == assessments.geometry().top() and agreement.x() > assessments.x()  # side by side
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: overview.paired.side_by_side is False)
    qtbot.wait(30)
    assert agreement.geometry().top() > assessments.geometry().bottom()  # the agreement under the assessments
    assert area.horizontalScrollBar().maximum() == 0  # was ~230 px of side-scrolling with them side by side
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: overview.paired.side_by_side is True)


def test_a_window_started_at_1024_cuts_nothing_off_and_its_tab_bodies_do_not_scroll_sideways(qtbot, world, full_plan, settings):
    """Started at 1024×700 the caseload gets its narrow fitted width (300 px): the filter boxes go one under
    the other, the plan tabs' paired boxes one under the other. Tables whose titles are wider than them
    may still scroll ("usable" at 1024)."""
    from PySide6.QtWidgets import QScrollArea

    from ui.main_window import MainWindow
    from ui.session import PlanSession

    window = MainWindow(PlanSession(world.carla), settings)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.start()
    qtbot.waitUntil(lambda: len(window.caseload.model.rows) == 5, timeout=5000)
    assert window.caseload.width() == 300
    for name in each_plan_tab(qtbot, window, full_plan.id):
        assert clipped(window) == [], name
        for area in window.tab_widget.currentWidget().findChildren(QScrollArea):
            if area.isVisible() and area.widget() is not None:
                assert area.horizontalScrollBar().maximum() == 0, name
    checks = window.caseload
    assert checks.overdue.geometry().top() > checks.off_track.geometry().bottom()  # one under the other
    window.close()
