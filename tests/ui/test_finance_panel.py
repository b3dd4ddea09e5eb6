"""The Data tab as a user drives it: import, check the quality, change columns, cancel, bad files."""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation
from podium.core.storage.store import Store
from podium.roles.finance import pipeline
from podium.roles.finance.pipeline import KEY
from podium.roles.finance.ui import panel as finance_panel
from podium.roles.finance.ui.panel import FinancePanel
from podium.ui.common import messages
from podium.ui.common.session import PreparationSession
from podium.ui.window.workspace import role_panel
from tests.roles.finance.samples import (
    cost_centre_rows,
    ledger_rows,
    sales_rows,
    sums_by,
    write_cost_centre_csv,
    write_sales_ledger,
    write_swedish_csv,
    write_workbook,
)
from tests.ui.conftest import Dialogs


def make_panel(qtbot: QtBot, store: Store, prep: Preparation | None = None) -> FinancePanel:
    if prep is None:
        prep = Preparation(role="finance", company="Nordvik AB", language="sv")
        prep.deck = scaffold(prep)
    store.save(prep)
    widget = FinancePanel(PreparationSession(store, prep))
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def panel(qtbot: QtBot, store: Store, dialogs: Dialogs) -> FinancePanel:
    return make_panel(qtbot, store)


