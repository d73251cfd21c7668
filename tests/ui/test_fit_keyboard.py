"""Issue 16 §3: the keyboard path — Tab leaves a multi-line field (Ctrl+Tab types a tab), Escape asks
before throwing typing away, F1 opens the guide to the tab in front, About sits in the Help menu."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from tests.ui.conftest import open_participant
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.services_report_models import matrix_cell


def _dialog(qtbot) -> FormDialog:
    dialog = FormDialog(None, "Case note")
    qtbot.addWidget(dialog, before_close_func=lambda d: d.reject())
    dialog.form.add("subject", "Subject*", QLineEdit())
    dialog.form.add("text", "Note*", QPlainTextEdit())
    dialog.form.add("contact", "Contact", QLineEdit())
    dialog.finish_layout()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def test_tab_leaves_a_multi_line_field_and_ctrl_tab_types_a_tab(qtbot):
    dialog = _dialog(qtbot)
    note, contact = dialog.form.widgets["text"], dialog.form.widgets["contact"]
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    qtbot.keyClicks(note, "Called")
    qtbot.keyClick(note, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(note, "back")
    assert note.toPlainText() == "Called\tback"
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    assert contact.hasFocus()
    assert note.toPlainText() == "Called\tback"  # Tab moved on, it typed nothing


def test_escape_closes_an_untouched_form_at_once(qtbot):
    dialog = _dialog(qtbot)
    qtbot.keyClick(dialog.form.widgets["subject"], Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == 0


def test_escape_over_typing_asks_first(qtbot, monkeypatch):
    dialog = _dialog(qtbot)
    asked = []
    monkeypatch.setattr("ui.dialogs.form_dialog.ask_to_discard", lambda parent: asked.append(parent) or False)
    qtbot.keyClicks(dialog.form.widgets["subject"], "Phone call")
    qtbot.keyClick(dialog.form.widgets["subject"], Qt.Key.Key_Escape)
    assert asked == [dialog] and dialog.isVisible()  # "Cancel": the typing stays
    assert dialog.form.widgets["subject"].text() == "Phone call"
    monkeypatch.setattr("ui.dialogs.form_dialog.ask_to_discard", lambda parent: True)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert not dialog.isVisible()


def test_f1_opens_the_guide_to_the_tab_in_front(qtbot, window, people):
    open_participant(qtbot, window, people["jose"].id)
    assert QKeySequence("F1") in window.help_action.shortcuts()
    window.tab_widget.setCurrentIndex(2)
    guide = window.open_guide()
    text = guide.text.toPlainText()
    assert "2. Set Goals" in text and "Off Track" in text and "Ctrl+G" in text
    guide.reject()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert [a.text() for a in help_menu.actions() if not a.isSeparator()][:2] == ["&Guide to this tab", "&About Fieldplan"]
    assert window.about_action.shortcut().toString() == "Ctrl+F1"  # F1 is the guide's now


def test_standard_commands_use_the_platforms_keys(window):
    assert window.find_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Find)
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_the_services_report_drills_in_with_one_click_or_enter(qtbot, world):
    from tests.app.test_bulk import _cohort
    from ui.dialogs.customer_services_report import CustomerServicesReport

    _cohort(world)
    dialog = CustomerServicesReport(world.carla)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = next(r for r in range(dialog.matrix.rowCount()) if dialog.matrix.rows[r].name == "Job Readiness")
    view, proxy = dialog.matrix_view, dialog.matrix_view.model()
    not_started = proxy.mapFromSource(dialog.matrix.index(row, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(not_started).center())
    assert dialog.drill.rowCount() == 3 and dialog.drill_title.text().endswith(": 3 participants")
    every = proxy.mapFromSource(dialog.matrix.index(row, 1))
    view.setCurrentIndex(every)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert dialog.current_cell == matrix_cell(dialog.matrix.rows[row], 1)
