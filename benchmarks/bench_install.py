"""The default install: Podium and the runtime dependencies it requires (no extras), as installed
in this environment, against the issue's budget of 400 MB. Each distribution's size is the disk
space of the files its installer recorded (``importlib.metadata``) and of their compiled bytecode,
as ``du`` counts it, so what ``pip install podium`` brings is counted without building a second
environment."""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from benchmarks.common import Result

BUDGET_MB = 400.0


@dataclass
class SizeResult(Result):
    """A Result in megabytes: ``median`` and ``baseline`` hold MB, not seconds."""

    def row(self) -> str:
        goal = f"≤ {self.target:g}x" if self.target else ""
        verdict = "" if self.target is None else ("ok" if self.ratio <= self.target else "BIG")
        return (f"| {self.name} | {self.median:.0f} MB | {self.baseline_name} | {self.baseline:.0f} MB "
                f"| {self.ratio:.2f}x | {goal} {verdict} |")  # fmt: skip


def _name(requirement: str) -> str | None:
    """The distribution a requirement names, or None for one that only an extra asks for."""
    if "extra ==" in requirement:
        return None
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    return match.group(0).lower().replace("_", "-") if match else None


def _disk(path: Path) -> int:
    try:
        return path.stat().st_blocks * 512
    except OSError:
        return 0


def runtime_closure(root: str = "podium") -> dict[str, float]:
    """Every distribution ``root`` needs at run time, by name, with its installed size in MB."""
    sizes: dict[str, float] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        if name in sizes:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        files = {Path(str(file.locate())) for file in dist.files or []}
        files |= {
            Path(importlib.util.cache_from_source(str(f))) for f in files if f.suffix == ".py"
        }  # bytecode
        sizes[name] = sum(_disk(f) for f in files) / 2**20
        todo += [n for n in (_name(r) for r in dist.requires or []) if n and n not in sizes]
    return sizes


def run() -> list[Result]:
    sizes = runtime_closure()
    largest = ", ".join(f"{n} {mb:.0f}" for n, mb in sorted(sizes.items(), key=lambda kv: -kv[1])[:4])
    return [SizeResult(f"default install: Podium and its runtime dependencies ({largest} MB)",
                       sum(sizes.values()), "the issue's budget", BUDGET_MB, target=1.0)]  # fmt: skip


if __name__ == "__main__":
    from benchmarks.common import HEADER

    print(HEADER)
    for result in run():
        print(result.row())
