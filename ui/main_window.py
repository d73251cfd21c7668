"""The career plan window: caseload on the left; the selected participant's plan on the right as the
plan tabs with the profile side bar; menus, toolbar, status bar; idle lock; state in ui/settings.py."""
from __future__ import annotations

import time
from types import SimpleNamespace

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget,
                               QTabWidget, QToolBar, QWidget)

from app.labels import role_label
from ui.plan_actions import PlanActions
from ui.session import EVERYTHING, PARTICIPANT
from ui.settings import HIDDEN_COLUMNS, LAST_PARTICIPANT, PLAN_SPLITTERS, WINDOW_GEOMETRY, WINDOW_SPLITTER, Settings
from ui.widgets.caseload import CaseloadPanel
from ui.widgets.lock_view import IdleWatch, LockView
from ui.widgets.profile_sidebar import ProfileSidebar
from ui.actions import make_action, standard



#: below this the plan cannot be read without scrolling both ways (issue 16: 1024×700 must stay usable)
MINIMUM_SIZE = (960, 600)


def fitted_sizes(width: int, height: int) -> tuple[int, int]:
    """The caseload's width and the reminders dock's height for a window of `width`×`height`: on a
    1366×768 laptop the caseload takes ~a quarter and the reminders a fifth, so the plan tabs keep
    the room they need; on a big screen the sizes stay at their usual 420 and 210 pixels."""
    return max(300, min(420, int(width * 0.24))), max(120, min(210, int(height * 0.2)))


