"""Issue 16 §4: high-DPI. At a scale of 2 (QT_SCALE_FACTOR, as a 200 % desktop sets it) every main view
renders at twice the pixels — grabs and the window icon have devicePixelRatio 2, so text and icon are
drawn for the screen, not scaled up — and nothing is clipped or scrolls sideways at 1366×768 (logical)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("scale", ["2", "1.5"])
def test_the_window_at_high_dpi_is_drawn_for_the_screen_and_nothing_is_clipped(tmp_path, scale):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale, "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "tests.ui.scale_driver", str(tmp_path / "shots")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    ratio = float(scale)
    assert report["app_ratio"] == ratio
    assert report["icon"] == {"ratio": ratio, "pixels": [round(32 * ratio)] * 2}  # drawn at 64 px for 32, not a 32 px one scaled
    assert len(report["grabs"]) == 6 + 5 + 1  # six plan tabs, five step-editor tabs, the services report
    for name, grab in report["grabs"].items():
        assert grab["ratio"] == ratio, name
        assert grab["pixels"] == [round(n * ratio) for n in grab["logical"]], name
    assert report["views"] == {name: [] for name in report["grabs"]}
