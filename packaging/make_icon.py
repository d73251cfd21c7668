"""Draws the application icon (a plan sheet with a tick) into packaging/icons: PNG sizes for Linux and the
macOS iconset, and the Windows .ico. Run once when the design changes: `python packaging/make_icon.py`."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).parent / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setBrush(QColor("#1a5fb4"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(16 * s, 16 * s, 224 * s, 224 * s), 40 * s, 40 * s)
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(64 * s, 44 * s, 128 * s, 168 * s), 12 * s, 12 * s)
    p.setPen(QPen(QColor("#cfe1fb"), 10 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for y in (84, 112, 140):
        p.drawLine(int(88 * s), int(y * s), int(168 * s), int(y * s))
    tick = QPainterPath()
    tick.moveTo(92 * s, 172 * s)
    tick.lineTo(114 * s, 192 * s)
    tick.lineTo(166 * s, 150 * s)
    p.setPen(QPen(QColor("#2ec27e"), 18 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(tick)
    p.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    OUT.mkdir(exist_ok=True)
    draw(256).save(str(OUT / "fieldplan.png"))
    draw(256).save(str(OUT / "fieldplan.ico"))
    for size in (16, 32, 128, 256, 512):  # macOS: `iconutil -c icns fieldplan.iconset` (packaging/macos.md)
        (OUT / "fieldplan.iconset").mkdir(exist_ok=True)
        draw(size).save(str(OUT / "fieldplan.iconset" / f"icon_{size}x{size}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
