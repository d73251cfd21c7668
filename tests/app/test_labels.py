"""One place turns a stored value into the words a reader sees (issue 15): app.labels. The stored value is the
canonical English one; its label follows the UI language, or the language asked for (a participant's)."""
from __future__ import annotations

import json
from pathlib import Path

from app import domain, i18n, labels, rubric

VOCABULARIES = ("PROGRAMS", "ENROLLMENT_STATUSES", "GOAL_CATEGORIES", "GOAL_TERMS", "GOAL_STATUSES", "SERVICE_STATUSES",
                "PAYMENT_METHODS", "CREDENTIAL_SOURCES", "CREDENTIAL_TYPES", "NOTE_DELIVERIES", "AGREEMENT_STATUSES",
                "DOCUMENT_KINDS", "STORED_KINDS", "ASSESSMENT_SECTIONS", "ASSESSMENT_STATUSES", "POSITION_TYPES",
                "PLACEMENT_STATUSES", "SKILL_GAIN_KINDS", "EDUCATION_LEVELS", "EXIT_REASONS")


def test_every_value_of_every_vocabulary_has_a_label_in_the_catalog():
    """A value added to app/domain.py without its N_ line in app/labels.py would show English in a Spanish window."""
    listed = set(labels.VOCABULARY)
    every = {value for name in VOCABULARIES for value in getattr(domain, name)}
    assert every - listed == set()
    assert set(domain.ROLE_LABELS.values()) <= listed
    assert {*rubric.LEVELS, *rubric.CATEGORIES} <= listed
    catalog = json.loads((Path(__file__).resolve().parents[2] / "resources" / "catalog.json").read_text(encoding="utf-8"))
    assert {item["service_type"] for item in catalog} <= listed
    import db.models  # noqa: F401 - every model on the registry
    from db.base import Base

    assert {getattr(m.class_, "__label__", "record") for m in Base.registry.mappers} <= listed  # what the Update Log names
    names = {name for name in dir(domain) if name.isupper() and isinstance(getattr(domain, name), tuple)
             and all(isinstance(v, str) for v in getattr(domain, name))}
    assert names - set(VOCABULARIES) == {"ROLES", "PROVIDER_KINDS", "COMPLETION_STATUSES", "SIGNED_STATUSES"}  # codes or subsets
    es = i18n.translation("es")
    untranslated = [v for v in labels.VOCABULARY if es.gettext(v) == v and v not in ("NOCTI", "Aptitudes")]  # the same word in Spanish
    assert untranslated == []


def test_a_label_follows_the_ui_language_or_the_language_asked_for():
    assert i18n.current_language() == "en"
    assert labels.label("On Track") == "On Track"
    assert labels.label("On Track", "es") == "En camino"
    assert labels.label("Planned/Not Started", "es") == "Previsto/Sin empezar"
    assert labels.role_label("caseworker", "es") == "Planificador de carrera"
    assert labels.choices(domain.GOAL_TERMS, "es") == [("Corto plazo", "Short Term"), ("Largo plazo", "Long Term")]
    i18n.set_language("es")
    try:
        assert labels.label("Career Plan") == "Plan de carrera"
        assert labels.label("Diploma") == "Copia del diploma"  # an older laptop's short name reads as the seed's
        assert labels.label("Earn a CDL Class A license") == "Earn a CDL Class A license"  # free text stays as typed
        assert labels.label(None) == "" and labels.label("") == ""
    finally:
        i18n.set_language("en")
