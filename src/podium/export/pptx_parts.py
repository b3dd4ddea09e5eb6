"""New part names in constant time, so writing a deck grows linearly with its slides.

python-pptx names each new part (a notes slide, a chart, its workbook, a theme) by walking every
part of the package for the names taken so far: quadratic in the slides, and at 200 slides the
largest single cost of the export. Here one package remembers the names per kind of part (the
walk runs once per kind) and every name it hands out, and returns the name python-pptx would
have chosen.
"""

from __future__ import annotations

from pptx.opc.package import OpcPackage
from pptx.opc.packuri import PackURI
from pptx.presentation import Presentation


def remember_part_names(prs: Presentation) -> None:
    """Make ``prs``'s package name new parts from the names it has seen rather than by a walk."""
    package: OpcPackage = prs.part.package
    taken: dict[str, set[str]] = {}

    def next_partname(tmpl: str) -> PackURI:
        prefix = tmpl[: (tmpl % 42).find("42")]
        names = taken.get(prefix)
        if names is None:  # the one walk for this kind of part
            names = taken[prefix] = {
                p.partname for p in package.iter_parts() if p.partname.startswith(prefix)
            }
        for n in range(len(names) + 1, 0, -1):  # python-pptx's choice: the highest free number
            candidate = tmpl % n
            if candidate not in names:
                names.add(candidate)  # names handed out are taken: the caller makes that part
                return PackURI(candidate)
        raise AssertionError("unreachable: one of len(names) + 1 numbers is free")

    package.next_partname = next_partname  # type: ignore[method-assign]  # this package only
