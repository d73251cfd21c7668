"""The caseload search at 10,000 (issue 17 item 3): no proxy calling Python once per row, a keystroke
that narrows filters only the last result, Backspace reuses a result already computed, a header
click re-sorts without a stale cached order, and the open participant stays highlighted."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import open_participant
from ui.widgets import caseload as caseload_module


def _names(panel) -> list[str]:
    model = panel.table.view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_view_shows_the_caseload_model_itself(qtbot, window):
    panel = window.caseload
    assert panel.table.view.model() is panel.model  # no QSortFilterProxyModel between them: no filterAcceptsRow per row


def test_typing_narrows_the_last_result_and_backspace_reuses_it(qtbot, window, people, monkeypatch):
    panel = window.caseload
    open_participant(qtbot, window, people["jose"].id)
    everyone = len(panel.model.all_rows)
    passes = []
    real_narrows = caseload_module._narrows
    monkeypatch.setattr(caseload_module, "_narrows", lambda before, after: passes.append(after) or real_narrows(before, after))
    qtbot.keyClicks(panel.search, "n")
    after_n = panel.model.rows
    assert len(after_n) == everyone == 2 and all("n" in r.search_key for r in after_n)  # Ana García and José Ñúñez
    qtbot.keyClicks(panel.search, "u")
    after_nu = panel.model.rows
    assert [r.id for r in after_nu] == [people["jose"].id] and "García, Ana" not in _names(panel)
    assert panel.model.results[(("nu",), panel._last_filter[1])] is after_nu
    passes.clear()
    qtbot.keyClick(panel.search, Qt.Key.Key_Backspace)
    assert panel.model.rows is after_n and passes == []  # the result of "n" again, not a new pass over everyone
    assert people["jose"].id in [r.id for r in panel.model.rows]
    assert panel.current().id == people["jose"].id  # still the open one, highlighted
    qtbot.keyClick(panel.search, Qt.Key.Key_Backspace)
    assert len(panel.model.rows) == everyone


def test_a_header_click_drops_the_results_kept_in_the_old_order(qtbot, window):
    panel = window.caseload
    qtbot.keyClicks(panel.search, "a")
    assert panel.model.results
    panel.table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert panel.model.results == {}
    descending = _names(panel)
    qtbot.keyClicks(panel.search, "n")
    qtbot.keyClick(panel.search, Qt.Key.Key_Backspace)  # "a" again: recomputed in the new order
    assert _names(panel) == descending
    assert [r.sort_name for r in panel.model.rows] == sorted((r.sort_name for r in panel.model.rows), reverse=True)