class MainWindow(QMainWindow):
    """`session` may still be waiting for its workspace (ui/startup.py): the window then shows with
    `caseload_rows` listed (the first screen of `caseload_total` rows, when given), and the plan tabs,
    reminders and sync join it when `session.ready` fires."""

    def __init__(self, session, settings=None, parent=None, caseload_rows=None, caseload_total=None):
        super().__init__(parent)
        from ui.dialogs.preferences import idle_minutes

        self.session = session
        self.settings = Settings.for_profile(settings, session.data_dir)
        self.participant_row = None
        self.opened_in_ms = 0.0
        self.tabs = self.sync = self.caseload_tools = None
        self._opening = None  # a participant chosen before the workspace was ready
        self._hidden_by_lock: list = []
        self._pending_splitters: dict = {}  # plan-tab splitters whose saved place waits for their tab to show
        user = session.user
        self.setWindowTitle(self.tr("Fieldplan — Career Plans"))
        self.resize(1440, 900)
        self.setMinimumSize(*MINIMUM_SIZE)
        self._fitted = False

        self.caseload = CaseloadPanel(session)
        self.caseload.setMinimumWidth(300)
        # listed now when start-up read the rows (with `caseload_total`, only the first screen: ui/startup.py
        # brings the rest after the first paint); else loading off the GUI thread while the window is built
        self.caseload.load(select_id=self.settings.get(LAST_PARTICIPANT) or None, rows=caseload_rows, total=caseload_total)
        self.sidebar = ProfileSidebar(session)
        self.tab_widget = QTabWidget()
        self.tab_widget.setDocumentMode(True)
        self.tab_widget.setAccessibleName(self.tr("Career plan"))
        for title in self._tab_titles():
            self.tab_widget.addTab(QWidget(), title)  # the plan tabs replace these in _attach
        plan = QWidget()
        plan_layout = QHBoxLayout(plan)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.setSpacing(0)
        plan_layout.addWidget(self.sidebar)
        plan_layout.addWidget(self.tab_widget, 1)
        self.no_participant = QLabel(self.tr("Select a participant on the left to open their career plan.\n\nCtrl+F searches the caseload."))
        self.no_participant.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_participant.setStyleSheet("color: #5f6368; font-size: 12pt;")
        self.plan_stack = QStackedWidget()
        self.plan_stack.addWidget(self.no_participant)
        self.plan_stack.addWidget(plan)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.caseload)
        self.splitter.addWidget(self.plan_stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 1020])
        self.lock_view = LockView(f"{user.display_name} ({role_label(user.role)})")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.lock_view)
        self.setCentralWidget(self.stack)

        self.plan_actions = PlanActions(self, session)
        from ui.record_actions import RecordActions

        self.record_actions = RecordActions(self, session)
        self.sidebar.edit_requested.connect(self.record_actions.open_profile_edit)
        self._build_actions()
        self._build_status_bar()
        self.caseload.participant_selected.connect(self.open_participant)
        self.caseload.loaded.connect(self._caseload_loaded)
        session.data_changed.connect(self._on_data_changed)
        self.lock_view.unlock_requested.connect(self.try_unlock)
        self.idle = IdleWatch(QApplication.instance(), idle_minutes(self.settings) * 60_000, self)
        self.idle.idle.connect(self.lock)
        self._restore_state()
        if not session.is_ready:
            self.statusBar().showMessage(self.tr("Opening the plans…"))
        session.when_ready(self._attach)

    def _tab_titles(self) -> list[str]:
        tr = self.tr
        return [tr("Overview"), tr("1. Review Assessment"), tr("2. Set Goals"), tr("3. Add Steps/Services"), tr("Outcomes"), tr("Update Log")]

    #: what _attach imports; ui/startup.py imports them off the GUI thread while the workspace loads
    ATTACH_MODULES = ("ui.tabs.overview", "ui.tabs.review_assessment", "ui.tabs.set_goals", "ui.tabs.add_steps",
                      "ui.tabs.outcomes", "ui.tabs.update_log", "ui.caseload_tools", "ui.widgets.reminders_panel", "ui.sync_status",
                      "ui.sync_controller", "ui.plan_actions")

    def _attach(self) -> None:
        """The workspace is ready: the plan tabs, the reminders dock and sync join the window.
        Built at once when the session was ready from the start; otherwise one piece per turn of the
        event loop, so the window that is already showing keeps answering (bench/window.py)."""
        steps = self._attach_steps()
        if self.isVisible():
            def step() -> None:
                if next(steps, None) is not None:
                    QTimer.singleShot(0, self, step)
            step()
        else:
            for _ in steps:
                pass

    def _attach_steps(self):
        from ui.caseload_tools import CaseloadTools
        from ui.sync_status import SyncStatus
        from ui.tabs.add_steps import AddStepsTab
        from ui.tabs.outcomes import OutcomesTab
        from ui.tabs.overview import OverviewTab
        from ui.tabs.review_assessment import ReviewAssessmentTab
        from ui.tabs.set_goals import SetGoalsTab
        from ui.tabs.update_log import UpdateLogTab

        session, built = self.session, {}
        for name, kind in (("overview", OverviewTab), ("review", ReviewAssessmentTab), ("goals", SetGoalsTab),
                           ("steps", AddStepsTab), ("outcomes", OutcomesTab), ("log", UpdateLogTab)):
            built[name] = kind(session)
            yield name
        current = self.tab_widget.currentIndex()
        self.tab_widget.blockSignals(True)
        for index, (tab, title) in enumerate(zip(built.values(), self._tab_titles())):
            placeholder = self.tab_widget.widget(index)
            self.tab_widget.removeTab(index)
            self.tab_widget.insertTab(index, tab, title)
            placeholder.deleteLater()
        self.tab_widget.setCurrentIndex(current)
        self.tab_widget.blockSignals(False)
        self.plan_actions.connect_tabs(SimpleNamespace(**built))
        self.record_actions.connect_tabs(SimpleNamespace(**built))
        # a splitter's saved place is restored once its tab is on screen at its real size: restored while
        # hidden, the first resize would hand the difference to both parts and lose the saved share
        self._pending_splitters = {name: (built[name], state) for name, option in PLAN_SPLITTERS.items()
                                   if (state := self.settings.get(option)) is not None}
        self.tab_widget.currentChanged.connect(lambda _index: QTimer.singleShot(0, self, self._restore_splitters))
        QTimer.singleShot(0, self, self._restore_splitters)
        yield "tabs"
        self.caseload_tools = CaseloadTools(self, session, self.reminders_dock)
        self.caseload_tools.fill_menu(self.caseload_menu)
        yield "reminders"
        self.sync = SyncStatus(self, session)
        self.sync.fill_menu(self.sync_menu)
        built["log"].conflicts_requested.connect(self.sync.open_conflicts)
        if self.isVisible():
            self.sync.start()
        if self.statusBar().currentMessage() == self.tr("Opening the plans…"):
            self.statusBar().clearMessage()
        self.tabs = SimpleNamespace(**built)  # last: `tabs` set means the whole window is attached
        if self._opening is not None:
            row, self._opening = self._opening, None
            self.open_participant(row)

    # -- actions, menus, toolbar ---------------------------------------------------------------------
    def _action(self, text, shortcut, tip, slot):
        return make_action(self, text, shortcut, tip, slot)

    def _build_actions(self) -> None:
        tr, pa = self.tr, self.plan_actions
        self.find_action = self._action(tr("&Find participant"), standard(QKeySequence.StandardKey.Find, "Ctrl+F"), tr("Search the caseload by name, last 4 SSN or individual number"), self.focus_search)
        self.refresh_action = self._action(tr("&Refresh"), standard(QKeySequence.StandardKey.Refresh, "F5"), tr("Reload the caseload and the open plan"), self.refresh_all)
        self.lock_action = self._action(tr("&Lock"), "Ctrl+L", tr("Hide the caseload until you enter your password"), self.lock)
        self.preferences_action = self._action(tr("&Preferences…"), standard(QKeySequence.StandardKey.Preferences, "Ctrl+,"), tr("Idle lock time and other preferences"), self.open_preferences)
        self.quit_action = self._action(tr("&Quit"), standard(QKeySequence.StandardKey.Quit, "Ctrl+Q"), tr("Close Fieldplan"), self.close)
        self.copy_action = self._action(tr("&Copy"), QKeySequence.StandardKey.Copy, tr("Copy the selected text"), self._copy)
        self.caseload_action = self._action(tr("Show &caseload"), "Ctrl+Shift+C", tr("Show or hide the caseload list"), self._toggle_caseload)
        self.caseload_action.setCheckable(True)
        self.caseload_action.setChecked(True)
        self.tab_actions = []
        for i in range(self.tab_widget.count()):
            act = self._action(self.tab_widget.tabText(i), f"Ctrl+{i + 1}", tr("Show the {tab} tab").format(tab=self.tab_widget.tabText(i)),
                               lambda i=i: self.tab_widget.setCurrentIndex(i))
            self.tab_actions.append(act)
        self.help_action = self._action(tr("&Guide to this tab"), standard(QKeySequence.StandardKey.HelpContents, "F1"),
                                        tr("What the tab in front is for and its shortcuts"), self.open_guide)
        self.about_action = self._action(tr("&About Fieldplan"), "Ctrl+F1", tr("Version and where this profile lives"), self.about)
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        ra = self.record_actions
        from ui.backup_actions import BackupActions

        self.backup_actions = BackupActions(self)
        for act in (ra.change_password, ra.manage_users, None, self.backup_actions.back_up, self.backup_actions.restore,
                    None, self.lock_action, self.preferences_action, None, self.quit_action):
            file_menu.addSeparator() if act is None else file_menu.addAction(act)
        edit_menu = bar.addMenu(tr("&Edit"))
        for act in (self.copy_action, self.find_action):
            edit_menu.addAction(act)
        view_menu = bar.addMenu(tr("&View"))
        view_menu.addAction(self.caseload_action)
        columns_menu = view_menu.addMenu(tr("Caseload co&lumns"))
        columns_menu.addActions(self.caseload.column_actions)
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        for act in self.tab_actions:
            view_menu.addAction(act)
        participant_menu = bar.addMenu(tr("&Participant"))
        for act in (ra.new_participant, ra.edit_profile, None, pa.new_goal, pa.edit_goal, None, pa.add_step, pa.edit_step, None, pa.new_case_note, pa.record_agreement,
                    pa.plan_review, pa.upload, None, pa.sign_plan, pa.print_copy, pa.invite):
            participant_menu.addSeparator() if act is None else participant_menu.addAction(act)
        self.caseload_menu = bar.addMenu(tr("&Caseload"))  # filled by CaseloadTools in _attach
        self.sync_menu = bar.addMenu(tr("&Sync"))
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.about_qt_action = self._action(tr("About &Qt"), "Shift+F1", tr("Qt's version and licence (LGPL)"), QApplication.aboutQt)
        help_menu.addAction(self.about_qt_action)
        self.toolbar = QToolBar(tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.find_action, None, pa.new_goal, pa.add_step, pa.new_case_note, pa.record_agreement, pa.upload, None, self.lock_action):
            self.toolbar.addSeparator() if act is None else self.toolbar.addAction(act)
        from ui.caseload_tools import reminders_dock

        self.reminders_dock = reminders_dock(self)  # its panel arrives with the workspace (_attach)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.reminders_dock.toggleViewAction())
        self.addToolBar(self.toolbar)

    def _build_status_bar(self) -> None:
        user, bar = self.session.user, self.statusBar()
        self.user_label = QLabel(f"{user.display_name} · {role_label(user.role)}")
        from ui.widgets.elided_label import ElidedLabel

        self.folder_label = ElidedLabel(self.tr("Profile: {folder}").format(folder=self.session.data_dir))
        self.sync_label = QLabel(self.tr("Last sync: never"))
        for label in (self.user_label, self.folder_label, self.sync_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    # -- participant ------------------------------------------------------------------------------
    def open_participant(self, row) -> None:
        """Show `row`'s plan: side bar and the tab in front load now, the others when shown."""
        started = time.perf_counter()
        if self.tabs is None and row is not None:  # chosen in the first moment after start-up: opens when ready
            self._opening = row
            self.statusBar().showMessage(self.tr("Opening {name}…").format(name=row.name))
            return
        self.participant_row = row
        self.plan_actions.set_participant(row.id if row else None)
        self.record_actions.set_participant(row.id if row else None)
        if row is None:
            self.plan_stack.setCurrentWidget(self.no_participant)
            return
        self._fill_sidebar(row)
        self.plan_stack.setCurrentIndex(1)
        for tab in vars(self.tabs).values():
            tab.set_participant(row.id, row)
        self.settings.set(LAST_PARTICIPANT, row.id)
        self.opened_in_ms = (time.perf_counter() - started) * 1000

    def _fill_sidebar(self, row) -> None:
        from app.errors import NotFound
        from app.services import participants, users

        ctx = self.session.ctx
        participant = participants.get_participant(ctx, row.id)
        contacts = participants.list_contact_people(ctx, row.id)
        planner = None
        if participant.planner_id:
            try:
                planner = users.get_user(ctx, participant.planner_id)
            except NotFound:
                planner = None
        self.sidebar.show_participant(participant, row, contacts, planner)

    def _on_data_changed(self, kinds, participant_ids) -> None:
        row = self.participant_row
        if row is not None and PARTICIPANT in kinds and (not participant_ids or row.id in participant_ids):
            self._fill_sidebar(row)

    def _caseload_loaded(self) -> None:
        if self.participant_row is None and self.caseload.current() is None:
            self.statusBar().showMessage(self.tr("%Ln participants in your caseload", "", self.caseload.total), 5000)

    def show_tab(self, tab) -> None:
        self.tab_widget.setCurrentWidget(tab)

    def focus_search(self) -> None:
        if not self.caseload.isVisible():
            self._toggle_caseload(True)
        self.caseload.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.caseload.search.selectAll()

    def refresh_all(self) -> None:
        self.session.announce(EVERYTHING)

    def _toggle_caseload(self, visible=None) -> None:
        visible = self.caseload_action.isChecked() if visible is None else visible
        self.caseload_action.setChecked(visible)
        self.caseload.setVisible(visible)

    def _copy(self) -> None:
        widget = QApplication.focusWidget()
        if hasattr(widget, "copy"):
            widget.copy()

    # -- lock -------------------------------------------------------------------------------------
    def lock(self) -> None:
        if self.is_locked() or not self.session.is_ready:  # unlocking checks the password through the workspace
            return
        self.idle.stop()
        # open dialogs hide with the plan and come back on unlock, typing kept (rejecting them lost it)
        self._hidden_by_lock = [d for d in self.findChildren(QDialog) if d.isVisible()]
        for dialog in self._hidden_by_lock:
            dialog.hide()
        self.stack.setCurrentWidget(self.lock_view)
        self.menuBar().setEnabled(False)
        self.toolbar.setEnabled(False)
        for act in self.findChildren(QAction):
            act.setProperty("enabled_before_lock", act.isEnabled())
            act.setEnabled(False)
        self.lock_view.reset()

    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_view

    def try_unlock(self, password: str) -> bool:
        from app.services import users

        if not users.verify_own_password(self.session.ctx, password):
            self.lock_view.refuse()
            return False
        for act in self.findChildren(QAction):
            act.setEnabled(bool(act.property("enabled_before_lock")))
        self.menuBar().setEnabled(True)
        self.toolbar.setEnabled(True)
        self.stack.setCurrentWidget(self.splitter)
        for dialog in self._hidden_by_lock:
            if shiboken6.isValid(dialog):  # closed meanwhile (a sync finishing): nothing to bring back
                dialog.show()
        self._hidden_by_lock = []
        self.idle.start()
        return True

    # -- preferences, about, state ------------------------------------------------------------------
    def open_preferences(self) -> None:
        from ui.dialogs.preferences import PreferencesDialog, idle_minutes

        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.idle.set_interval_ms(idle_minutes(self.settings) * 60_000))
        dialog.accepted.connect(lambda: self.sync and (self.sync.stop(), self.sync.start()))
        dialog.open()

    def open_guide(self):
        from ui.help import GuideDialog

        dialog = GuideDialog(self.tab_widget.currentIndex(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.guide = dialog
        dialog.open()
        return dialog

    def about(self) -> None:
        from ui.about import about_text

        QMessageBox.about(self, self.tr("About Fieldplan"), about_text(self, self.session.data_dir))

    def _restore_state(self) -> None:
        hidden = self.settings.get(HIDDEN_COLUMNS)
        if hidden is not None:
            self.caseload.set_hidden_columns(hidden)
        self.caseload.columns_changed.connect(lambda: self.settings.set(HIDDEN_COLUMNS, self.caseload.hidden_columns()))
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.get(WINDOW_SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _restore_splitters(self) -> None:
        for name, (tab, state) in list(self._pending_splitters.items()):
            if tab.isVisible() and tab.height() > 0:
                tab.splitter.restoreState(state)
                del self._pending_splitters[name]

    def fit_to_size(self) -> None:
        """Before the window first shows (so nothing moves once it is up): size the caseload (unless its
        splitter place was saved) and the reminders to the window's size on this screen."""
        if self._fitted:
            return
        self._fitted = True
        caseload, reminders = fitted_sizes(self.width(), self.height())
        if self.settings.get(WINDOW_SPLITTER) is None:
            self.splitter.setSizes([caseload, max(1, self.width() - caseload)])
        if getattr(self, "reminders_dock", None) is not None:
            self.resizeDocks([self.reminders_dock], [reminders], Qt.Orientation.Vertical)

    def start(self) -> None:
        """Show the window at once; the caseload (loading since __init__) arrives off the GUI thread and
        the last participant is reselected."""
        self.fit_to_size()
        self.show()
        self.idle.start()
        if self.sync is not None:
            self.sync.start()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_SPLITTER, self.splitter.saveState())
        if self.tabs is not None:
            for name, option in PLAN_SPLITTERS.items():
                if name not in self._pending_splitters:  # a tab never shown keeps the place saved before
                    self.settings.set(option, getattr(self.tabs, name).splitter.saveState())
        self.idle.stop()
        self.idle.detach()
        if self.sync is not None:
            self.sync.stop()
        super().closeEvent(event)
