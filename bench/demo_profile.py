"""The 2,000-participant demo profile the report benchmarks share: generated ONCE into bench/out/.

Generating it takes minutes (every row goes through the services, as in real use); later runs reuse it.
No keyring is assumed: the profile key is wrapped by a fixed benchmark passphrase.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

OUT = Path(__file__).parent / "out"
PROFILE = OUT / "demo2000"
PASSWORD = "bench-password-123"
PASSPHRASE = "bench passphrase 2000"
PARTICIPANTS = 2000


def open_demo(participants: int = PARTICIPANTS):
    """(workspace, admin ctx), generating the profile the first time."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # never the developer's keyring: the passphrase path
    from app import demo
    from app.profile import create_profile, open_profile, profile_exists

    if profile_exists(PROFILE) and (PROFILE / "complete").exists():
        workspace = open_profile(PROFILE, PASSPHRASE)
        return workspace, workspace.as_user("admin")
    if PROFILE.exists():
        import shutil

        shutil.rmtree(PROFILE)
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    workspace = create_profile(PROFILE, "admin", PASSWORD, passphrase=PASSPHRASE, admin_full_name="Bench Admin")
    ctx = workspace.as_user("admin")
    print(f"generating {participants} demo participants into {PROFILE} (once; takes minutes)…", file=sys.stderr)
    demo.generate(ctx, participants, password=PASSWORD, progress=lambda d, t: print(f"\r{d}/{t}", end="", file=sys.stderr, flush=True)
                  if d % 100 == 0 or d == t else None)
    (PROFILE / "complete").write_text("ok")
    print(f"\ngenerated in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return workspace, ctx


if __name__ == "__main__":
    open_demo()
