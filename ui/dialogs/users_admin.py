"""File ▸ Users… (issue 12): an administrator (or a program manager, for the career planners of the
region) adds users, disables and enables them, resets a forgotten password and sets role and scope.

The list is a table over `users.list_users`; each action is one service call through ui.ops, and
the list reloads after it. A refusal shows beside its field in the user form.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QVBoxLayout

from app.labels import role_label
from app.services import users
from ui import ops
from ui.dialogs.change_password import password_field
from ui.dialogs.form_dialog import FormDialog
from ui.forms import combo
from ui.widgets.row_table import Column, RowTable, RowTableModel

STAFF_ROLES = ("caseworker", "program_manager", "administrator")


class UserDialog(FormDialog):
    """A new user (with a first password), or one already there (name, contact, role and scope)."""

    def __init__(self, session, user=None, parent=None):
        super().__init__(session, self.tr("Edit user") if user else self.tr("Add user"), parent)
        self.user = user
        ctx, tr = session.ctx, self.tr
        username = self.form.add("username", tr("User name*"), QLineEdit())
        username.setEnabled(user is None)
        self.form.add("full_name", tr("Full name*"), QLineEdit())
        self.form.add("email", tr("Email"), QLineEdit())
        self.form.add("phone", tr("Phone"), QLineEdit())
        roles = STAFF_ROLES if session.user.role == "administrator" else ("caseworker",)
        self.role = self.form.add("role", tr("Role*"), combo([(role_label(r), r) for r in roles]))
        self.organization = self.form.add("organization_id", tr("Organization"), combo([(tr("— none —"), "")] + [
            (o.name, o.id) for o in users.list_organizations(ctx)]))
        self.region = self.form.add("region_id", tr("Region"), combo([(tr("— none —"), "")] + [(r.name, r.id) for r in users.list_regions(ctx)]))
        if user is None:
            self.form.add("password", tr("First password*"), password_field())
        else:
            self.form.set_values({f: getattr(user, f) for f in ("username", "full_name", "email", "phone", "role", "organization_id", "region_id")})
        self.role.currentIndexChanged.connect(self._show_scope)
        self._show_scope()
        self.finish_layout()

    def _show_scope(self, *_) -> None:
        """A career planner works for an organization, a program manager for a region, an administrator everywhere."""
        role = self.role.currentData()
        self.form.layout_.setRowVisible(self.organization.parentWidget(), role == "caseworker")
        self.form.layout_.setRowVisible(self.region.parentWidget(), role == "program_manager")

    def save(self, values: dict):
        role = values["role"]
        scope = {"organization_id": values["organization_id"] or None if role == "caseworker" else None,
                 "region_id": values["region_id"] or None if role == "program_manager" else None}
        common = dict(on_invalid=self.form.show_errors)
        if self.user is None:
            return ops.apply(self.session, users.create_user, values["username"], values["password"], role, full_name=values["full_name"],
                             email=values["email"], phone=values["phone"], **scope, **common)
        return ops.apply(self.session, users.update_user, self.user.id, full_name=values["full_name"], email=values["email"],
                         phone=values["phone"], role=role, **scope, **common)


class ResetPasswordDialog(FormDialog):
    def __init__(self, session, user, parent=None):
        super().__init__(session, self.tr("Reset password of {name}").format(name=user.full_name), parent, ok_text=self.tr("Reset password"))
        self.user = user
        self.form.add("password", self.tr("New password*"), password_field())
        self.finish_layout()

    def save(self, values: dict):
        return ops.apply(self.session, users.reset_password, self.user.id, values["password"], on_invalid=self.form.show_errors)


class UsersDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.dialog = None
        tr = self.tr
        self.setWindowTitle(tr("Users"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        self.orgs = {o.id: o.name for o in users.list_organizations(session.ctx)}
        self.regions = {r.id: r.name for r in users.list_regions(session.ctx)}
        self.model = RowTableModel([
            Column(tr("Name"), lambda u: u.full_name, stretch=True), Column(tr("User name"), lambda u: u.username, width=120),
            Column(tr("Role"), lambda u: role_label(u.role), width=130),
            Column(tr("Works for"), lambda u: self.orgs.get(u.organization_id or "") or self.regions.get(u.region_id or "") or tr("Everywhere"),
                   width=200),
            Column(tr("Sign-in"), lambda u: tr("Enabled") if u.active else tr("Disabled"), width=90,
                   color=lambda u: None if u.active else "#b3261e")], self)
        self.table = RowTable(self.model, empty=tr("No users."), name=tr("Users"))
        self.table.view.activated_row.connect(self.edit_user)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button, self.edit_button = QPushButton(tr("Add user…")), QPushButton(tr("Edit…"))
        self.toggle_button, self.reset_button = QPushButton(tr("Disable")), QPushButton(tr("Reset password…"))
        self.add_button.clicked.connect(lambda: self.edit_user(None))
        self.edit_button.clicked.connect(lambda: self._with_user(self.edit_user))
        self.toggle_button.clicked.connect(lambda: self._with_user(self.toggle_active))
        self.reset_button.clicked.connect(lambda: self._with_user(self.reset_password))
        for button in (self.add_button, self.edit_button, self.toggle_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.view.selectionModel().currentChanged.connect(self._current_changed)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(users.list_users(self.session.ctx))
        self._current_changed()

    def _current_changed(self, *_) -> None:
        user = self.table.view.current_row()
        self.toggle_button.setText(self.tr("Enable") if user is not None and not user.active else self.tr("Disable"))
        for button in (self.edit_button, self.toggle_button, self.reset_button):
            button.setEnabled(user is not None)

    def _with_user(self, action) -> None:
        user = self.table.view.current_row()
        if user is not None:
            action(user)

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.reload)
        dialog.open()

    def edit_user(self, user) -> None:
        self._open(UserDialog(self.session, user, self))

    def reset_password(self, user) -> None:
        self._open(ResetPasswordDialog(self.session, user, self))

    def toggle_active(self, user) -> None:
        if user.active:
            answer = QMessageBox.question(self, self.tr("Disable user"),
                                          self.tr("Disable {name}? They can no longer sign in; their records stay.").format(name=user.full_name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        ops.apply(self.session, users.set_user_active, user.id, not user.active, on_result=lambda _: self.reload())


