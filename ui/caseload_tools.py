"""Caseload-wide tools beside the plan: the Reminders dock with its badge, and the Caseload menu
(compliance, Customer Services Report, caseload workbook, employers and jobs).

A reminder opens the place to act: the participant, the right tab, and the dialog that clears it.
"""
from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QSystemTrayIcon

from ui.actions import make_action


def reminders_dock(window) -> QDockWidget:
    """The Reminders dock, along the bottom (the plan keeps its width, a reminder reads on one line).
    The window makes it at once, saying "Loading reminders…", so nothing moves when the panel arrives."""
    dock = QDockWidget(QCoreApplication.translate("CaseloadTools", "Reminders"), window)
    dock.setObjectName("remindersDock")
    loading = QLabel(QCoreApplication.translate("CaseloadTools", "Loading reminders…"))
    loading.setContentsMargins(12, 8, 12, 8)
    loading.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    dock.setWidget(loading)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.resizeDocks([dock], [210], Qt.Orientation.Vertical)
    action = dock.toggleViewAction()
    action.setText(QCoreApplication.translate("CaseloadTools", "&Reminders"))
    action.setShortcut(QKeySequence("F9"))
    action.setStatusTip(QCoreApplication.translate("CaseloadTools", "Show or hide follow-ups, contacts and reviews that are due"))
    return dock


class CaseloadTools(QObject):
    def __init__(self, window, session, dock: QDockWidget | None = None):
        from ui.widgets.reminders_panel import RemindersPanel

        super().__init__(window)
        self.window, self.session = window, session
        self.dialog = None
        self.announced_today = False
        self.panel = RemindersPanel(session.ctx)
        self.dock = dock or reminders_dock(window)
        placeholder = self.dock.widget()
        self.dock.setWidget(self.panel)
        if placeholder is not None:
            placeholder.deleteLater()
        self.badge = QLabel()
        self.badge.setAccessibleName(self.tr("Reminders due"))
        self.badge.setContentsMargins(8, 0, 8, 0)
        window.statusBar().addPermanentWidget(self.badge)
        self.panel.count_changed.connect(self.show_count)
        self.panel.open_requested.connect(self.open_place)
        session.data_changed.connect(self._data_changed)
        self.panel.refresh()  # computed off the GUI thread

        tr = self.tr
        self.reminders_action = self.dock.toggleViewAction()
        self.compliance_action = self._action(tr("&Compliance…"), "Ctrl+Shift+K", tr("Counts per timeliness rule, overdue lists and the ISTEP rubric"), self.open_compliance)
        self.report_action = self._action(tr("Customer &Services Report…"), "Ctrl+Shift+B", tr("Step/service × status counts and bulk updates"), self.open_services_report)
        self.export_action = self._action(tr("&Export caseload summary…"), "Ctrl+Shift+X", tr("The supervisor's Excel caseload workbook"), self.open_export)
        self.employers_action = self._action(tr("Employers and &jobs…"), "Ctrl+Shift+J", tr("Employers, worksites and jobs for placements"), self.open_employers)
        self.actions = [self.reminders_action, None, self.compliance_action, self.report_action, self.export_action, None, self.employers_action]

    def _action(self, text, shortcut, tip, slot):
        return make_action(self.window, text, shortcut, tip, slot)

    def fill_menu(self, menu) -> None:
        for act in self.actions:
            menu.addSeparator() if act is None else menu.addAction(act)

    def _data_changed(self, kinds, _participant_ids) -> None:
        if kinds:
            self.panel.refresh()

    def show_count(self, count: int) -> None:
        """The badge: overdue + due today. At the first count of the day, a summary (and a tray note)."""
        self.badge.setText(self.tr("⚑ %Ln due", "", count) if count else self.tr("No reminders due"))
        title = self.tr("Reminders ({count})").format(count=count) if count else self.tr("Reminders")
        self.dock.setWindowTitle(title)
        self.reminders_action.setText(title)
        if not self.announced_today:
            self.announced_today = True
            message = self.tr("%Ln reminders due today or overdue — F9 shows them.", "", count) if count else self.tr("Nothing due today.")
            self.window.statusBar().showMessage(message, 8000)
            if count and QSystemTrayIcon.isSystemTrayAvailable():
                self.tray = QSystemTrayIcon(self.window.windowIcon(), self.window)
                self.tray.show()
                self.tray.showMessage(self.tr("Fieldplan"), message)

    # -- acting on a reminder -----------------------------------------------------------------------
    def open_place(self, participant_id: str, place) -> None:
        window, actions = self.window, self.window.plan_actions
        if not window.caseload.select(participant_id):
            window.caseload.search.clear()
            window.caseload.select(participant_id)
        if window.participant_row is None or window.participant_row.id != participant_id:
            return
        kind, ref = place if place else ("overview", None)
        tabs = window.tabs
        if kind == "overview" and ref == "case_notes":
            window.show_tab(tabs.overview)
            dialog = actions.open_case_note(self.tr("Regular contact"))
            if dialog is not None:
                dialog.form.widgets["two_way_contact"].setChecked(True)
        elif kind == "overview" and ref == "plan_review":
            window.show_tab(tabs.overview)
            actions.open_plan_review()
        elif kind == "set_goals":
            window.show_tab(tabs.goals)
        elif kind == "placement" and ref:
            from app.services import placements

            view = placements.get_placement(self.session.ctx, ref)
            actions.open_placement(view.placement.plan_service_id, ref)
        elif kind == "services" and ref:
            window.show_tab(tabs.steps)
            actions.open_step_editor(SimpleNamespace(id=ref, placement=False))
        elif kind == "outcomes":
            window.show_tab(tabs.outcomes)
        elif kind == "credentials":
            window.show_tab(tabs.overview)
            actions.open_accomplishments("credentials")
        else:
            window.show_tab(tabs.overview)

    # -- the Caseload menu ----------------------------------------------------------------------------
    def open_compliance(self):
        from ui.dialogs.compliance import ComplianceDialog

        dialog = ComplianceDialog(self.session.ctx, self.window)
        dialog.open_requested.connect(self.open_place)
        return self._show(dialog)

    def open_services_report(self):
        from ui.dialogs.customer_services_report import CustomerServicesReport

        dialog = CustomerServicesReport(self.session, self.window)
        return self._show(dialog)

    def open_export(self):
        from ui.dialogs.export_caseload import ExportCaseloadDialog

        return self._show(ExportCaseloadDialog(self.session.ctx, self.window))

    def open_employers(self):
        from ui.dialogs.employers import EmployersDialog

        return self._show(EmployersDialog(self.session, self.window))

    def _show(self, dialog):
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
