"""app/profile.py and app/startup.py no longer import each other (issue 11): the profile folder's names
live in app/profile_folder.py, which imports neither; only start-up's step 2 imports app.profile."""
from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
    return names


def test_the_profile_does_not_import_start_up_and_the_folder_module_imports_neither():
    assert "app.startup" not in imported(APP / "profile.py")
    assert not imported(APP / "profile_folder.py") & {"app.startup", "app.profile"}
    assert "app.profile" in imported(APP / "startup.py")  # step 2, lazily: one direction only
