"""Write laid-out slides to an editable .pptx with python-pptx.

Positions, sizes and line pitch come from ``core.render.layout``; this module only
translates boxes into shapes, so the export matches what Podium shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_TICK_LABEL_POSITION
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.shapes.graphfrm import GraphicFrame
from pptx.util import Pt

from podium import paths
from podium.core.atomic import atomic_write
from podium.core.model import GUIDANCE_IN_NOTES, Preparation, Slide
from podium.core.phrasebook import phrases
from podium.core.render.layout import (
    ChartBox,
    DiagramBox,
    ImageBox,
    RectBox,
    SlideLayout,
    TableBox,
    TextBox,
    example_title,
    layout_deck,
)
from podium.core.render.value_axis import axis_from
from podium.core.text import language_tag, sanitize
from podium.export import pptx_waterfall
from podium.export.pptx_parts import remember_part_names
from podium.export.pptx_xml import fill_table, fill_text_body

if TYPE_CHECKING:
    from pptx.chart.chart import Chart
    from pptx.presentation import Presentation as PptxPresentation
    from pptx.shapes.base import BaseShape
    from pptx.slide import Slide as PptxSlide
    from pptx.text.text import TextFrame

_LAYOUT_TITLE, _LAYOUT_TITLE_ONLY = 0, 5
_CHART_TYPES = {
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
    "pie": XL_CHART_TYPE.PIE,
    "waterfall": XL_CHART_TYPE.COLUMN_STACKED,  # over an invisible base series (export.pptx_waterfall)
}


def _rgb(value: str) -> RGBColor:
    color: RGBColor = RGBColor.from_string(value.lstrip("#").upper())  # an unannotated classmethod
    return color


def _fill_text(text_frame: TextFrame, box: TextBox, lang: str = "en-GB") -> None:
    fill_text_body(text_frame._txBody, box, lang)


def _frame(box: TextBox) -> tuple[float, float]:
    """(x, width) of the text frame: the layout's box widened by ``frame_delta``, alignment kept."""
    shift = {"center": box.frame_delta / 2, "right": box.frame_delta}.get(box.align, 0.0)
    return box.x - shift, box.w + box.frame_delta


def _add_rect(slide: PptxSlide, box: RectBox, depth: int = 0) -> None:
    """A decoration rectangle, sent behind the title placeholder (``depth`` rectangles are already there)."""
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h))
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(box.fill)
    shape.line.fill.background()
    shape.shadow.inherit = False
    element = shape._element
    style = element.find(qn("p:style"))  # its effect reference draws a shadow in LibreOffice
    if style is not None:
        element.remove(style)
    tree = element.getparent()
    assert tree is not None, "a shape just added sits in the slide's shape tree"
    tree.remove(element)
    tree.insert(2 + depth, element)  # after nvGrpSpPr and grpSpPr: drawn first, under everything else


def _add_table(slide: PptxSlide, box: TableBox, lang: str = "en-GB") -> None:
    n_rows, n_cols = len(box.rows) + 1, len(box.columns)
    frame = slide.shapes.add_table(n_rows, n_cols, Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h))
    fill_table(frame.table._tbl, box, lang)


