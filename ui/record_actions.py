"""The participant record and the people who use Fieldplan (issue 12): intake (Participant ▸ New…),
the profile editor, success stories and the exit corrected from the Outcomes tab, the user's own
password and, for administrators and program managers, the users. Each a QAction with a shortcut,
opening its dialog window-modal with `open()`."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit

from ui import ops
from ui.actions import make_action, show_dialog


class RecordActions(QObject):
    def __init__(self, window, session):
        super().__init__(window)
        self.window, self.session = window, session
        self.participant_id: str | None = None
        self.dialog = None
        tr = self.tr
        self.new_participant = make_action(window, tr("&New participant…"), "Ctrl+Shift+N",
                                           tr("Intake: enter a new participant with their profile, contacts and the program's plan"),
                                           self.open_intake)
        self.edit_profile = make_action(window, tr("Edit &profile…"), "Ctrl+Shift+P",
                                        tr("Correct the profile, the enrollment status, the contacts; transfer the participant"),
                                        self.open_profile_edit)
        self.change_password = make_action(window, tr("Change my &password…"), "Ctrl+Shift+W", tr("Choose a new password for signing in"),
                                           self.open_change_password)
        self.manage_users = make_action(window, tr("&Users…"), "Ctrl+Shift+U", tr("Add users, disable them, reset passwords, set role and scope"),
                                        self.open_users)
        self.manage_users.setVisible(session.user.role in ("administrator", "program_manager"))
        self.set_participant(None)

    def set_participant(self, participant_id: str | None) -> None:
        self.participant_id = participant_id
        self.edit_profile.setEnabled(participant_id is not None)

    def connect_tabs(self, tabs) -> None:
        tabs.outcomes.edit_story_requested.connect(self.open_edit_story)
        tabs.outcomes.undo_exit_requested.connect(self.undo_exit)

    def _show(self, dialog, on_accepted=None):
        return show_dialog(self, dialog, on_accepted)

    # -- the record -------------------------------------------------------------------------------
    def open_intake(self):
        from ui.dialogs.intake import IntakeDialog

        if not self.session.is_ready:
            return None
        dialog = IntakeDialog(self.session, self.window)
        dialog.open_requested.connect(lambda pid: self.window.caseload.load(select_id=pid))
        return self._show(dialog)

    def open_profile_edit(self):
        from ui.dialogs.profile_edit import ProfileEditDialog

        if self.participant_id:
            return self._show(ProfileEditDialog(self.session, self.participant_id, self.window))
        return None

    def open_edit_story(self, story):
        from ui.dialogs.outcome_entries import SuccessStoryDialog

        return self._show(SuccessStoryDialog(self.session, self.participant_id, self.window, story=story))

    def undo_exit(self, reason: str | None = None):
        """An administrator or program manager undoes the exit with a reason (logged)."""
        from app.services import outcomes

        if not self.participant_id:
            return None
        if reason is None:
            reason, ok = QInputDialog.getText(self.window, self.tr("Undo exit"), self.tr("Why is the exit undone? (kept in the Update Log)"),
                                              QLineEdit.EchoMode.Normal, "")
            if not ok:
                return None
        return ops.apply(self.session, outcomes.undo_exit, self.participant_id, reason)

    # -- users ------------------------------------------------------------------------------------
    def open_change_password(self):
        from ui.dialogs.change_password import ChangePasswordDialog

        if self.session.is_ready:
            return self._show(ChangePasswordDialog(self.session, self.window))
        return None

    def open_users(self):
        from ui.dialogs.users_admin import UsersDialog

        if self.session.is_ready:
            return self._show(UsersDialog(self.session, self.window))
        return None
