"""The application icon (a plan sheet with a tick), drawn as vector shapes at every size it is asked for.

Not a PNG scaled up (blurry at 150 % and 200 %, issue 16) and not an SVG file: the desktop bundle leaves
out Qt's SVG plugin to stay small. `app_icon()` holds the drawing at the sizes window managers, task bars
and the tray ask for, each at the screen's device pixel ratio; packaging/make_icon.py draws the installers'
icon files from the same shapes.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPainterPath, QPen, QPixmap

#: logical sizes a QIcon is asked for (menus 16, title bars 24–32, task bars 48–64, docks and Alt+Tab up to 256)
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw_icon(p: QPainter, size: float) -> None:
    """The icon's shapes on a `size`×`size` square (designed on 256)."""
    s = size / 256
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor("#1a5fb4"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(16 * s, 16 * s, 224 * s, 224 * s), 40 * s, 40 * s)
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(64 * s, 44 * s, 128 * s, 168 * s), 12 * s, 12 * s)
    p.setPen(QPen(QColor("#cfe1fb"), 10 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for y in (84, 112, 140):
        p.drawLine(QPointF(88 * s, y * s), QPointF(168 * s, y * s))
    tick = QPainterPath()
    tick.moveTo(92 * s, 172 * s)
    tick.lineTo(114 * s, 192 * s)
    tick.lineTo(166 * s, 150 * s)
    p.setPen(QPen(QColor("#2ec27e"), 18 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(tick)


def icon_image(pixels: int) -> QImage:
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    draw_icon(painter, pixels)
    painter.end()
    return image


def app_icon(ratio: float = 1.0) -> QIcon:
    """The icon at every logical size in SIZES, drawn for `ratio` (the screen's devicePixelRatio) and at 1×."""
    icon = QIcon()
    for size in SIZES:
        for r in sorted({1.0, ratio}):
            pixmap = QPixmap.fromImage(icon_image(round(size * r)))
            pixmap.setDevicePixelRatio(r)
            icon.addPixmap(pixmap)
    return icon
