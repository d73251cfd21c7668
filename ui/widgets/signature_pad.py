"""A box to sign in with the mouse, a pen (tablet) or a finger (touch screen).

Strokes are drawn as quadratic curves through the midpoints of the sampled points, so a signature
sampled at mouse-event rate still looks like ink rather than a polyline. The strokes (lists of (x, y)
in widget pixels) are what the app stores; `to_png` renders them with the signer's name and the time
under a line, for the signed PDF.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#0d1b4c")


def stroke_path(stroke: list[tuple[float, float]], scale: float = 1.0, dx: float = 0.0, dy: float = 0.0) -> QPainterPath:
    """A smooth path: quadratic segments whose control points are the samples and whose ends are midpoints."""
    points = [QPointF(x * scale + dx, y * scale + dy) for x, y in stroke]
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    if len(points) == 1:
        path.lineTo(points[0] + QPointF(0.5, 0.5))  # a dot
        return path
    for i in range(1, len(points) - 1):
        middle = (points[i] + points[i + 1]) / 2
        path.quadTo(points[i], middle)
    path.lineTo(points[-1])
    return path


class SignaturePad(QWidget):
    """`strokes()` → [[(x, y), ...], ...]; `clear()`, `undo_stroke()`; `changed` after every stroke."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._strokes: list[list[tuple[float, float]]] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 140)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(self.tr("Sign here with the mouse, a pen or a finger."))

    # -- the strokes ------------------------------------------------------------------------------
    def strokes(self) -> list[list[tuple[float, float]]]:
        return [list(stroke) for stroke in self._strokes]

    def is_empty(self) -> bool:
        return not any(self._strokes)

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    def undo_stroke(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self._drawing = False
            self.update()
            self.changed.emit()

    def _begin(self, pos: QPointF) -> None:
        self._strokes.append([(round(pos.x(), 1), round(pos.y(), 1))])
        self._drawing = True
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._drawing:
            point = (round(pos.x(), 1), round(pos.y(), 1))
            if point != self._strokes[-1][-1]:
                self._strokes[-1].append(point)
                self.update()

    def _end(self, pos: QPointF | None = None) -> None:
        if self._drawing:
            if pos is not None:
                self._extend(pos)
            self._drawing = False
            self.changed.emit()

    # -- input: mouse, pen, touch -------------------------------------------------------------------
    def mousePressEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event):
        self._extend(event.position())

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())

    def tabletEvent(self, event):
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()  # no synthesized mouse events: the pen would draw twice

    def event(self, event):
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            points = event.points()
            if points:
                pos = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(pos)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(pos)
                else:
                    self._end(pos)
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.undo_stroke()
        else:
            super().keyPressEvent(event)

    # -- drawing ---------------------------------------------------------------------------------
    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        baseline = self.height() - 34
        painter.setPen(QPen(QColor("#9aa0a6"), 1))
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        painter.drawText(QRectF(24, baseline + 4, self.width() - 48, 24), Qt.AlignmentFlag.AlignLeft, self.tr("✕  Sign above the line"))
        if self.hasFocus():
            painter.setPen(QPen(QColor("#1a73e8"), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.setPen(QPen(INK, 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for stroke in self._strokes:
            painter.drawPath(stroke_path(stroke))

    def to_png(self, signer_name: str, signed_at: dt.datetime, width: int = 900, height: int = 300) -> bytes:
        """The strokes fitted into the upper part, a line, and "name · date time" under it."""
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line_y = height - 70
        points = [p for stroke in self._strokes for p in stroke]
        if points:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            box_w, box_h = max(max(xs) - min(xs), 1), max(max(ys) - min(ys), 1)
            scale = min((width - 60) / box_w, (line_y - 30) / box_h, 3.0)
            dx = (width - box_w * scale) / 2 - min(xs) * scale
            dy = line_y - 8 - box_h * scale - min(ys) * scale
            painter.setPen(QPen(INK, max(2.5, 2.6 * scale * 0.8), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            for stroke in self._strokes:
                painter.drawPath(stroke_path(stroke, scale, dx, dy))
        painter.setPen(QPen(QColor("#444444"), 2))
        painter.drawLine(20, line_y, width - 20, line_y)
        font = QFont()
        font.setPixelSize(34)
        painter.setFont(font)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(20, line_y + 10, width - 40, 50), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         f"{signer_name} · {signed_at:%m/%d/%Y %I:%M %p}")
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())
