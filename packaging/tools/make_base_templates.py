"""Build the shipped base .pptx files (16:9 and 4:3) from python-pptx's default template.

Setting ``slide_width`` alone leaves the masters' placeholders off-centre, so every
master and layout shape is scaled horizontally too. Run once; the output is committed
under resources/themes/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu

HEIGHT = Emu(6858000)  # 7.5 in
WIDTHS = {"16x9": Emu(12192000), "4x3": Emu(9144000)}


def build(aspect: str, out: Path) -> None:
    prs = Presentation()
    old_width = prs.slide_width
    new_width = WIDTHS[aspect]
    scale = new_width / old_width
    prs.slide_width, prs.slide_height = new_width, HEIGHT
    for master in prs.slide_masters:
        containers = [master, *master.slide_layouts]
        for container in containers:
            for shape in container.shapes:
                xfrm = shape._element.spPr.find(qn("a:xfrm"))
                if xfrm is not None and xfrm.find(qn("a:off")) is not None:  # own position only
                    shape.left = Emu(int(shape.left * scale))
                    shape.width = Emu(int(shape.width * scale))
    prs.core_properties.title = "Podium base template"
    prs.core_properties.author = "Podium"
    prs.save(out)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/themes")
    target.mkdir(parents=True, exist_ok=True)
    for aspect in WIDTHS:
        build(aspect, target / f"base-{aspect}.pptx")
        print("wrote", target / f"base-{aspect}.pptx")
