"""Never the wrong participant (issue 12 item 1): the highlighted caseload row is the open plan, or no row.

José Ñúñez is open; a search for "garcia" hides him. Before the fix the list quietly highlighted Ana
while José's plan stayed open, clicking Ana opened nothing, and a case note typed next went to José.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services import records
from tests.ui.conftest import open_participant


def _highlighted(window) -> list[str]:
    view = window.caseload.table.view
    return [index.data(Qt.ItemDataRole.UserRole + 1).id for index in view.selectionModel().selectedRows()]


def _hide_jose(qtbot, window, people):
    open_participant(qtbot, window, people["jose"].id)
    qtbot.keyClicks(window.caseload.search, "garcia")
    assert window.caseload.table.proxy.rowCount() == 1


def _open_is(window, participant_id: str, name: str) -> None:
    assert window.participant_row.id == participant_id
    assert window.sidebar.title.text() == name  # the plan's header names who is open
    assert _highlighted(window) == [participant_id]


def _note_lands_on(qtbot, window, world, people, who: str) -> None:
    window.plan_actions.new_case_note.trigger()
    dialog = window.plan_actions.dialog
    dialog.form.widgets["subject"].setText("Phone call about the CDL course")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    other = "jose" if who == "ana" else "ana"
    assert [n.subject for n in records.list_case_notes(world.carla, people[who].id)] == ["Phone call about the CDL course"]
    assert records.list_case_notes(world.carla, people[other].id) == []


def test_a_search_that_hides_the_open_participant_highlights_nobody_else(qtbot, window, people):
    _hide_jose(qtbot, window, people)
    assert _highlighted(window) == [] and window.caseload.current() is None
    assert window.participant_row.id == people["jose"].id and window.sidebar.title.text() == "José Ñúñez"
    window.caseload.search.clear()  # listed again: highlighted again
    _open_is(window, people["jose"].id, "José Ñúñez")


def test_clicking_the_only_match_opens_it_and_the_next_note_goes_to_them(qtbot, window, world, people):
    _hide_jose(qtbot, window, people)
    view = window.caseload.table.view
    rect = view.visualRect(window.caseload.table.proxy.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _open_is(window, people["ana"].id, "Ana García")
    _note_lands_on(qtbot, window, world, people, "ana")


def test_enter_in_the_search_box_opens_the_first_match(qtbot, window, world, people):
    _hide_jose(qtbot, window, people)
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)
    _open_is(window, people["ana"].id, "Ana García")
    _note_lands_on(qtbot, window, world, people, "ana")


def test_down_moves_into_the_list_and_opens_the_row_it_highlights(qtbot, window, world, people):
    _hide_jose(qtbot, window, people)
    window.activateWindow()
    window.caseload.search.setFocus()
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Down)
    view = window.caseload.table.view
    assert view.hasFocus() or window.focusWidget() is view
    _open_is(window, people["ana"].id, "Ana García")
    _note_lands_on(qtbot, window, world, people, "ana")


def test_down_keeps_the_open_participant_when_still_listed(qtbot, window, people):
    open_participant(qtbot, window, people["jose"].id)
    qtbot.keyClicks(window.caseload.search, "n")  # Ñúñez and García both hold an n
    assert window.caseload.table.proxy.rowCount() == 2
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Down)
    _open_is(window, people["jose"].id, "José Ñúñez")


def test_typing_on_narrows_the_last_result_and_backspace_widens_it(qtbot, window, people):
    search = window.caseload.search
    qtbot.keyClicks(search, "gar")
    assert [r.id for r in window.caseload.model.rows] == [people["ana"].id]
    qtbot.keyClicks(search, "z")  # "garz": narrows to nobody
    assert window.caseload.model.rows == [] and window.caseload.count.text() == "0 of 2 participants"
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.keyClick(search, Qt.Key.Key_Backspace)  # "g": José does not match, Ana does
    assert [r.id for r in window.caseload.model.rows] == [people["ana"].id]
    search.clear()
    assert len(window.caseload.model.rows) == 2 and window.caseload.count.text() == "2 participants"
