"""Shared by the benchmarks: an in-memory keyring, file sizes, the `--participants` flag, and how a
figure is printed (beside its goal, its ratio to a floor measured in the same run, and the load).

The machine is shared: every figure line carries the load average at the moment it was printed, and
a ratio to a floor timed in the same run means more than the figure alone.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

PASSWORD = "bench-password"
#: the caseload sizes the benchmarks know goals for (README, issue 17)
SIZES = (2000, 10000, 25000)


def use_memory_keyring() -> None:
    """Benchmarks never touch the real keyring."""
    import keyring

    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())


def file_size(path: Path) -> int:
    """The database with its -wal and -shm files."""
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


def add_participants(parser: argparse.ArgumentParser, default: int = 2000) -> None:
    """The one `--participants` flag every benchmark takes (`make bench` 2,000, `make bench-10k` 10,000)."""
    parser.add_argument("--participants", type=int, default=default,
                        help=f"caseload size (default {default}; the goals are set for {', '.join(f'{n:,}' for n in SIZES)})")


def load_average() -> str:
    """'load 3.10 2.85 2.40 on 2 cores': printed beside every figure."""
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def figure(name: str, value: float, unit: str, *, goal: float | None = None, floor: float | None = None,
           floor_name: str = "floor", cpu: float | None = None, higher_is_better: bool = False) -> str:
    """One printed line: the figure, its goal (met or NOT met), its ratio to the floor measured in the
    same run, the CPU time when it was measured, and the load average. Returns the line it printed."""
    parts = [f"{name}: {_num(value)} {unit}"]
    if cpu is not None:
        parts.append(f"(CPU {_num(cpu)} {unit})")
    if goal is not None:
        met = value >= goal if higher_is_better else value <= goal
        parts.append(f"goal {'≥' if higher_is_better else '≤'} {_num(goal)} {unit}: {'met' if met else 'NOT met'}")
    if floor is not None:
        ratio = f"{value / floor:.2f}×" if floor > 0 else "n/a"
        parts.append(f"{floor_name} {_num(floor)} {unit}, ratio {ratio}")
    line = " · ".join(parts) + f" · {load_average()}"
    print(line, flush=True)
    return line


def _num(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"