def _add_chart(slide: PptxSlide, box: ChartBox, language: str) -> None:
    block = box.chart
    series = block.series or []
    is_waterfall = block.chart_type == "waterfall"
    if is_waterfall:
        data, roles = pptx_waterfall.chart_data(box, language)
    else:
        data = CategoryChartData(number_format=block.number_format or "General")
        data.categories = [sanitize(c) or " " for c in block.categories] or [" "]
        for s in series:
            data.add_series(sanitize(s.name) or " ", list(s.values))
        if not series:
            data.add_series(" ", [0.0] * len(data.categories))
    kind = _CHART_TYPES.get(block.chart_type, XL_CHART_TYPE.COLUMN_CLUSTERED)
    # python-pptx annotates add_chart as taking its ChartData alias and returning the Chart; it takes
    # any CategoryChartData and returns the GraphicFrame that holds the chart, as its docstring says.
    frame = (Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h))
    graphic = cast(GraphicFrame, slide.shapes.add_chart(kind, *frame, data))  # type: ignore[arg-type]
    chart = graphic.chart
    chart.font.size = Pt(12)
    chart.font.name = box.font_name
    chart.font.color.rgb = _rgb(box.text)
    title = sanitize(block.title)
    if box.example:
        title = example_title(title, language)
    chart.has_title = bool(title)
    if title:
        chart.chart_title.text_frame.text = title
        for paragraph in chart.chart_title.text_frame.paragraphs:  # a title may start with a line break
            for run in paragraph.runs:
                run.font.size = Pt(14)
                run.font.bold = True
                run.font.color.rgb = _rgb(box.example_color if box.example else box.text)
    if is_waterfall:
        chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
        pptx_waterfall.style(chart, box, roles, language)
        _describe(graphic, title or "chart")
        positive_axis_ids(chart)
        return
    is_pie = block.chart_type == "pie"
    chart.has_legend = is_pie or len(series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    plot = chart.plots[0]
    if is_pie:
        for i, point in enumerate(plot.series[0].points):
            point.format.fill.solid()
            point.format.fill.fore_color.rgb = _rgb(box.colors[i % len(box.colors)])
        plot.has_data_labels = True
        plot.data_labels.number_format = "0%"
        plot.data_labels.number_format_is_linked = False
        plot.data_labels.show_percentage = True
        plot.data_labels.show_value = False
    else:
        # Axis labels sit below the plot even when values go negative, instead of over the bars.
        chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
        # The axis shows the data's number format (LibreOffice ignores a linked one), bars start at zero
        # (an axis from 165m exaggerates a 1% difference), and horizontal bars read top-down in data order.
        chart.value_axis.tick_labels.number_format = block.number_format or "General"
        chart.value_axis.tick_labels.number_format_is_linked = False
        cut = (
            axis_from(block.axis_min, [v for s in series for v in s.values])
            if block.axis_min is not None
            else None
        )
        if cut is not None:  # the chart's title says where it starts; the steps are the preview's
            axis = chart.value_axis
            axis.minimum_scale, axis.maximum_scale, axis.major_unit = cut
        elif block.chart_type in ("bar", "column") and all(v >= 0 for s in series for v in s.values):
            chart.value_axis.minimum_scale = 0
        if block.shares:  # a share runs from 0 to 100%, never to an empty 120%
            chart.value_axis.minimum_scale, chart.value_axis.maximum_scale = 0, 1
        if block.chart_type == "bar":
            chart.category_axis.reverse_order = True
            # ...with the value axis kept at the bottom (python-pptx only sets the other axis's crossing)
            chart.value_axis._element.find(qn("c:crosses")).set("val", "max")
        for i, s in enumerate(plot.series):
            color = _rgb(box.colors[i % len(box.colors)])
            if block.chart_type == "line":
                s.format.line.color.rgb = color
                s.format.line.width = Pt(2.5)
                s.smooth = False
            else:
                s.format.fill.solid()
                s.format.fill.fore_color.rgb = color
    _describe(graphic, title or "chart")
    positive_axis_ids(chart)


def positive_axis_ids(chart: Chart) -> None:
    """Renumber the chart's axis ids 1, 2, …: python-pptx writes negative ones into bar charts,
    which the schema (an unsigned int) rejects and PowerPoint offers to repair."""
    space = chart._chartSpace
    ids = space.findall(".//" + qn("c:axId")) + space.findall(".//" + qn("c:crossAx"))
    numbers: dict[str, str] = {}
    for element in ids:
        old = element.get("val", "")
        element.set("val", numbers.setdefault(old, str(len(numbers) + 1)))


def _add_image(slide: PptxSlide, box: ImageBox) -> None:
    if box.path:
        picture = slide.shapes.add_picture(box.path, Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h))
        _describe(picture, box.alt)
        return
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h))
    shape.fill.background()
    shape.line.color.rgb = _rgb("#9AA5B1")
    shape.line.dash_style = 4  # dash
    shape.text_frame.text = box.alt or "Image"


def _describe(shape: BaseShape, text: str) -> None:
    """The shape's alternative text (``descr`` on its p:cNvPr), which python-pptx has no setter for."""
    shape._element._nvXxPr.cNvPr.set("descr", text)  # p:nvPicPr, p:nvGraphicFramePr, …: the first child


def _drop_style(shape: BaseShape) -> None:
    """Remove the theme style reference: LibreOffice draws its shadow even under an empty effect list."""
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)


def _add_diagram(slide: PptxSlide, box: DiagramBox, lang: str) -> None:
    for shape in box.shapes:
        if shape.shape == "line":
            connector = slide.shapes.add_connector(
                MSO_CONNECTOR.STRAIGHT, Pt(shape.x), Pt(shape.y), Pt(shape.x + shape.w), Pt(shape.y + shape.h)
            )
            connector.line.color.rgb = _rgb(shape.line or "#000000")
            connector.line.width = Pt(1.5)
            _drop_style(connector)
            continue
        kind = MSO_SHAPE.OVAL if shape.shape == "ellipse" else MSO_SHAPE.RECTANGLE
        if not (shape.fill or shape.line) and shape.text is not None:
            element = slide.shapes.add_textbox(Pt(shape.x), Pt(shape.y), Pt(shape.w), Pt(shape.h))
        else:
            element = slide.shapes.add_shape(kind, Pt(shape.x), Pt(shape.y), Pt(shape.w), Pt(shape.h))
            element.shadow.inherit = False
            _drop_style(element)
            if shape.fill:
                element.fill.solid()
                element.fill.fore_color.rgb = _rgb(shape.fill)
            else:
                element.fill.background()
            if shape.line:
                element.line.color.rgb = _rgb(shape.line)
                element.line.width = Pt(1)
            else:
                element.line.fill.background()
        if shape.text is not None:
            text = shape.text
            frame = element.text_frame
            _fill_text(frame, text, lang)
            # The shape's own inset replaces the layout's padding, so lines break where Podium shows.
            inset, delta = text.x - shape.x, text.frame_delta
            left = max(0.0, inset - {"center": delta / 2, "right": delta}.get(text.align, 0.0))
            frame.margin_left = Pt(left)
            frame.margin_right = Pt(max(0.0, 2 * inset - delta - left))
            frame.margin_top = frame.margin_bottom = Pt(text.y - shape.y)