@pytest.fixture
def open_path(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    answer = [""]
    monkeypatch.setattr(messages, "ask_open_path", lambda *_a: answer[0])
    return answer


def idle(qtbot: QtBot, panel: FinancePanel) -> None:
    qtbot.waitUntil(lambda: not panel.cancel_button.isVisible(), timeout=10000)
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(1)  # deliver queued signals


def import_file(qtbot: QtBot, panel: FinancePanel, open_path: list[str], path: Path) -> None:
    open_path[0] = str(path)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    idle(qtbot, panel)


def slot(panel: FinancePanel, source: str):
    return next(b for s in panel.prep.deck.slides for b in s.blocks if b.source == source)


def test_the_tab_is_registered_and_titled(qtbot: QtBot, store: Store, dialogs: Dialogs) -> None:
    prep = Preparation(role="finance", company="X")
    widget = role_panel(PreparationSession(store, prep))
    qtbot.addWidget(widget)
    assert isinstance(widget, FinancePanel) and widget.section_title() == "&Data"
    assert widget.stack.currentWidget() is widget.hint


def test_import_a_swedish_export_fills_the_deck(
    qtbot: QtBot, panel: FinancePanel, open_path: list[str], dialogs: Dialogs, tmp_path: Path
) -> None:
    rows = ledger_rows()
    import_file(qtbot, panel, open_path, write_swedish_csv(tmp_path / "export.csv", rows))
    assert dialogs.errors == []
    record = panel.prep.role_data[KEY]
    assert record["source"]["name"] == "export.csv"
    assert panel.preview_model.rowCount() == len(rows) and panel.preview_model.columnCount() == 5
    assert panel.preview_model.headerData(0, Qt.Orientation.Vertical) == "6"  # row numbers as in the file
    assert panel.preview_model.headerData(2, Qt.Orientation.Horizontal) == "Belopp\n(number)"
    tip = panel.preview_model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == f"0 of {len(rows)} cells empty\n4 distinct values"
    assert panel.date_combo.currentText() == "Datum" and panel.category_combo.currentText() == "Region"
    assert panel.compare_combo.currentText() == "Budget" and panel.measures.checked() == ["Belopp"]
    assert (
        "Filens summarad (rad 80) räknas inte med; den stämmer med radernas summa"
        in panel.quality.stringList()
    )
    trend = slot(panel, "finance.trend")
    by_month = sums_by(rows, lambda r: r.day.strftime("%Y-%m"))
    assert [Decimal(str(v)) for v in trend.series[0].values] == [by_month[k] for k in sorted(by_month)]
    qtbot.waitUntil(
        lambda: panel.session.store.load(panel.prep.id).role_data.get(KEY) is not None, timeout=3000
    )


def test_changing_columns_recomputes_the_deck(
    qtbot: QtBot, panel: FinancePanel, open_path: list[str], tmp_path: Path
) -> None:
    rows = ledger_rows()
    import_file(qtbot, panel, open_path, write_workbook(tmp_path / "book.xlsx", rows))
    assert panel.sheet_combo.isVisible() and panel.sheet_combo.currentText() == "Försäljning"
    panel.category_combo.setCurrentIndex(panel.category_combo.findData(""))
    panel.category_combo.activated.emit(panel.category_combo.currentIndex())
    idle(qtbot, panel)
    assert panel.prep.role_data[KEY]["choice"]["category"] is None
    assert slot(panel, "finance.breakdown").example  # no category: the template's example is back
    budget = next(r for r in range(panel.measures.rowCount()) if panel.measures.item(r).text() == "Budget")
    panel.measures.item(budget).setCheckState(Qt.CheckState.Checked)
    idle(qtbot, panel)
    assert panel.prep.role_data[KEY]["choice"]["measures"] == ["Belopp", "Budget"]
    assert panel.prep.role_data[KEY]["choice"]["compare"] is None  # a measure is not its own comparison


def test_a_bad_file_shows_a_message_and_changes_nothing(
    qtbot: QtBot, panel: FinancePanel, open_path: list[str], dialogs: Dialogs, tmp_path: Path
) -> None:
    good = write_swedish_csv(tmp_path / "good.csv", ledger_rows())
    import_file(qtbot, panel, open_path, good)
    before = panel.prep.role_data[KEY]
    bad = tmp_path / "rapport.csv"
    bad.write_bytes(b"%PDF-1.7\n" + b"\x00" * 100)
    import_file(qtbot, panel, open_path, bad)
    assert (
        dialogs.errors
        and "rapport.csv is a PDF document, not a table; export the data as CSV" in dialogs.errors[-1][1]
    )
    assert panel.prep.role_data[KEY] is before
    assert panel.status.text() == "Nothing was changed."


def test_cancel_stops_a_large_read_and_changes_nothing(
    qtbot: QtBot, panel: FinancePanel, open_path: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from podium.core.tabular import frame

    monkeypatch.setattr(frame, "STREAM_ABOVE", 1)  # read it as a big file is read: streamed, with progress
    path = tmp_path / "big.csv"
    pd.DataFrame({"Region": ["Norr", "Söder"] * 100_000, "Belopp": range(200_000)}).to_csv(path, index=False)
    reading = threading.Event()
    release = threading.Event()

    def gated_load(
        file: Path, sheet: str | None, report
    ):  # the real reader, held at its first progress report
        def gate(fraction: float) -> None:
            reading.set()
            release.wait(10)
            report(fraction)

        return pipeline.load(file, sheet, gate)

    monkeypatch.setattr(finance_panel, "load", gated_load)
    open_path[0] = str(path)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert reading.wait(10)
    assert panel.cancel_button.isVisible() and not panel.import_button.isEnabled()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    idle(qtbot, panel)
    assert panel.status.text() == "Cancelled. Nothing was changed."
    assert KEY not in panel.prep.role_data and panel.table is None
    assert panel.import_button.isEnabled()


def test_reopening_reads_the_file_again_without_changing_the_analysis(
    qtbot: QtBot, store: Store, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = write_swedish_csv(tmp_path / "export.csv", ledger_rows())
    prep = Preparation(role="finance", company="Nordvik AB")
    prep.role_data[KEY] = pipeline.run(path)
    prep.deck = scaffold(prep)
    stored = prep.role_data[KEY]
    widget = make_panel(qtbot, store, prep)
    idle(qtbot, widget)
    assert widget.preview_model.rowCount() > 0 and widget.prep.role_data[KEY] is stored
    assert widget.quality.stringList()[0].startswith("Left out the file's total")
    path.unlink()
    again = make_panel(qtbot, store, prep)
    assert "The file is no longer at" in again.status.text() and not again.date_combo.isEnabled()


def test_screenshot(qtbot: QtBot, panel: FinancePanel, open_path: list[str], tmp_path: Path) -> None:
    import_file(qtbot, panel, open_path, write_swedish_csv(tmp_path / "export.csv", ledger_rows()))
    shot = tmp_path / "finance-panel.png"
    assert panel.grab().save(str(shot))
    assert shot.stat().st_size > 10_000


def test_the_sign_convention_is_guessed_changed_and_undone(
    qtbot: QtBot, panel: FinancePanel, open_path: list[str], tmp_path: Path
) -> None:
    """A cost-centre export reads as costs (over budget is unfavourable); the user can say otherwise,
    the deck's colours follow, and Ctrl+Z takes it back like any other choice in the tab."""
    import_file(
        qtbot, panel, open_path, write_cost_centre_csv(tmp_path / "kostnader.csv", cost_centre_rows())
    )
    assert panel.sign_combo.currentData() == "cost" and "Kostnadsställe" in panel.sign_note.text()

    def colours() -> tuple[bool, str]:
        bridge, table = slot(panel, "finance.drivers"), slot(panel, "finance.variance")
        lager = next(i for i, row in enumerate(table.rows) if row[0] == "2100 Lager")  # over budget
        return bridge.increase_good, table.tone(lager, 3)

    assert colours() == (False, "bad")
    panel.sign_combo.setCurrentIndex(panel.sign_combo.findData("revenue"))
    panel.sign_combo.activated.emit(panel.sign_combo.currentIndex())
    assert colours() == (True, "good")
    assert panel.prep.role_data[KEY]["convention"] == {"kind": "revenue", "guessed": False, "from": None}
    # A change of columns keeps the user's convention for the same measure.
    panel.date_combo.setCurrentIndex(panel.date_combo.findData(""))
    panel.date_combo.activated.emit(panel.date_combo.currentIndex())
    idle(qtbot, panel)
    assert panel.prep.role_data[KEY]["choice"]["date"] is None and colours() == (True, "good")
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the date comes back
    assert (
        panel.prep.role_data[KEY]["choice"]["date"] == "Period" and panel.date_combo.currentData() == "Period"
    )
    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # and the guess
    assert colours() == (False, "bad") and panel.sign_combo.currentData() == "cost"
    panel.undo_stack.redo()
    assert colours() == (True, "good") and panel.sign_combo.currentData() == "revenue"
    panel.session.save_now()
    stored = panel.session.store.load(panel.prep.id).role_data[KEY]
    assert stored["convention"]["kind"] == "revenue"  # kept with the preparation


def test_quantities_split_the_bridge_into_price_volume_and_mix(
    qtbot: QtBot, panel: FinancePanel, open_path: list[str], tmp_path: Path
) -> None:
    import_file(qtbot, panel, open_path, write_sales_ledger(tmp_path / "sales.xlsx", sales_rows()))
    assert panel.quantity_combo.currentData() == "Antal"
    assert panel.compare_quantity_combo.currentData() == "Budget antal"
    assert slot(panel, "finance.drivers").categories == ["Budget", "Pris", "Volym", "Mix", "Utfall"]
    panel.quantity_combo.setCurrentIndex(panel.quantity_combo.findData(""))
    panel.quantity_combo.activated.emit(panel.quantity_combo.currentIndex())
    idle(qtbot, panel)
    assert slot(panel, "finance.drivers").categories == ["Budget", "Bas", "Premium", "Plus", "Utfall"]
    panel.undo_stack.undo()
    assert slot(panel, "finance.drivers").categories[1] == "Pris"
