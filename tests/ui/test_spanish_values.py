"""A Spanish window shows the plan's stored values in Spanish (issue 15) — statuses, categories, terms, programs —
in its tables (sorted by the words shown) and combos, while the database keeps the canonical English value;
and counts read as whole sentences with the right plural in both languages."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.services import goals, participants
from tests.ui.conftest import open_participant
from ui import i18n as ui_i18n


@pytest.fixture
def spanish_ui(qapp):
    ui_i18n.install("es", qapp)
    yield
    ui_i18n.install("en", qapp)


def _column(table, title: str) -> list[str]:
    column = [c.title for c in table.model.columns].index(title)
    return [table.proxy.index(r, column).data() for r in range(table.proxy.rowCount())]


def test_goal_statuses_and_categories_read_spanish_and_sort_by_the_spanish_words(qtbot, spanish_ui, window, world, people):
    pid = people["jose"].id
    world.goal(pid, statement="Earn a CDL Class A license", category="Career Plan", term="Long Term", status="On Track")
    world.goal(pid, statement="Find child care", category="Support Services", term="Short Term", status="Not Started")
    open_participant(qtbot, window, pid)
    window.show_tab(window.tabs.goals)
    table = window.tabs.goals.goal_table
    by_goal = dict(zip(_column(table, "Enunciado de la meta"), zip(_column(table, "Categoría"), _column(table, "Plazo"), _column(table, "Estado"))))
    assert by_goal == {"Earn a CDL Class A license": ("Plan de carrera", "Largo plazo", "En camino"),
                       "Find child care": ("Servicios de apoyo", "Corto plazo", "Sin empezar")}
    status = [c.title for c in table.model.columns].index("Estado")
    table.view.sortByColumn(status, Qt.SortOrder.AscendingOrder)
    # English order would put "Not Started" before "On Track"; in Spanish "En camino" comes before "Sin empezar"
    assert _column(table, "Estado") == ["En camino", "Sin empezar"]
    assert window.sidebar.subtitle.text() == "IEP · Adulto · Activo"


def test_a_combo_shows_spanish_words_and_saves_the_stored_english_value(qtbot, spanish_ui, window, world, people):
    pid = people["jose"].id
    open_participant(qtbot, window, pid)
    window.plan_actions.new_goal.trigger()
    dialog = window.plan_actions.dialog
    category = dialog.form.widgets["category"]
    assert [category.itemText(i) for i in range(category.count())] == [
        "Servicios de apoyo", "Plan de carrera", "Plan de educación/capacitación", "Vida independiente"]
    qtbot.keyClicks(dialog.statement, "Terminar la preparatoria")
    category.setCurrentIndex(category.findText("Plan de educación/capacitación"))
    status = dialog.form.widgets["status"]
    status.setCurrentIndex(status.findText("En camino"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    saved = goals.list_goals(world.carla, pid)
    assert [(g.category, g.status) for g in saved] == [("Education/Training Plan", "On Track")]
    window.show_tab(window.tabs.goals)
    qtbot.waitUntil(lambda: _column(window.tabs.goals.goal_table, "Categoría") == ["Plan de educación/capacitación"])


def test_the_caseload_shows_programs_and_statuses_in_spanish(qtbot, spanish_ui, window, world, people):
    from ui import ops

    ops.apply(window.session, participants.update_participant, people["ana"].id, enrollment_status="Inactive")
    qtbot.waitUntil(lambda: sorted(_column(window.caseload.table, "Estado")) == ["Activo", "Inactivo"], timeout=5000)
    program = window.caseload.program
    assert [program.itemData(i) for i in range(program.count())] == ["", "Adult", "Dislocated Worker", "Youth"]
    assert program.itemText(1) == "Adulto"


@pytest.mark.parametrize("language, one, many", [
    ("en", ("1 participant", "1 day", "1 change to send"), ("3 of 12 participants", "15 days", "1,200 changes to send")),
    ("es", ("1 participante", "1 día", "1 cambio por enviar"), ("3 de 12 participantes", "15 días", "1,200 cambios por enviar")),
])
def test_counts_are_whole_sentences_with_the_right_plural(qtbot, qapp, language, one, many):
    from PySide6.QtCore import QCoreApplication, QLocale

    from ui.widgets.caseload import count_text
    from ui.widgets.reminders_panel import _days

    ui_i18n.install(language, qapp)
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Spanish,
                                   QLocale.Country.UnitedStates))
        widget = QWidget()
        qtbot.addWidget(widget)

        def sent(n):
            return QCoreApplication.translate("SyncStatus", "%Ln changes to send", "", n)

        assert (count_text(widget, 1, 1), _days(1), sent(1)) == one
        assert (count_text(widget, 3, 12), _days(15), sent(1200)) == many
    finally:
        ui_i18n.install("en", qapp)


def test_the_f1_guide_and_the_rubric_read_spanish(qtbot, spanish_ui):
    from ui.help import GuideDialog

    guide = GuideDialog(2)
    qtbot.addWidget(guide)
    assert guide.windowTitle() == "Guía — 2. Fijar metas"
    text = guide.text.toPlainText()
    for spanish in ("Paso 2: las metas inmediatas", "Atajos de teclado", "Esta guía", "Buscar un participante", "Editar la meta seleccionada"):
        assert spanish in text, spanish
    assert "Shortcuts" not in text and "This guide" not in text
    from app.labels import label

    assert [label(level) for level in ("Below", "Meets", "Exceeds")] == ["Por debajo", "Cumple", "Supera"]