def _notes_text(slide: Slide, language: str, include_guidance: bool) -> str:
    parts = [sanitize(slide.notes)]
    if include_guidance and slide.guidance:
        parts.append(phrases(language).say("deck.notes_guidance", guidance=sanitize(slide.guidance)))
    return "\n\n".join(p for p in parts if p)


def _write_slide(
    prs: PptxPresentation, slide_model: Slide, laid: SlideLayout, language: str, include_guidance: bool
) -> None:
    is_title = slide_model.kind in ("title", "section")
    lang = language_tag(language)
    layout = prs.slide_layouts[_LAYOUT_TITLE if is_title else _LAYOUT_TITLE_ONLY]
    slide = prs.slides.add_slide(layout)
    if slide_model.key:  # the slide's stable key, so a reader of the file can tell the slides apart
        slide.name = sanitize(slide_model.key)
    slide.background.fill.solid()
    slide.background.fill.fore_color.rgb = _rgb(laid.background)
    title_ph = slide.shapes.title
    subtitle_done = False
    rects = 0
    for box in laid.boxes:
        if isinstance(box, RectBox):
            if not (box.x == 0 and box.y == 0 and box.w == laid.width and box.h == laid.height):
                # (the full-slide rectangle is the background, set above)
                _add_rect(slide, box, rects)
                rects += 1
        elif isinstance(box, TextBox) and box is laid.title and title_ph is not None:
            x, w = _frame(box)
            title_ph.left, title_ph.top, title_ph.width, title_ph.height = Pt(x), Pt(box.y), Pt(w), Pt(box.h)
            _fill_text(title_ph.text_frame, box, lang)
        elif isinstance(box, TextBox) and box.role == "subtitle" and is_title and not subtitle_done:
            sub = next((p for p in slide.placeholders if p.placeholder_format.idx == 1), None)
            target = sub if sub is not None else slide.shapes.add_textbox(0, 0, 1, 1)
            x, w = _frame(box)
            target.left, target.top, target.width, target.height = Pt(x), Pt(box.y), Pt(w), Pt(box.h)
            _fill_text(target.text_frame, box, lang)
            subtitle_done = True
        elif isinstance(box, TextBox):
            x, w = _frame(box)
            shape = slide.shapes.add_textbox(Pt(x), Pt(box.y), Pt(w), Pt(box.h))
            _fill_text(shape.text_frame, box, lang)
        elif isinstance(box, TableBox):
            _add_table(slide, box, lang)
        elif isinstance(box, ChartBox):
            _add_chart(slide, box, language)
        elif isinstance(box, ImageBox):
            _add_image(slide, box)
        elif isinstance(box, DiagramBox):
            _add_diagram(slide, box, lang)
    # An empty subtitle placeholder would show "Click to add subtitle" in PowerPoint.
    for placeholder in list(slide.placeholders):
        if placeholder.placeholder_format.idx != 0 and not placeholder.has_text_frame:
            continue
        if placeholder.placeholder_format.idx != 0 and not placeholder.text_frame.text:
            placeholder._element.getparent().remove(placeholder._element)
    slide.notes_slide.notes_text_frame.text = _notes_text(slide_model, language, include_guidance)


def base_template(aspect: str) -> Path:
    return paths.themes_dir() / ("base-4x3.pptx" if aspect == "4:3" else "base-16x9.pptx")


def build_presentation(prep: Preparation, *, include_guidance: bool = GUIDANCE_IN_NOTES) -> PptxPresentation:
    """A python-pptx Presentation of ``prep``'s deck (not yet saved)."""
    deck = prep.deck
    prs = Presentation(str(base_template(deck.aspect)))
    remember_part_names(prs)  # linear in slides, not quadratic
    laid_out = layout_deck(deck, language=prep.language, brand=prep.brand_color, footer=prep.company)
    for slide_model, laid in zip(deck.slides, laid_out, strict=True):
        _write_slide(prs, slide_model, laid, prep.language, include_guidance)
    props = prs.core_properties
    props.title = sanitize(deck.slides[0].title if deck.slides else prep.company)
    props.author = "Podium"
    props.language = language_tag(prep.language)
    return prs


def write_pptx(prep: Preparation, target: Path, *, include_guidance: bool = GUIDANCE_IN_NOTES) -> Path:
    """Export ``prep``'s deck to ``target`` atomically; returns the path written."""
    prs = build_presentation(prep, include_guidance=include_guidance)
    return atomic_write(Path(target), lambda tmp: prs.save(str(tmp)))
