"""What the step/service editor's sub-tabs share: the footer, save buttons (their tables: ui/widgets/row_table.py)."""
from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QWidget,
)

from app.services import plan_services
from ui import ops
from ui.session import PlanSession

NOTE_STYLE = "color: #5f6368;"


def compact(form, width: int = 540) -> None:
    """Keep a form readable on a wide dialog: fields no wider than `width`, dates and numbers short.

    Error lines do not wrap: QFormLayout sizes a wrapped label by its two-line size hint, which left
    gaps under short errors and clipped the notes boxes below them (seen in the rendered dialog).
    Our messages are one sentence and the dialog is wide enough for them."""
    from PySide6.QtWidgets import QAbstractSpinBox

    from ui.forms import DateField

    for widget in form.widgets.values():
        cap = 150 if isinstance(widget, (DateField, QAbstractSpinBox)) else width
        widget.setMaximumWidth(min(widget.maximumWidth(), cap))
    for label in form.errors.values():
        label.setWordWrap(False)


class ServiceView:
    """The service and its listing row (name, provider, footer), loaded once and shared by the
    sub-tabs: opening the editor costs two queries for it instead of two per sub-tab."""

    def __init__(self, ctx, service_id: str):
        self.ctx, self.id = ctx, service_id
        self.refresh()

    def refresh(self) -> None:
        self.service = plan_services.get_service(self.ctx, self.id)
        self.row = next(r for r in plan_services.list_services(self.ctx, self.service.participant_id) if r.id == self.id)

    @property
    def participant_id(self) -> str:
        return self.service.participant_id

    @property
    def footer(self) -> str:
        """'Updated by X on MM/DD/YYYY at hh:mm AM' (seed 001)."""
        return self.row.footer


def footer_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(NOTE_STYLE)
    label.setAccessibleName("Last update")
    return label


def action_button(owner: QWidget, text: str, tip: str, slot, shortcut=QKeySequence.StandardKey.Save) -> QPushButton:
    """A button backed by a QAction whose shortcut works anywhere inside `owner` (Ctrl+S per tab).

    Never a default button: Enter belongs to the fields and the attendance grid."""
    action = QAction(text, owner)
    action.setShortcut(shortcut)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    owner.addAction(action)
    button = QPushButton(text)
    button.setAccessibleName(text.replace("&", ""))
    button.setToolTip(f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
    button.setAutoDefault(False)
    button.clicked.connect(action.trigger)
    button.action = action
    return button


class ServiceSubTab(QWidget):
    """A sub-tab of the step editor: one service, shared through a ServiceView; `saved` after a write.

    `unsaved_changes` names what the person typed here and did not save, so closing the editor can
    ask about it; `save_unsaved` is the sub-tab's own save. A form sub-tab compares what its fields
    show (`shown_values`) with a copy taken when they last showed the stored values (`mark_saved`), so
    loading values into the widgets never counts as a change."""

    saved = Signal()

    def __init__(self, session, service_id: str, parent=None, view: ServiceView | None = None):
        super().__init__(parent)
        self.session = PlanSession.of(session)
        self.ctx, self.service_id = self.session.ctx, service_id
        self.view = view or ServiceView(self.ctx, service_id)
        self.participant_id = self.view.participant_id
        self._saved_shown = None

    def write(self, service, *args, form=None, on_invalid=None, **kwargs) -> ops.Op:
        """`service(ctx, *args, **kwargs)` through the runner: refusals beside `form`'s fields; on success the
        sub-tab reloads (`after_save`) and emits `saved`. Returns the Op (`.succeeded` once it did)."""
        op = ops.apply(self.session, service, *args, on_invalid=on_invalid or form.show_errors, initiator=self, **kwargs)
        return op.then(lambda _: self.after_save())

    def after_save(self) -> None:
        self.view.refresh()
        self.reload()
        self.saved.emit()

    def reload(self) -> None:
        """Show what is stored (override)."""

    def unsaved_changes(self) -> str:
        """A sentence naming what was typed here and not saved ("" when nothing was)."""
        return ""

    def save_unsaved(self):
        """Save what `unsaved_changes` names: an Op, or True when there is nothing to write; a refused Op
        never succeeds (the rules' messages are shown)."""
        return True

    def shown_values(self):
        """What the person can change here, as the fields show it."""
        return None

    def mark_saved(self) -> None:
        """The fields now show what is stored (just loaded, saved or reset)."""
        self._saved_shown = self.shown_values()

    def typed_since_saved(self) -> bool:
        return self.shown_values() != self._saved_shown
