"""Issue 16 §4: a dark desktop palette gives a readable window — no light window/base forced under the
system's light text; messages and hints take colours readable on it."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.app import apply_style, is_dark


@pytest.fixture
def dark_desktop(qapp):
    before, style = QApplication.palette(), qapp.style().name()
    dark = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
                        (QPalette.ColorRole.Base, "#2b2c2f"), (QPalette.ColorRole.Text, "#e8eaed"),
                        (QPalette.ColorRole.Button, "#303134"), (QPalette.ColorRole.ButtonText, "#e8eaed")):
        dark.setColor(role, QColor(color))
    QApplication.setPalette(dark)
    yield qapp
    qapp.setStyle(style)
    QApplication.setPalette(before)


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    high, low = sorted((lum(a), lum(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_a_dark_desktop_keeps_a_readable_dark_palette(dark_desktop):
    apply_style(dark_desktop)
    palette = QApplication.palette()
    assert is_dark(palette)
    for back, text in ((QPalette.ColorRole.Window, QPalette.ColorRole.WindowText), (QPalette.ColorRole.Base, QPalette.ColorRole.Text),
                       (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText), (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText)):
        assert _contrast(palette.color(back), palette.color(text)) >= 4.5, (back, text)


def test_messages_and_hints_are_readable_on_the_dark_palette(dark_desktop, qtbot):
    from ui.forms import error_label
    from ui.tabs.base import hint

    apply_style(dark_desktop)
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    for label in (error_label("x"), hint("A hint")):
        qtbot.addWidget(label)
        label.ensurePolished()
        assert _contrast(label.palette().color(QPalette.ColorRole.WindowText), window) >= 4.5, label.styleSheet()


def test_the_light_palette_is_unchanged(qapp):
    apply_style(qapp)
    palette = QApplication.palette()
    assert not is_dark(palette)
    assert palette.color(QPalette.ColorRole.Base).name() == "#ffffff"
    assert _contrast(palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)) >= 4.5
