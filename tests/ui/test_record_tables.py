"""Record tables in forms, typed into with real keys: every value stays in its own cell and nothing overlaps.

The tables grow with their rows inside scrolling forms (the Campaign tab, the slide form's chart
grid); a layout that did not follow used to draw the Add / Remove buttons and hints over the table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from podium.core.model import ChartBlock, Series
from podium.core.storage.store import Store
from podium.roles.marketing.ui.panel import MarketingPanel
from podium.ui.common.session import PreparationSession
from podium.ui.deck_editor.grid import GridEditor, format_number
from tests.helpers import make_prep
from tests.ui.deck_helpers import open_section, settle


def overlapping(root: QWidget) -> list[str]:
    """Every pair of visible sibling widgets under ``root`` whose rectangles intersect."""
    found: list[str] = []

    def walk(widget: QWidget) -> None:
        kids = [c for c in widget.children() if isinstance(c, QWidget) and c.isVisible() and not c.isWindow()]
        for i, a in enumerate(kids):
            for b in kids[i + 1 :]:
                if a.geometry().intersects(b.geometry()):
                    found.append(
                        f"{a.objectName() or type(a).__name__} over {b.objectName() or type(b).__name__}"
                    )
        for child in kids:
            walk(child)

    walk(root)
    return found


def _panel(qtbot: QtBot, store: Store) -> MarketingPanel:
    prep = make_prep("marketing", company="Fakturo AB")
    store.save(prep)
    panel = MarketingPanel(PreparationSession(store, prep))
    qtbot.addWidget(panel)
    panel.resize(1100, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    return panel


def _type(qtbot: QtBot, text: str, key: Qt.Key) -> None:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), f"typing {text!r} into {editor!r}"
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, key)
    QApplication.processEvents()


def test_typed_channels_stay_in_their_cells_and_the_table_grows_clear_of_its_buttons(
    qtbot: QtBot, store: Store
) -> None:
    panel = _panel(qtbot, store)
    table, model = panel.tables["channels"], panel.models["channels"]
    rows = [("Search", "Capture demand", "120000"), ("LinkedIn", "Reach buyers", "80000"),
            ("Events", "Meet leads", "50000"), ("Newsletter", "Keep in touch", "10000")]  # fmt: skip
    for name, role, budget in rows:
        qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        _type(qtbot, name, Qt.Key.Key_Return)  # Enter moves on to the next cell, as Tab does
        qtbot.keyClick(table.view, Qt.Key.Key_Return)  # Enter on a cell opens it
        _type(qtbot, role, Qt.Key.Key_Tab)
        _type(qtbot, budget, Qt.Key.Key_Return)
        qtbot.wait(300)  # the slides redraw once typing pauses; the table must not move under it
        assert overlapping(panel) == []
        assert table.view.height() >= table.view.minimumSizeHint().height()
    assert [(r.name, r.role, r.budget) for r in model.rows] == list(rows)
    assert panel.brief.channels[2].name == "Events"


def test_adding_and_removing_rows_mid_edit_and_undo_keep_every_value_in_place(
    qtbot: QtBot, store: Store
) -> None:
    panel = _panel(qtbot, store)
    table, model = panel.tables["kpis"], panel.models["kpis"]
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    _type(qtbot, "Sign-ups", Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "400")  # still typing the target when Add is clicked
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    _type(qtbot, "Demos", Qt.Key.Key_Tab)
    assert [(k.name, k.target) for k in model.rows] == [("Sign-ups", "400"), ("Demos", "")]
    qtbot.keyClicks(QApplication.focusWidget(), "25")  # typing in row 2 when row 1 is removed
    table.view.selectRow(0)  # the click commits the open cell where it was typed
    table.remove_selected()
    QApplication.processEvents()
    assert [(k.name, k.target) for k in model.rows] == [("Demos", "25")]
    panel.undo_stack.undo()
    assert [(k.name, k.target) for k in panel.brief.kpis] == [("Sign-ups", "400"), ("Demos", "25")]
    assert [(k.name, k.target) for k in model.rows] == [("Sign-ups", "400"), ("Demos", "25")]
    assert overlapping(panel) == []


def test_the_chart_grid_writes_figures_as_a_finance_user_does_and_keeps_a_bad_cell_out(
    qtbot: QtBot, store: Store
) -> None:
    section = open_section(qtbot, store, make_prep("finance", language="sv"))
    slide = next(
        i for i, s in enumerate(section.prep.deck.slides) if any(b.kind == "chart" for b in s.blocks)
    )
    block = next(b for b in section.prep.deck.slides[slide].blocks if isinstance(b, ChartBlock))
    block.categories, block.series = ["Q1", "Q2"], [Series("Intäkter", [13332000.0, 9500000.5])]
    block.number_format = '#,##0.0,,"\u00a0mkr"'
    section.select(slide)
    settle()
    grid = next(p.editor for p in section.form.panels if isinstance(p.editor, GridEditor))
    shown = [grid.model.cells[r][1] for r in (1, 2)]
    assert shown == ["13\u00a0332\u00a0000", "9\u00a0500\u00a0000,5"]
    assert not any("e+" in c for row in grid.model.cells for c in row)
    assert "13,3" in grid.unit.text() and grid.unit.isVisible()
    view = grid.view
    view.setFocus()
    view.setCurrentIndex(grid.model.index(1, 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "tolv")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert grid.model.cells[1][1] == "13\u00a0332\u00a0000"  # refused, and nothing moved elsewhere
    assert grid.model.cells[2] == ["Q2", "9\u00a0500\u00a0000,5"]
    assert "tolv" in grid.problem.text()
    for _ in range(6):
        grid._grow(1, 0)
        settle()
        assert overlapping(section.form) == []


def test_grid_numbers_are_grouped_never_scientific() -> None:
    assert format_number(13332000.0, "en") == "13,332,000"
    assert format_number(-0.25, "en") == "-0.25"
    assert format_number(1234.5, "sv") == "1\u00a0234,5"
    assert "e" not in format_number(1e-7, "en") and "e" not in format_number(1e17, "en")
