"""Issue 16 §2: every message readable — error lines grow to their text, no bare "is required.", the
sync sign-in prompt says what it asks for, words as the seeds have them."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app import domain
from app.errors import FieldError, Problems, ValidationError
from ui.dialogs.form_dialog import FormDialog

CAP = ("Subsidized dates: only 20 subsidized days are left in 2026 (at most 183 days, 6 months, per calendar year; other "
       "placements use 163), and this placement would use 40. Set a subsidized end date within the limit.")


def _one_line(label) -> int:
    return label.fontMetrics().lineSpacing()


def test_a_long_error_line_grows_to_its_text(qtbot):
    dialog = FormDialog(None, "Worksite placement")
    qtbot.addWidget(dialog)
    dialog.form.add("subsidized_end", "Subsidized end date", QLineEdit())
    dialog.form.add("end_date", "End date", QLineEdit())
    dialog.finish_layout()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.form.show_errors(ValidationError([FieldError("subsidized_end", CAP), FieldError("elsewhere", CAP)]))
    for label in (dialog.form.errors["subsidized_end"], dialog.form.banner):
        qtbot.waitUntil(lambda label=label: label.height() >= label.heightForWidth(label.width()))
        assert label.text() == CAP
        assert label.height() >= 2 * _one_line(label)  # the whole message, not its first line
    dialog.form.clear_errors()
    assert dialog.form.error_text("subsidized_end") == ""


def test_a_missing_value_is_named():
    problems = Problems()
    problems.require("  ", "module", "Training module")
    assert [p.message for p in problems.items] == ["Training module is required."]


def test_the_assessment_services_name_the_empty_field(world):
    from app.services import assessments

    jose = world.participant()
    try:
        assessments.add_post_score(world.carla, jose.id, "", 50)
        raise AssertionError("expected a ValidationError")
    except ValidationError as error:
        assert error.for_field("module") == ["Training module is required."]


def test_the_sync_sign_in_prompt_shows_what_it_asks_for(qtbot):
    from ui.sync_status import SyncSignInDialog

    dialog = SyncSignInDialog("https://sync.example.org", "", "Sign in to the sync server once with your user name and password.")
    qtbot.addWidget(dialog)
    assert dialog.server.text() == "https://sync.example.org"
    dialog._accept()
    assert dialog.error.text() == "User name on the server is required. Password on the server is required."
    assert dialog.result() == 0
    dialog.user.setText(" carla ")
    dialog.secret.setText("secret")
    dialog._accept()
    assert dialog.result() == 1 and dialog.username() == "carla" and dialog.password() == "secret"


def test_credential_sources_as_the_seed_names_them(world):
    from app.services import records

    assert "Copy of Diploma" in domain.CREDENTIAL_SOURCES and "Diploma" not in domain.CREDENTIAL_SOURCES
    jose = world.participant()
    made = records.add_credential(world.carla, jose.id, name="OSHA-10", source="Certificate", attained_on="03/02/2026",
                                  kind=domain.CREDENTIAL_TYPES[0], institution="OSHA", description="Safety")
    assert made.source == "Copy of Certificate"  # an older laptop's short name is read as the seed's


def test_counts_say_one_thing_or_many():
    from app.sync.cli import _count

    assert (_count(1, "new conflict"), _count(0, "file"), _count(2, "file")) == ("1 new conflict", "0 files", "2 files")


def test_the_sign_in_prompt_offers_this_laptops_user_name(qtbot, window, monkeypatch):
    """An empty "server user name" setting means the same name as here: the prompt shows it filled in."""
    shown = []
    monkeypatch.setattr("ui.sync_status.SyncSignInDialog.exec", lambda dialog: shown.append((dialog.user.text(), dialog.server.text())) or 0)
    qtbot.waitUntil(lambda: window.sync is not None)
    window.sync._ask_password("Sign in to the sync server once with your user name and password.")
    assert shown == [(window.session.user.username, window.sync.controller.server_url)]
