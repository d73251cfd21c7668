"""Issue 16 §4: colour is never the only signal. A goal off track is red AND says so — "⚠" before the
name in the caseload (with the filter box that explains the sign and the cell's tooltip in words), the
words "Off Track" in the plan's goal tables; an overdue reminder says how many days; the rubric chart
writes each level's name or count in its segment and hatches Below and Exceeds, in the legend too."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.ui.conftest import open_participant
from ui.widgets.caseload import OFF_TRACK_COLOR, OFF_TRACK_SIGN


def test_a_participant_with_a_goal_off_track_is_marked_in_words_not_only_red(qtbot, window, world, people):
    jose, ana = people["jose"], people["ana"]
    world.goal(jose.id, status="Off Track")
    window.caseload.load()
    qtbot.waitUntil(lambda: any(r.goal_off_track for r in window.caseload.model.rows), timeout=5000)
    model = window.caseload.model
    cells = {model.rows[r].id: model.index(r, 0) for r in range(model.rowCount())}
    marked, plain = cells[jose.id], cells[ana.id]
    assert marked.data() == f"{OFF_TRACK_SIGN} Ñúñez, José"
    assert marked.data(Qt.ItemDataRole.ForegroundRole) == QColor(OFF_TRACK_COLOR)
    assert marked.data(Qt.ItemDataRole.ToolTipRole) == "Ñúñez, José — A goal is off track"
    assert plain.data() == "García, Ana" and plain.data(Qt.ItemDataRole.ForegroundRole) is None
    assert window.caseload.off_track.text() == f"{OFF_TRACK_SIGN} Goal off track"  # what the sign means, in sight
    assert model.texts(model.rows.index(model.by_id[jose.id]))[0] == "Ñúñez, José"  # the value itself has no sign
    open_participant(qtbot, window, jose.id)
    qtbot.waitUntil(lambda: window.tabs is not None and window.tabs.overview.plan_model.rowCount() == 1, timeout=5000)
    goals = window.tabs.overview.plan_model
    status = next(c for c in range(goals.columnCount()) if goals.headerData(c, Qt.Orientation.Horizontal) == "Status")
    assert goals.index(0, status).data() == "Off Track"  # the word, beside its colour


def test_the_rubric_chart_tells_levels_apart_without_colour(qtbot):
    from ui.widgets.rubric_chart import RubricChart

    chart = RubricChart()
    qtbot.addWidget(chart)
    chart.set_counts({"Attendance": {"Below": 3, "Meets": 5, "Exceeds": 2}, "Planning": {"Below": 1, "Meets": 1, "Exceeds": 8}})
    chart.resize(600, 120)
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage()
    label = max(chart.fontMetrics().horizontalAdvance(c) for c in chart.counts) + 12
    bar = chart.width() - label - 12

    def colours(x0, x1, y):  # rows y..y+3 of a segment
        return {image.pixelColor(x, y + dy).name() for x in range(int(x0), int(x1)) for dy in range(4)}

    below, meets, exceeds = (label + 4, label + bar * 0.3 - 4), (label + bar * 0.3 + 4, label + bar * 0.8 - 4), (label + bar * 0.8 + 4, label + bar - 4)
    y = 8 + 1  # above the text, inside the first bar
    assert len(colours(*below, y)) > 1 and len(colours(*exceeds, y)) > 1  # hatched
    assert colours(*meets, y) == {"#f1c40f"}  # plain
    texts = {(level, text) for _rect, level, text in chart.segments(chart.fontMetrics())}
    assert texts == {("Below", "Below 3"), ("Meets", "Meets 5"), ("Exceeds", "Exceeds 2"), ("Below", "1"), ("Meets", "1"), ("Exceeds", "Exceeds 8")}
