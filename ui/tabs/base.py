"""What every plan tab shares: the participant it shows, and refreshing from `data_changed` only.

A hidden tab does not reload on every change: it marks itself stale and reloads when shown, so
opening a participant costs only the tab in front.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class PlanTab(QWidget):
    #: data_changed kinds this tab shows; None = any change to its participant
    kinds: frozenset[str] | None = None

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.participant_id: str | None = None
        self.caseload_row = None
        self.stale = True
        session.data_changed.connect(self._on_data_changed)

    @property
    def ctx(self):
        return self.session.ctx

    def set_participant(self, participant_id: str | None, caseload_row=None) -> None:
        self.participant_id, self.caseload_row = participant_id, caseload_row
        self.stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self.stale = False
        if self.participant_id:
            self.refresh()

    def refresh(self) -> None:
        """Load this tab's data for `self.participant_id` (override)."""

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.stale:
            self.reload()

    def _on_data_changed(self, kinds, participant_ids) -> None:
        if self.participant_id is None or (participant_ids and self.participant_id not in participant_ids):
            return
        if self.kinds is not None and not (kinds & self.kinds):
            return
        self.stale = True
        if self.isVisible():
            self.reload()


def group(title: str, *widgets, name: str = "") -> QGroupBox:
    box = QGroupBox(title)
    if name:
        box.setObjectName(name)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(10, 8, 10, 10)
    layout.setSpacing(6)
    for widget in widgets:
        if isinstance(widget, QWidget):
            layout.addWidget(widget)
        else:
            layout.addLayout(widget)
    return box


def hint(text: str) -> QLabel:
    from ui.forms import MessageLabel, note_style  # grows to its text: a wrapped hint is not cut to one line

    label = MessageLabel(text)
    label.setStyleSheet(note_style())
    return label


def scrolled_body(tab: QWidget) -> QVBoxLayout:
    """The tab's content in a frameless scroll area; returns the layout to fill."""
    outer = QVBoxLayout(tab)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer.addWidget(scroll)
    body = QWidget()
    scroll.setWidget(body)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(12, 12, 12, 12)
    layout.setSpacing(12)
    return layout


class PairedRows:
    """Boxes in pairs, side by side in `grid` from `first_row` on — or each pair's second box under its
    first when `tab` is narrower than the pairs need (issue 16: at 1024×700 the Overview's agreement beside
    the assessments made the tab scroll sideways by ~230 px). Call `fit()` from the tab's resizeEvent."""

    #: the scroll area's margins and vertical scroll bar around the grid (px)
    FRAME = 12 * 2 + 20

    def __init__(self, tab: QWidget, grid, first_row: int, pairs: list[tuple[QWidget, QWidget]]):
        self.tab, self.grid, self.first_row, self.pairs = tab, grid, first_row, pairs
        self.side_by_side: bool | None = None
        self._place(True)

    def needed(self) -> int:
        """The grid's columns are as wide as their widest box, so the widest first and the widest second
        boxes side by side (not the widest pair: Spanish at 1366×768 overflowed by 16 px that way)."""
        firsts = max(a.minimumSizeHint().width() for a, _ in self.pairs)
        seconds = max(b.minimumSizeHint().width() for _, b in self.pairs)
        return firsts + seconds + self.grid.spacing() + self.FRAME

    def fit(self) -> None:
        self._place(self.tab.width() >= self.needed())

    def _place(self, side_by_side: bool) -> None:
        if side_by_side == self.side_by_side:
            return
        self.side_by_side = side_by_side
        for a, b in self.pairs:
            self.grid.removeWidget(a)
            self.grid.removeWidget(b)
        for n, (a, b) in enumerate(self.pairs):
            if side_by_side:
                self.grid.addWidget(a, self.first_row + n, 0)
                self.grid.addWidget(b, self.first_row + n, 1)
            else:
                self.grid.addWidget(a, self.first_row + 2 * n, 0, 1, 2)
                self.grid.addWidget(b, self.first_row + 2 * n + 1, 0, 1, 2)
