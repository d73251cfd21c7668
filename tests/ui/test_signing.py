"""The signature pad and signing mode, driven like a person would (pytest-qt)."""
from __future__ import annotations

import datetime as dt
import io

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from pypdf import PdfReader
from sqlalchemy import select

from app.services import documents, records
from db.models import Signature
from tests.conftest import PASSWORD
from ui.session import PlanSession
from ui.signing import SIGNED, UNABLE, SigningWindow
from ui.widgets.signature_pad import SignaturePad


def draw(qtbot, pad, points):
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for point in points[1:]:
        qtbot.mouseMove(pad, QPoint(*point))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def test_pad_records_strokes_and_undo_removes_the_last(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    pad.show()
    draw(qtbot, pad, [(20, 40), (40, 60), (60, 50), (80, 70)])
    draw(qtbot, pad, [(120, 40), (140, 80)])
    strokes = pad.strokes()
    assert len(strokes) == 2 and strokes[0][0] == (20.0, 40.0) and strokes[0][-1] == (80.0, 70.0) and len(strokes[0]) == 4
    pad.undo_stroke()
    assert pad.strokes() == strokes[:1]
    png = pad.to_png("José Ñúñez", dt.datetime(2026, 11, 25, 10, 30))
    image = QImage.fromData(png)
    assert png.startswith(b"\x89PNG") and image.width() == 900
    assert any(image.pixelColor(x, y).red() < 100 for x in range(0, 900, 3) for y in range(0, 220, 3))  # ink landed
    pad.clear()
    assert pad.is_empty() and pad.accessibleName() == "Signature pad"


def _signing(qtbot, world):
    jose = world.participant()
    goal = world.goal(jose.id)
    world.service(jose.id, goal.id)
    window = SigningWindow(PlanSession(world.carla), jose.id)
    qtbot.addWidget(window)
    window.show()
    return jose, window


def test_caseload_is_not_reachable_without_the_caseworkers_password(qtbot, world):
    jose, window = _signing(qtbot, world)
    assert "Earn a CDL Class A license" in window.summary.text() and "Vocational Training" in window.summary.text()
    assert window.windowModality() == Qt.WindowModality.ApplicationModal  # the caseload window behind takes no input
    window.close()  # closing is refused: still signing
    assert window.isVisible() and window.is_signing_mode() and window.pages.currentWidget() is window.unlock_page
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    qtbot.keyClicks(window.password, "wrong-password")
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert window.is_signing_mode() and window.pages.currentWidget() is window.unlock_page
    assert "not right" in window.unlock_error.text() and window.password.text() == ""
    window.back_to_participant()
    draw(qtbot, window.participant_pad, [(30, 40), (60, 70), (90, 45), (120, 75)])
    qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.unlock_page
    qtbot.keyClicks(window.password, PASSWORD)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.is_signing_mode() and window.pages.currentWidget() is window.caseworker_page
    draw(qtbot, window.caseworker_pad, [(30, 60), (90, 40), (150, 70)])
    with qtbot.waitSignal(window.finished, timeout=20000) as finished:
        qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    assert finished.args == [SIGNED] and not window.isVisible()
    assert records.agreement_status(world.carla, jose.id) == (SIGNED, False)
    latest = records.agreement_history(world.carla, jose.id)[0]
    uploads = documents.list_documents(world.carla, jose.id)
    assert [d.kind for d in uploads] == ["Signed agreement"] and latest.document_id == uploads[0].id
    pdf = PdfReader(io.BytesIO(documents.open_document(world.carla, uploads[0].id)))
    text = "".join(p.extract_text() for p in pdf.pages)
    assert "José Ñúñez" in text and "Earn a CDL Class A license" in text and "Carla Caseworker" in text
    assert sum(len(p.images) for p in pdf.pages) == 2  # both signature images
    with world.admin.workspace.session() as s:
        rows = list(s.scalars(select(Signature)))
    assert sorted(r.signer_role for r in rows) == ["caseworker", "participant"] and all(r.agreement_id == latest.id for r in rows)


def test_empty_signature_is_refused_and_unable_is_recorded(qtbot, world):
    jose, window = _signing(qtbot, world)
    qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
    assert window.participant_error.text() == "Signature is empty: sign in the box first."
    assert window.pages.currentWidget() is window.participant_page
    qtbot.mouseClick(window.return_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.password, PASSWORD)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)
    assert not window.finish_button.isEnabled()
    qtbot.mouseClick(window.unable_button, Qt.MouseButton.LeftButton)
    assert window.caseworker_error.text() == "Say why the signature could not be collected."
    window.unable_note.setPlainText("Participant left before the end of the meeting.")
    with qtbot.waitSignal(window.finished) as finished:
        qtbot.mouseClick(window.unable_button, Qt.MouseButton.LeftButton)
    assert finished.args == [UNABLE]
    assert records.agreement_history(world.carla, jose.id)[0].note == "Participant left before the end of the meeting."


