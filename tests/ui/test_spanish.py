"""Fieldplan in Spanish (issue 15): the window's language, and the participant's own language for what they
read — the customer copy and signing mode — whatever the caseworker's is. Real widgets, pytest-qt."""
from __future__ import annotations

import io

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from pypdf import PdfReader

from app import i18n
from app.reports.plan_pdf import plan_pdf
from db.models import Participant
from tests.helpers import counts
from ui import i18n as ui_i18n
from ui.session import PlanSession


@pytest.fixture
def spanish_ui(qapp):
    ui_i18n.install("es", qapp)
    yield
    ui_i18n.install("en", qapp)


def test_a_validation_error_is_shown_in_spanish_next_to_its_field(qtbot, world, spanish_ui):
    from ui.dialogs.intake import IntakeDialog

    dialog = IntakeDialog(PlanSession(world.carla))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Participante nuevo — admisión"
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert save.text() == "Guardar participante" and cancel.text() == "Cancelar"  # qtbase's standard button
    w = dialog.fields.widgets
    for field, text in {"first_name": "Ana", "last_name": "Ruiz", "birth_date": "04/12/1990", "ssn_last4": "12",
                        "state": "il", "zip": "6160"}.items():
        w[field].setText(text)
    dialog.contact_edits[0]["name"].setText("Rosa Ruiz")
    dialog.contact_edits[0]["phone"].setText("217-555-0100")
    before = counts(world.admin.workspace, Participant)
    save.click()
    assert dialog.fields.error_text("zip") == "El código postal debe tener 5 dígitos (o ZIP+4), escritos con 0-9."
    assert dialog.fields.error_text("ssn_last4") == "Los últimos 4 del SSN deben ser exactamente 4 dígitos, escritos con 0-9."
    left = dialog.fields.left
    assert left.labels["zip"] == "Código postal"  # the field's own label, in Spanish too
    error = left.errors["zip"]
    assert error.isVisible() and error.parentWidget() is w["zip"].parentWidget()  # beside the field, in its holder
    assert counts(world.admin.workspace, Participant) == before


def test_a_spanish_participants_customer_copy_is_spanish_while_the_window_is_english(world):
    assert i18n.current_language() == "en"
    rosa = world.participant(first_name="Rosa", last_name="Peña", language="es", wage_goal=18.5)
    goal = world.goal(rosa.id)
    world.service(rosa.id, goal.id)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(plan_pdf(world.carla, rosa.id))).pages)
    for spanish in ("Plan de carrera", "Copia del cliente", "Metas y pasos (1 meta)", "Meta 1. Earn a CDL Class A license",
                    "Acuerdo del cliente sobre metas y plan", "Participé en la redacción de este plan", "Firma del participante",
                    "Su planificador de carrera", "Paso/servicio", "por hora", "Página 1 de"):
        assert spanish in text, spanish
    for english in ("Customer copy", "Goals and steps", "Your career planner", "I took part", "Page 1 of"):
        assert english not in text, english
    jose = world.participant()  # English, the default
    english_text = PdfReader(io.BytesIO(plan_pdf(world.carla, jose.id))).pages[0].extract_text()
    assert "Customer copy" in english_text and "Copia del cliente" not in english_text


def test_the_participants_language_is_a_profile_field_checked_by_the_service(world):
    from app.errors import ValidationError
    from app.services import participants

    rosa = world.participant(language="es")
    assert participants.get_participant(world.carla, rosa.id).language == "es"
    with pytest.raises(ValidationError) as refused:
        participants.update_participant(world.carla, rosa.id, language="klingon")
    assert refused.value.for_field("language") == ["Preferred language must be one of: English, Español."]


def test_signing_mode_is_spanish_for_a_spanish_participant_and_gives_the_english_window_back(qtbot, world):
    from ui.signing import SigningWindow

    rosa = world.participant(first_name="Rosa", language="es")
    goal = world.goal(rosa.id)
    world.service(rosa.id, goal.id, weekly_hours=6)
    window = SigningWindow(PlanSession(world.carla), rosa.id)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Firme su plan"
    assert window.sign_button.text() == "Estoy de acuerdo — firmar"
    summary = window.summary.text()
    assert "su plan de carrera" in summary and "Meta 1: Earn a CDL Class A license" in summary and "horas por semana" in summary
    assert "Participé en la redacción de este plan" in " ".join(label.text() for label in window.findChildren(QLabel))
    window.close()  # refused without the password: the participant still reads Spanish
    assert window.unlock_title.text() == "¡Gracias! Devuelva la pantalla a su planificador de carrera." or \
        window.unlock_title.text().startswith("Planificador de carrera")
    window._unlocked = True
    window.close()
    assert i18n.current_language() == "en"
    assert QMessageBox().tr("Cancel") == "Cancel"


def test_the_ui_language_is_a_typed_preference_following_the_system_by_default(qtbot, tmp_path, world):
    from ui.dialogs.preferences import PreferencesDialog
    from ui.settings import UI_LANGUAGE, Settings

    settings = Settings.in_file(tmp_path / "settings.ini", world.admin.workspace.data_dir)
    assert settings.get(UI_LANGUAGE) == "" and ui_i18n.resolve("") == ui_i18n.system_language()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.buttons_save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    dialog.buttons_save.click()
    assert settings.stored(UI_LANGUAGE) == "es" and settings.get(UI_LANGUAGE) == "es" and ui_i18n.resolve("es") == "es"
