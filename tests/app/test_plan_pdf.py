"""The printed plan (customer copy): text read back with pypdf, signature images present."""
from __future__ import annotations

import datetime as dt
import io
import struct
import zlib

import pytest
from pypdf import PdfReader

from app.errors import NotFound, ValidationError
from app.reports.plan_pdf import SignatureImage, collect_plan, plan_pdf, render_plan
from app.services import outcomes, participants, records, signatures


def tiny_png(width=60, height=20) -> bytes:
    """A real PNG without Qt (the app layer's tests never start a QApplication)."""
    raw = b"".join(b"\x00" + bytes([20, 30, 90] * width) for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _text(data: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), reader


def test_customer_copy_holds_the_plan(world):
    jose = world.participant(career_pathway="Manufacturing", occupation_1="Welder", wage_goal=22.5, planner_id=None, program="Youth")
    goal = world.goal(jose.id)
    world.service(jose.id, goal.id)
    second = world.goal(jose.id, statement="Arrange reliable transportation to work", category="Support Services")
    world.service(jose.id, second.id, item_name="Job Readiness", weekly_hours=6.0)
    records.add_credential(world.carla, jose.id, name="OSHA-10", source="Copy of Certificate", attained_on=dt.date(2026, 3, 2),
                           kind="Occupational Certification", institution="Lincoln Land CC", description="Safety")
    outcomes.add_skill_gain(world.carla, jose.id, kind="Training Milestone", attained_on=dt.date(2026, 3, 9), comment="First OJT milestone met.",
                            file_name="report.pdf", file_data=b"%PDF")
    text, reader = _text(plan_pdf(world.carla, jose.id))
    assert "Measurable skill gains" in text and "Training Milestone" in text and "First OJT milestone met." in text
    assert "ISS Career Plan — Customer copy" in text and "Individual Service Strategy" in text
    assert "José Ñúñez" in text and "Manufacturing" in text and "Welder" in text and "$22.50 per hour" in text
    assert "Goal 1. Earn a CDL Class A license" in text and "Goal 2. Arrange reliable transportation to work" in text
    assert "Vocational Training" in text and "Job Readiness" in text and "OSHA-10" in text and "03/02/2026" in text
    assert "XXX-XX-4321" in text and "Participant signature" in text
    assert f"Page 1 of {len(reader.pages)}" in text
    assert sum(len(p.images) for p in reader.pages) == 0


def test_signed_copy_shows_both_signature_images(world):
    jose = world.participant()
    world.goal(jose.id)
    when = dt.datetime(2026, 11, 20, 10, 0)
    signed = [SignatureImage("participant", "José Ñúñez", when, tiny_png()), SignatureImage("caseworker", "Carla Caseworker", when, tiny_png(70))]
    text, reader = _text(render_plan(collect_plan(world.carla, jose.id), signed))
    assert sum(len(p.images) for p in reader.pages) == 2
    assert "11/20/2026" in text and "Signed electronically" in text


def test_ten_goals_forty_steps_paginate(world):
    jose = world.participant()
    for g in range(10):
        goal = world.goal(jose.id, statement=f"Goal number {g} of a long plan")
        for _ in range(4):
            world.service(jose.id, goal.id)
    text, reader = _text(plan_pdf(world.carla, jose.id))
    assert len(reader.pages) >= 3 and "Goal 10. Goal number 9 of a long plan" in text
    assert text.count("Vocational Training") == 40
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text


def test_scope_and_signature_rules(world):
    jose = world.participant()
    with pytest.raises(NotFound):
        plan_pdf(world.bob, jose.id)
    with pytest.raises(ValidationError) as error:
        signatures.sign_plan(world.carla, jose.id, "witness", " ", [], b"")
    assert [p.field for p in error.value.problems] == ["signer_role", "signer_name", "strokes"]
    with pytest.raises(ValidationError) as error:
        signatures.sign_plan(world.carla, jose.id, "participant", "José", [[(1, 2), (3, 4)]], b"GIF89a")
    assert error.value.for_field("png") == ["Signature image is missing."]
    signature = signatures.sign_plan(world.carla, jose.id, "participant", "José Ñúñez", [[(1, 2), (3, 4)]], tiny_png())
    assert signatures.signature_png(world.carla, signature) == tiny_png()
    assert signature.strokes == "[[[1, 2], [3, 4]]]"
    participants.get_participant(world.carla, jose.id)
