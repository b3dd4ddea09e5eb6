"""DrawingML for text and tables, written as XML in one go.

python-pptx's object API rebuilds and searches the XML tree for every property
set on every run, which made text the slowest part of an export (about 3x raw
python-pptx for a 12-slide deck). Emitting each text body's paragraphs, and
each table's rows, as one XML fragment keeps the same result at a fraction of
the cost. Every string here has already been through ``core.text.sanitize``.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from lxml import etree
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn

from podium.core.render.layout import TableBox, TextBox
from podium.core.render.measure import LINE_HEIGHT

_ALIGN = {"left": "l", "center": "ctr", "right": "r"}
_ANCHOR = {"top": "t", "middle": "ctr", "bottom": "b"}
EMU_PER_PT = 12700


def emu(points: float) -> int:
    return round(points * EMU_PER_PT)


def _hex(color: str) -> str:
    return color.lstrip("#").upper()


def _run(text: str, size: float, color: str, font: str, *, bold: bool, italic: bool, lang: str) -> str:
    return (
        f'<a:r><a:rPr lang="{lang}" sz="{round(size * 100)}" b="{int(bold)}" i="{int(italic)}" dirty="0">'
        f'<a:solidFill><a:srgbClr val="{_hex(color)}"/></a:solidFill>'
        f'<a:latin typeface="{escape(font)}"/><a:cs typeface="{escape(font)}"/></a:rPr>'
        f"<a:t>{escape(text)}</a:t></a:r>"
    )


def _paragraph(box: TextBox, index: int, lang: str) -> str:
    para = box.paras[index]
    indent = box.indent(para)
    spacing = (
        f'<a:lnSpc><a:spcPts val="{round(box.size * LINE_HEIGHT * 100)}"/></a:lnSpc>'
        f'<a:spcBef><a:spcPts val="{round(box.para_space() * 100) if index else 0}"/></a:spcBef>'
        '<a:spcAft><a:spcPts val="0"/></a:spcAft>'
    )
    if para.bullet:
        ppr = (
            f'<a:pPr marL="{emu(indent)}" indent="{-emu(box.size * 0.9)}" algn="{_ALIGN.get(box.align, "l")}">'
            f'{spacing}<a:buFont typeface="Arial"/><a:buChar char="\u2022"/></a:pPr>'
        )
    else:
        ppr = f'<a:pPr marL="0" indent="0" algn="{_ALIGN.get(box.align, "l")}">{spacing}<a:buNone/></a:pPr>'
    color = box.example_color if para.example else box.color
    run = _run(para.text, box.size, color, box.font_name, bold=box.bold, italic=para.example, lang=lang)
    end = f'<a:endParaRPr lang="{lang}" sz="{round(box.size * 100)}" dirty="0"/>'
    return f"<a:p>{ppr}{run if para.text else ''}{end}</a:p>"


def fill_text_body(tx_body: etree._Element, box: TextBox, lang: str) -> None:
    """Replace ``tx_body``'s paragraphs with ``box``'s, and set insets, wrap, anchor and no autofit."""
    body_pr = tx_body.find(qn("a:bodyPr"))
    if body_pr is None:  # the schema requires it first in a text body; python-pptx always writes one
        body_pr = etree.Element(qn("a:bodyPr"))
        tx_body.insert(0, body_pr)
    for name in ("lIns", "tIns", "rIns", "bIns"):
        body_pr.set(name, "0")
    body_pr.set("wrap", "square")
    body_pr.set("anchor", _ANCHOR.get(box.anchor, "t"))
    for child in list(body_pr):
        body_pr.remove(child)
    etree.SubElement(body_pr, qn("a:noAutofit"))
    for p in tx_body.findall(qn("a:p")):
        tx_body.remove(p)
    paragraphs = "".join(_paragraph(box, i, lang) for i in range(len(box.paras))) or "<a:p/>"
    fragment = parse_xml(f"<a:txBody {nsdecls('a')}>{paragraphs}</a:txBody>")
    for p in fragment:
        tx_body.append(p)


def _cell(text: str, box: TableBox, row: int, col: int, lang: str) -> str:
    example = box.example and row > 0
    if row == 0:
        fill, color = box.header_fill, box.header_text
    else:
        fill, color = (box.row_alt_fill if row % 2 else box.row_fill), box.cell_color(row - 1, col)
    pad = emu(box.padding)
    # The right inset absorbs the column's wrap tolerance, so cells break where Podium breaks them.
    deltas = box.cell_deltas[row] if row < len(box.cell_deltas) else []
    delta = deltas[col] if col < len(deltas) else 0.0
    pad_right = emu(max(0.0, box.padding - delta))
    spacing = f'<a:lnSpc><a:spcPts val="{round(box.size * LINE_HEIGHT * 100)}"/></a:lnSpc>'
    run = _run(text, box.size, color, box.font_name, bold=row == 0, italic=example, lang=lang) if text else ""
    return (
        f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr>{spacing}</a:pPr>{run}"
        f'<a:endParaRPr lang="{lang}" sz="{round(box.size * 100)}" dirty="0"/></a:p></a:txBody>'
        f'<a:tcPr marL="{pad}" marR="{pad_right}" marT="{pad}" marB="{pad}" anchor="ctr">'
        f'<a:solidFill><a:srgbClr val="{_hex(fill)}"/></a:solidFill></a:tcPr></a:tc>'
    )


def fill_table(tbl: etree._Element, box: TableBox, lang: str) -> None:
    """Replace the grid and rows of a python-pptx ``a:tbl`` with ``box``'s columns and cells."""
    for child in list(tbl):
        if child.tag in (qn("a:tblGrid"), qn("a:tr")):
            tbl.remove(child)
    grid = "".join(f'<a:gridCol w="{emu(w)}"/>' for w in box.col_widths)
    values = [box.columns, *box.rows]
    rows = "".join(
        f'<a:tr h="{emu(height)}">'
        + "".join(
            _cell(values[r][c] if c < len(values[r]) else "", box, r, c, lang)
            for c in range(len(box.columns))
        )
        + "</a:tr>"
        for r, height in enumerate(box.row_heights)
    )
    fragment = parse_xml(f"<a:tbl {nsdecls('a')}><a:tblGrid>{grid}</a:tblGrid>{rows}</a:tbl>")
    for child in fragment:
        tbl.append(child)
