"""The form helper shows each problem beside its field."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit

from app.errors import FieldError, ValidationError
from ui.forms import DateField, Form, combo


def test_errors_appear_beside_their_fields(qtbot):
    form = Form()
    qtbot.addWidget(form)
    form.add("statement", "Goal statement*", QLineEdit())
    form.add("category", "Category*", combo(["Career Plan", "Support Services"]))
    form.show()
    form.show_errors(ValidationError([FieldError("statement", "Goal statement is required."), FieldError("other", "Something else.")]))
    assert form.error_text("statement") == "Goal statement is required."
    assert form.error_text("category") == ""
    assert form.banner.text() == "Something else." and form.banner.isVisible()


def test_bad_date_is_reported_for_its_field(qtbot):
    form = Form()
    qtbot.addWidget(form)
    field = form.add("planned_start", "Planned start*", DateField())
    field.setText("13/45/2026")
    try:
        form.values()
        raise AssertionError("expected a ValidationError")
    except ValidationError as error:
        assert error.for_field("planned_start") == ["Planned start must be a real date written MM/DD/YYYY (got “13/45/2026”)."]
    field.setText("03/02/2026")
    assert form.values() == {"planned_start": dt.date(2026, 3, 2)}