def test_print_customer_copy_off_the_gui_thread(qtbot, world, tmp_path):
    from ui.print_plan import CustomerCopyPrinter

    jose, window = _signing(qtbot, world)
    window._finish("")
    printer = CustomerCopyPrinter(world.carla, open_when_done=False)
    out = tmp_path / "copy.pdf"
    with qtbot.waitSignal(printer.saved, timeout=20000) as saved:
        printer.save(jose.id, str(out))
    assert saved.args == [str(out)]
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "José Ñúñez" in text and "Earn a CDL Class A license" in text
    with qtbot.waitSignal(printer.failed, timeout=20000) as failed:
        printer.save(jose.id, str(tmp_path / "missing-folder" / "copy.pdf"))
    assert failed.args[0].startswith("The customer copy could not be saved")


def test_pad_takes_touch_and_pen(qtbot):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QPointingDevice, QTabletEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    pad.show()
    finger = QTest.createTouchDevice()
    QTest.touchEvent(pad, finger).press(0, QPoint(10, 20)).commit()
    QTest.touchEvent(pad, finger).move(0, QPoint(30, 40)).commit()
    QTest.touchEvent(pad, finger).release(0, QPoint(50, 45)).commit()
    pen = QPointingDevice.primaryPointingDevice()
    for kind, pos in ((QEvent.Type.TabletPress, (100, 50)), (QEvent.Type.TabletMove, (120, 60)), (QEvent.Type.TabletRelease, (140, 70))):
        QApplication.sendEvent(pad, QTabletEvent(kind, pen, QPointF(*pos), QPointF(*pos), 0.5, 0, 0, 0, 0, 0, Qt.KeyboardModifier.NoModifier,
                                                 Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton))
    touch, ink = pad.strokes()
    assert len(touch) == 3 and abs(touch[-1][0] - touch[0][0] - 40) < 1  # finger moved 40 px right
    assert ink == [(100.0, 50.0), (120.0, 60.0), (140.0, 70.0)]
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)  # the keyboard path to "undo stroke"
    assert pad.strokes() == [touch]


def test_a_failure_while_recording_the_signed_plan_leaves_no_document_and_no_signature(qtbot, world, monkeypatch):
    """Issue 11: the document, the signatures and the agreement were three transactions; a failure in
    between left a signed-plan upload with no agreement. Now they land together or not at all."""
    jose, window = _signing(qtbot, world)
    draw(qtbot, window.participant_pad, [(30, 40), (60, 70), (90, 45), (120, 75)])
    qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.password, PASSWORD)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    draw(qtbot, window.caseworker_pad, [(30, 60), (90, 40), (150, 70)])

    def disk_full(*_a, **_k):
        raise OSError("database or disk is full")

    monkeypatch.setattr(records, "record_agreement", disk_full)
    qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be saved" in window.caseworker_error.text(), timeout=20000)
    assert window.is_signing_mode() is False and window.isVisible() and window.finish_button.isEnabled()
    assert documents.list_documents(world.carla, jose.id) == []
    assert records.agreement_history(world.carla, jose.id) == []
    with world.admin.workspace.session() as s:
        assert list(s.scalars(select(Signature))) == []
