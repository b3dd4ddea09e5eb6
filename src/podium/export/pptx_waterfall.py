"""A waterfall (a bridge) as a native chart: stacked columns over an invisible base series.

python-pptx has no waterfall type, and PowerPoint's own (2016) is not read by LibreOffice. A
stacked column chart whose first series has no fill is what analysts build by hand; both
programs render it and the data stays editable. The geometry, the axis and the label colours
come from ``core.render.waterfall``, which the painter uses too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_LEGEND_POSITION
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn

from podium.core.phrasebook import phrases
from podium.core.render import waterfall as wf
from podium.core.render.layout import ChartBox
from podium.core.render.numformat import render
from podium.core.render.theme import readable_on
from podium.core.text import sanitize

if TYPE_CHECKING:
    from pptx.chart.chart import Chart


def chart_data(box: ChartBox, language: str) -> tuple[CategoryChartData, list[str]]:
    """The stacked series of ``box``'s waterfall and the role of each ('base', 'total', 'up', …)."""
    block = box.chart
    values = list(block.series[0].values) if block.series else []
    data = CategoryChartData(number_format=block.number_format or "General")
    data.categories = [sanitize(c) or " " for c in block.categories] or [" "]
    stacked = wf.stacked(values or [0.0])
    names = _series_names(box, language)
    used = [name for name in wf.SERIES if name in ("base", wf.TOTAL) or any(stacked[name])]
    for name in used:
        data.add_series(names[name], stacked[name])
    return data, used


def _series_names(box: ChartBox, language: str) -> dict[str, str]:
    said = phrases(language)
    good, bad = said.say("chart.favourable"), said.say("chart.unfavourable")
    up, down = (good, bad) if box.chart.increase_good else (bad, good)
    total = sanitize(box.chart.series[0].name) if box.chart.series else ""
    return {
        "base": " ",
        wf.TOTAL: total or " ",
        wf.UP: up,
        wf.DOWN: down,
        wf.UP + "_below": up,
        wf.DOWN + "_below": down,
    }


def _color(box: ChartBox, role: str) -> str:
    if role == wf.TOTAL:
        return box.colors[0]
    up = role.startswith(wf.UP)
    return box.good if up == box.chart.increase_good else box.bad


def _text_props(color: str, size: int = 1100) -> str:
    return (
        "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>"
        f'<a:defRPr sz="{size}" b="1"><a:solidFill><a:srgbClr val="{_hex(color)}"/>'
        '</a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>'
    )


_SHOW = (
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>'
    '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>'
)


def _labels(box: ChartBox, role: str, values: list[float], span: float, code: str, language: str) -> str:
    """The series' data labels: centred in each bar, white (or black) inside a tall bar, else in text colour."""
    fmt = f'<c:numFmt formatCode="{_escape(wf.label_format(code, role))}" sourceLinked="0"/>'
    fill = _color(box, role)
    found = wf.bars(values)
    points = ""
    for i, bar in enumerate(found):
        if not _role_of(bar, role):
            continue
        color = readable_on(fill) if wf.white_label(bar, span) else box.text
        if bar.kind != wf.TOTAL and bar.low < 0 < bar.high:
            # Split at zero, the bar's part above zero cannot show the whole change: write it out.
            text = render(bar.value, wf.label_format(code, role), language)
            points += (
                f'<c:dLbl><c:idx val="{i}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r>'
                f'<a:rPr lang="en-US" sz="1100" b="1"><a:solidFill><a:srgbClr val="{_hex(color)}"/>'
                f"</a:solidFill></a:rPr><a:t>{_escape(text)}</a:t></a:r></a:p></c:rich></c:tx>"
                f'<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:dLblPos val="ctr"/>{_SHOW}</c:dLbl>'
            )
        elif color != box.text:
            points += (
                f'<c:dLbl><c:idx val="{i}"/>{fmt}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>'
                f'{_text_props(color)}<c:dLblPos val="ctr"/>{_SHOW}</c:dLbl>'
            )
    return (
        f"<c:dLbls {nsdecls('c', 'a')}>{points}{fmt}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
        f'{_text_props(box.text)}<c:dLblPos val="ctr"/>{_SHOW}</c:dLbls>'
    )


def _role_of(bar: wf.Bar, role: str) -> bool:
    """Whether ``bar`` is drawn (and labelled) by the series ``role``."""
    if role == wf.TOTAL:
        return bar.kind == wf.TOTAL
    if role.endswith("_below"):
        return False  # the label sits on the bar's part above zero
    return bar.kind == role


def _hex(color: str) -> str:
    return color.lstrip("#").upper()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def style(chart: Chart, box: ChartBox, roles: list[str], language: str) -> None:
    """Colours, labels, axis and legend of a waterfall chart just added from ``chart_data``."""
    block = box.chart
    values = list(block.series[0].values) if block.series else [0.0]
    start, end, step = wf.axis(values, block.axis_min)
    code = wf.plain_format(block.number_format, values)
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.overlap = 100
    axis = chart.value_axis
    axis.minimum_scale, axis.maximum_scale, axis.major_unit = start, end, step
    axis.has_major_gridlines = True
    axis.tick_labels.number_format = code
    axis.tick_labels.number_format_is_linked = False
    for series, role in zip(plot.series, roles, strict=True):
        series.invert_if_negative = False
        series.format.line.fill.background()  # else a hairline marks the zero-height slots
        if role == "base":
            series.format.fill.background()
            continue
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = _rgb(_color(box, role))
        if role.endswith("_below"):
            continue
        dlbls = series._element.get_or_add_dLbls()
        replacement = parse_xml(_labels(box, role, values, end - start, code, language))
        dlbls.getparent().replace(dlbls, replacement)
    hidden = [
        i
        for i, (series, role) in enumerate(zip(plot.series, roles, strict=True))
        if role in ("base", wf.TOTAL) or role.endswith("_below") or not any(series.values)
    ]
    shown = len(roles) - len(hidden)
    chart.has_legend = shown > 0
    if shown:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        legend = chart.legend._element
        position = legend.find(qn("c:legendPos"))
        at = list(legend).index(position) + 1 if position is not None else 0
        for offset, i in enumerate(hidden):
            entry = parse_xml(
                f'<c:legendEntry {nsdecls("c")}><c:idx val="{i}"/><c:delete val="1"/></c:legendEntry>'
            )
            legend.insert(at + offset, entry)


def _rgb(value: str) -> RGBColor:
    color: RGBColor = RGBColor.from_string(value.lstrip("#").upper())  # an unannotated classmethod
    return color
