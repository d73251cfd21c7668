"""Starting Fieldplan: the first-run dialog creates the profile (and a demo caseload off the GUI
thread); later runs unlock and sign in through dialogs that retry on a wrong answer."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.profile import open_profile, profile_exists
from app.services import participants
from tests.conftest import PASSWORD


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_sign_in_through_the_dialog(qtbot, workspace):
    from app.startup import QuickProfile
    from ui.dialogs.sign_in import SignInDialog

    quick = QuickProfile(workspace.data_dir)
    dialog = SignInDialog(quick)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "wrong-password")
    _ok(dialog)
    assert dialog.message.text() == "Wrong user name or password."
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.user is None
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, PASSWORD)
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user.username == "admin" and dialog.user.role == "administrator"
    quick.close()


def test_unlock_with_a_wrong_passphrase_says_so_and_retries(qtbot, tmp_path, no_keyring):
    from app.profile import create_profile
    from ui.dialogs.sign_in import UnlockDialog

    folder = tmp_path / "locked"
    create_profile(folder, "admin", PASSWORD, passphrase="a-long-passphrase").close()
    dialog = UnlockDialog(folder)
    qtbot.addWidget(dialog)
    _ok(dialog)
    assert dialog.message.text() == "Type the passphrase that protects this profile."
    assert dialog.quick is None
    qtbot.keyClicks(dialog.passphrase, "not-the-passphrase")
    _ok(dialog)
    assert dialog.message.text() == "Cannot unlock the profile: the passphrase is wrong."
    assert dialog.quick is None
    dialog.passphrase.setText("a-long-passphrase")
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.quick.sign_in("admin", PASSWORD).username == "admin"
    dialog.quick.close()


def _fill(dialog, **values) -> None:
    for field, value in values.items():
        dialog.form.widgets[field].setText(value)


def test_the_first_run_dialog_creates_a_profile_with_a_demo_caseload(qtbot, tmp_path):
    from ui.dialogs.first_run import FirstRunDialog

    folder = tmp_path / "new-profile"
    dialog = FirstRunDialog(folder)
    qtbot.addWidget(dialog)
    assert "passphrase" not in dialog.form.widgets  # a keyring works here (the in-memory one)
    _fill(dialog, username="ada", full_name="Ada Admin", password=PASSWORD, password2=PASSWORD)
    dialog.demo.setChecked(True)
    dialog.demo_count.setValue(3)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.create_button.click()
    assert dialog.progress.value() == 3
    assert profile_exists(folder)
    assert dialog.ctx.user.username == "ada" and dialog.ctx.user.full_name == "Ada Admin"
    assert len(participants.list_caseload(dialog.ctx)) == 3
    dialog.ctx.workspace.close()


def test_first_run_refuses_mismatched_passphrases_beside_the_field(qtbot, tmp_path, no_keyring):
    from ui.dialogs.first_run import FirstRunDialog

    folder = tmp_path / "new-profile"
    dialog = FirstRunDialog(folder)
    qtbot.addWidget(dialog)
    _fill(dialog, username="admin", password=PASSWORD, password2=PASSWORD + "x", passphrase="one-passphrase", passphrase2="another-one")
    dialog.create_button.click()
    assert dialog.form.error_text("password2") == "The two passwords are different."
    assert dialog.form.error_text("passphrase2") == "The two passphrases are different."
    assert not folder.exists()
    dialog.form.widgets["password2"].setText(PASSWORD)
    dialog.form.widgets["passphrase2"].setText("one-passphrase")
    dialog.create_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.ctx.workspace.close()
    assert open_profile(folder, "one-passphrase").sign_in("admin", PASSWORD).user.username == "admin"


def test_cancel_stops_the_demo_after_a_whole_batch(qtbot, tmp_path, real_database_worker):  # Cancel needs a real worker
    from ui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(tmp_path / "demo")
    qtbot.addWidget(dialog)
    _fill(dialog, username="admin", password=PASSWORD, password2=PASSWORD)
    dialog.demo.setChecked(True)
    dialog.demo_count.setValue(500)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 25, timeout=60_000)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    count = len(participants.list_caseload(dialog.ctx))
    assert 25 <= count < 500 and count % 25 == 0
    dialog.ctx.workspace.close()


def _run_app(qtbot, tmp_path, monkeypatch):
    """ui.app.run with QApplication.exec replaced: returns the windows that were showing."""
    import sys

    from PySide6.QtWidgets import QApplication

    from ui import app as ui_app
    from ui.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    from ui.settings import use_files_in

    use_files_in(tmp_path / "settings")
    monkeypatch.setenv("FIELDPLAN_DATA_DIR", str(tmp_path / "profile"))
    shown = []

    def fake_exec(self):
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        shown.extend(windows)
        for window in windows:
            qtbot.waitUntil(lambda: window.session.is_ready and window.tabs is not None, timeout=10000)
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert ui_app.run([]) == 0
    return shown


def test_run_creates_the_profile_on_first_run_then_signs_in_on_the_next(qtbot, tmp_path, monkeypatch):
    from ui.dialogs.first_run import FirstRunDialog
    from ui.dialogs.sign_in import SignInDialog

    def first_run(dialog):
        _fill(dialog, username="ada", password=PASSWORD, password2=PASSWORD)
        dialog.create()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", first_run)
    windows = _run_app(qtbot, tmp_path, monkeypatch)
    assert len(windows) == 1 and windows[0].session.user.username == "ada"
    assert profile_exists(tmp_path / "profile")

    attempts = []

    def sign_in(dialog):
        for password in ("wrong-password", PASSWORD):
            dialog.username.setText("ada")
            dialog.password.setText(password)
            _ok(dialog)
            attempts.append(dialog.message.text())
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", sign_in)
    windows = _run_app(qtbot, tmp_path, monkeypatch)
    assert attempts[0] == "Wrong user name or password."
    assert len(windows) == 1 and windows[0].session.user.username == "ada"
    assert windows[0].user_label.text() == "ada · Administrator"


def test_enter_in_the_first_run_dialog_creates_the_profile(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from ui.dialogs.first_run import FirstRunDialog

    folder = tmp_path / "enter-profile"
    dialog = FirstRunDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _fill(dialog, password=PASSWORD, password2=PASSWORD)
    dialog.form.widgets["password2"].setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.keyClick(dialog.form.widgets["password2"], Qt.Key.Key_Return)
    assert dialog.create_button.isDefault()
    assert profile_exists(folder) and dialog.ctx.user.username == "admin"
    dialog.ctx.workspace.close()
