"""The Risks tab as a user drives it: import a register, edit, sort, filter, undo, export, and the deck follows."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from podium.core.deck.scaffold import scaffold
from podium.core.model import Preparation
from podium.core.render.layout import DiagramBox
from podium.core.storage.store import Store
from podium.roles.project_management.importer import import_register, inspect_register
from podium.roles.project_management.library import starter_library
from podium.roles.project_management.register import ROLE_KEY, load_register, ranked
from podium.roles.project_management.scales import BAND_COLORS, Scales
from podium.roles.project_management.ui.panel import RiskPanel
from podium.roles.project_management.ui.widgets import LibraryDialog
from podium.ui.common import messages
from podium.ui.common.jobs import BusyDialog
from podium.ui.common.session import PreparationSession
from tests.roles.project_management.conftest import thirty_risks, write_register_csv, write_rows
from tests.ui.conftest import Dialogs


@pytest.fixture
def panel(qtbot: QtBot, store: Store, dialogs: Dialogs) -> RiskPanel:
    prep = Preparation(role="project-management", company="Nordvik AB")
    prep.deck = scaffold(prep)
    store.save(prep)
    widget = RiskPanel(PreparationSession(store, prep))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def open_path(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The path the next file dialog answers with (empty = cancelled)."""
    answer = [""]
    monkeypatch.setattr(messages, "ask_open_path", lambda *_a: answer[0])
    return answer


def _slot(panel: RiskPanel, source: str):
    return next(b for s in panel.session.prep.deck.slides for b in s.blocks if b.source == source)


def _import_starts(panel: RiskPanel, open_path: list[str], path: Path) -> None:
    """Import as a user does: the file dialog answers, the file is read off the UI thread."""
    open_path[0] = str(path)
    panel.import_register()


def _import(qtbot: QtBot, panel: RiskPanel, open_path: list[str], path: Path, accept: bool = True) -> None:
    """Read the file, then click Import in the import step (when the file could be read)."""
    _import_starts(panel, open_path, path)
    qtbot.waitUntil(lambda: panel.reading is None, timeout=5000)
    if accept and panel.import_step is not None:
        step = panel.import_step
        qtbot.waitUntil(step.isVisible)
        assert step.ok.isEnabled(), step.problems.text()
        qtbot.mouseClick(step.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.import_step is None)


def _click_row(qtbot: QtBot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _ids(panel: RiskPanel) -> list[str]:
    return [r.id for r in panel.register.risks]


def test_the_risks_tab_is_in_a_project_management_workspace(qtbot: QtBot, store: Store) -> None:
    from podium.ui.window.workspace import Workspace

    prep = Preparation(role="project-management", company="Nordvik AB")
    prep.deck = scaffold(prep)
    workspace = Workspace(PreparationSession(store, prep))
    qtbot.addWidget(workspace)
    assert isinstance(workspace.role_panel, RiskPanel)
    assert "R&isks" in [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]


def test_importing_a_register_fills_the_deck_and_is_saved(
    panel: RiskPanel, open_path: list[str], dialogs: Dialogs, tmp_path: Path, store: Store, qtbot: QtBot
) -> None:
    _import(qtbot, panel, open_path, write_register_csv(tmp_path / "register.csv", thirty_risks()))
    assert dialogs.errors == []
    assert "30 risks imported from register.csv" in dialogs.infos[-1][1]
    assert "Comments" in dialogs.infos[-1][1]  # an extra column is kept, and the user is told
    assert panel.register_view.proxy.rowCount() == 30
    assert "30 risks" in panel.register_view.summary.text()
    table = _slot(panel, "top-risks")
    assert not table.example and table.rows[0][0] == ranked(thirty_risks())[0].id
    qtbot.waitUntil(lambda: len(load_register(store.load(panel.session.prep.id)).risks) == 30, timeout=1000)


def test_a_bad_register_is_refused_with_row_and_column_and_nothing_changes(
    qtbot: QtBot, panel: RiskPanel, open_path: list[str], dialogs: Dialogs, tmp_path: Path
) -> None:
    _import(qtbot, panel, open_path, write_register_csv(tmp_path / "good.csv", thirty_risks()[:3]))
    bad = write_rows(tmp_path / "bad.csv", [["ID", "Risk", "Likelihood", "Impact"], ["R1", "a", "0", "3"],
                                           ["R1", "b", "2", "seven"]])  # fmt: skip
    _import(qtbot, panel, open_path, bad, accept=False)
    step = panel.import_step
    assert step is not None and not step.ok.isEnabled()
    lines = step.problems.text().splitlines()
    assert lines[0].startswith("bad.csv, row 2, column 'Likelihood': 0 is outside the scale 1–5")
    assert lines[1].startswith("bad.csv, row 3, column 'Impact': 'seven' is not a level from 1 to 5")
    qtbot.mouseClick(step.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.import_step is None)
    assert _ids(panel) == ["R1", "R2", "R3"] and dialogs.errors == []


def test_the_import_step_shows_its_guesses_and_takes_the_users_columns(
    panel: RiskPanel, open_path: list[str], tmp_path: Path, qtbot: QtBot
) -> None:
    path = write_rows(tmp_path / "odd.csv", [["Ref", "Headline", "Likelyhood", "Damage", "Notes"],
                                             ["X1", "Vendor late", "4", "5", "n"]])  # fmt: skip
    _import(qtbot, panel, open_path, path, accept=False)
    step = panel.import_step
    assert step is not None
    assert "likely" in step.reasons["likelihood"].text() and "Likelyhood" in step.reasons["likelihood"].text()
    impact = step.columns["impact"]
    assert impact.currentData() == -1 and not step.ok.isEnabled()  # 'Damage' was not guessed: no impact yet
    assert "has no impact column" in step.problems.text()
    impact.setCurrentIndex(impact.findData(3))  # the user picks column D, 'Damage'
    assert step.ok.isEnabled() and "Read 1 risk." in step.summary.text()
    assert "as you chose" in step.reasons["impact"].text()
    qtbot.mouseClick(step.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.import_step is None)
    risk = panel.register.risks[0]
    assert (risk.id, risk.title, risk.likelihood, risk.impact, risk.extra) == (
        "X1",
        "Vendor late",
        4,
        5,
        {"Notes": "n"},
    )


def test_add_edit_duplicate_delete_and_undo_with_the_keyboard(panel: RiskPanel, qtbot: QtBot) -> None:
    view = panel.register_view
    qtbot.mouseClick(panel.findChild(type(panel.undo_button), "addRisk"), Qt.MouseButton.LeftButton)
    editor = view.table.focusWidget()
    assert isinstance(editor, QLineEdit)  # the new risk's title is open for typing
    qtbot.keyClicks(editor, "Key users pulled back to operations")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert panel.register.risks[0].title == "Key users pulled back to operations"

    # Likelihood through its combo box, as a user picks "5 Almost certain".
    column = panel.register_model.column_of("likelihood")
    view.table.setCurrentIndex(view.proxy.index(0, column))
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    combo = view.table.focusWidget()
    assert isinstance(combo, QComboBox) and combo.itemText(4) == "5 Almost certain"
    combo.setCurrentIndex(4)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert panel.register.risks[0].score == 15

    _click_row(qtbot, view.table, 0)
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert _ids(panel) == ["R1", "R2"]
    assert panel.register.risks[1].title == panel.register.risks[0].title
    _click_row(qtbot, view.table, 0)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert _ids(panel) == ["R2"]

    for expected in (["R1", "R2"], ["R1"], ["R1"], ["R1"], []):
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert _ids(panel) == expected
    assert _slot(panel, "top-risks").example  # no risks left: the deck shows its marked example again
    qtbot.keyClick(
        view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert _ids(panel) == ["R1"]
    assert panel.session.prep.role_data[ROLE_KEY]["risks"][0]["id"] == "R1"


def test_bad_edits_are_refused_with_a_message(panel: RiskPanel) -> None:
    panel.add_risk()
    panel.add_risk()
    model, proxy = panel.register_model, panel.register_view.proxy
    assert not proxy.setData(proxy.index(0, model.column_of("likelihood")), 7)
    assert "whole numbers from 1 to 5" in panel.register_view.message.text()
    assert not proxy.setData(proxy.index(1, model.column_of("id")), "R1")
    assert "The ID R1 is already used" in panel.register_view.message.text()
    assert _ids(panel) == ["R1", "R2"] and panel.register.risks[0].likelihood == 3
    assert proxy.setData(proxy.index(0, model.column_of("title")), "Vendor late")
    assert panel.register_view.message.text() == ""


def test_sort_and_filter(qtbot: QtBot, panel: RiskPanel, open_path: list[str], tmp_path: Path) -> None:
    risks = thirty_risks()
    _import(qtbot, panel, open_path, write_register_csv(tmp_path / "register.csv", risks))
    view = panel.register_view
    view.table.sortByColumn(panel.register_model.column_of("score"), Qt.SortOrder.DescendingOrder)
    scores = [int(view.proxy.index(r, panel.register_model.column_of("score")).data()) for r in range(30)]
    assert scores == sorted(scores, reverse=True)
    view.table.sortByColumn(panel.register_model.column_of("id"), Qt.SortOrder.AscendingOrder)
    assert [view.proxy.index(r, 0).data() for r in range(3)] == ["R1", "R2", "R3"]  # natural order, not R10
    view.filter.setText("migration")  # also found in cause, event and effect, which the table hides
    shown = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
    expected = {r.id for r in risks if any("migration" in getattr(r, f).lower()
                                           for f in ("title", "cause", "event", "effect", "mitigation", "contingency", "trigger"))}  # fmt: skip
    assert shown == expected and 0 < len(shown) < 30


def test_long_texts_are_edited_below_the_table_and_undone(panel: RiskPanel, qtbot: QtBot) -> None:
    panel.add_risk()
    QApplication.processEvents()
    view = panel.register_view
    view.table.setCurrentIndex(view.proxy.index(0, 1))
    cause = view.editors["cause"]
    assert view.details.isEnabled()
    cause.setFocus()
    qtbot.keyClicks(cause, "Legacy data has no owner")
    view.mapper.submit()
    assert panel.register.risks[0].cause == "Legacy data has no owner"
    panel.undo_stack.undo()
    assert panel.register.risks[0].cause == ""
    assert cause.toPlainText() == ""


def test_starter_library_risks_can_be_pulled_in(panel: RiskPanel, qtbot: QtBot) -> None:
    entries = starter_library("en")
    dialog = LibraryDialog(entries)
    qtbot.addWidget(dialog)
    dialog.set_checked([0, 3])
    assert [e.key for e in dialog.selected()] == [entries[0].key, entries[3].key]
    assert entries[0].risk.cause in dialog.details.toPlainText()
    panel.choose_from_library = lambda _entries: dialog.selected()  # type: ignore[method-assign]
    panel.pull_from_library()
    assert _ids(panel) == ["R1", "R2"]
    assert panel.register.risks[1].title == entries[3].risk.title
    panel.undo_stack.undo()
    assert _ids(panel) == []


def test_export_writes_a_register_that_imports_back(
    qtbot: QtBot, panel: RiskPanel, open_path: list[str], dialogs: Dialogs, tmp_path: Path
) -> None:
    _import(qtbot, panel, open_path, write_register_csv(tmp_path / "register.csv", thirty_risks()))
    for name in ("out.xlsx", "out.csv"):
        dialogs.save_path = str(tmp_path / name)
        panel.export_register()
        again, _ = import_register(tmp_path / name, Scales.default("en"))
        assert [r.to_dict() for r in again.risks] == [r.to_dict() for r in panel.register.risks]
    dialogs.save_path = str(tmp_path / "missing-folder" / "x.csv")
    panel.export_register()
    assert "missing-folder" in dialogs.errors[-1][1]


def test_scales_words_and_bands_reach_the_register_and_the_deck(panel: RiskPanel, qtbot: QtBot) -> None:
    panel.add_risk()
    scales = panel.scales_model
    assert scales.setData(scales.index(2, 0), "Even odds")
    assert panel.register_model.index(0, panel.register_model.column_of("likelihood")).data() == "3 Even odds"
    table = _slot(panel, "risk-scales")
    assert table.rows[2][1].startswith("Even odds") and not table.example
    editor = panel.scales_editor
    editor.spins[0].setValue(10)  # medium would start above high: refused
    editor.spins[0].editingFinished.emit()
    assert "higher" in editor.problem.text() and panel.register.scales.floors == (5, 10, 16)
    editor.spins[0].setValue(8)
    editor.spins[0].editingFinished.emit()
    assert panel.register.scales.floors == (8, 10, 16)
    assert "Medium 8–9" in editor.summary.text()
    panel.undo_stack.undo()
    assert panel.register.scales.floors == (5, 10, 16) and editor.spins[0].value() == 5
    panel.undo_stack.undo()
    assert panel.register.scales.likelihood_label(3) == "Possible"


def test_plan_rows_pasted_from_a_spreadsheet_draw_the_timeline(panel: RiskPanel, qtbot: QtBot) -> None:
    QGuiApplication.clipboard().setText("Design\t2027-01-01\t2027-03-31\nPilot live\t2027-06-01\t\n")
    panel.tabs.setCurrentIndex(1)
    panel.plan_table.setFocus()
    qtbot.keyClick(panel.plan_table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [p.name for p in panel.register.plan] == ["Design", "Pilot live"]
    timeline = _slot(panel, "plan-timeline")
    assert not timeline.example and "Pilot live" in [s.text for s in timeline.shapes]
    model = panel.plan_model
    assert not model.setData(model.index(0, 3), "2026-12-01")  # a phase cannot end before it starts
    assert model.setData(model.index(1, 1), "phase")
    assert panel.register.plan[1].kind == "phase" and panel.register.plan[1].end is not None
    panel.undo_stack.undo()
    assert panel.register.plan[1].kind == "milestone"


def test_the_heat_map_tab_paints_the_deck_slide(
    qtbot: QtBot, panel: RiskPanel, open_path: list[str], tmp_path: Path
) -> None:
    risks = thirty_risks()
    _import(qtbot, panel, open_path, write_register_csv(tmp_path / "register.csv", risks))
    panel.tabs.setCurrentIndex(3)
    laid = panel.heatmap_preview._layout
    assert laid is not None
    inherent = next(b for b in laid.boxes if isinstance(b, DiagramBox))
    top = ranked(risks)[0]
    cell = next(
        s
        for s in inherent.shapes
        if s.text and top.id in [t.strip(",") for t in s.text.paras[0].text.split()]
    )
    assert cell.fill == BAND_COLORS[panel.register.scales.band(top.score)]
    from podium.ui.slides.painter import render_pixmap

    image = render_pixmap(laid, 960).toImage()
    pixel = image.pixelColor(int(cell.x + 3), int(cell.y + 3))
    assert pixel.name().upper() == QColor(cell.fill).name().upper()


def test_cancelling_a_slow_read_changes_nothing(
    qtbot: QtBot,
    panel: RiskPanel,
    open_path: list[str],
    dialogs: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from podium.roles.project_management.ui import panel as risk_panel

    reading, release = threading.Event(), threading.Event()

    def slow_inspect(path: Path, scales, progress):  # the real reader, held until the user has cancelled
        reading.set()
        release.wait(10)
        return inspect_register(path, scales, progress)

    monkeypatch.setattr(risk_panel, "inspect_register", slow_inspect)
    _import_starts(panel, open_path, write_register_csv(tmp_path / "register.csv", thirty_risks()))
    job = panel.reading
    assert job is not None and reading.wait(10)
    busy = panel.findChild(BusyDialog)
    qtbot.waitUntil(busy.isVisible)  # the read takes long enough for the busy dialog to appear
    qtbot.mouseClick(busy.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert panel.reading is None and not busy.isVisible()  # the tab is free at once
    with qtbot.waitSignal(job.cancelled, timeout=10000):
        release.set()  # the read ends; what it read is dropped
    assert _ids(panel) == [] and dialogs.errors == []


def test_an_unreadable_workbook_is_reported(
    qtbot: QtBot, panel: RiskPanel, open_path: list[str], dialogs: Dialogs, tmp_path: Path
) -> None:
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    _import(qtbot, panel, open_path, tmp_path / "broken.xlsx")
    assert dialogs.errors[-1][1] == (
        "broken.xlsx cannot be opened as an Excel workbook because it is damaged; "
        "open it in Excel or LibreOffice and save it again as .xlsx."
    )


def test_the_import_step_shows_each_scale_and_takes_new_thresholds_typed_with_enter(
    panel: RiskPanel, open_path: list[str], tmp_path: Path, qtbot: QtBot
) -> None:
    from podium.roles.project_management.mapping import remembered
    from tests.roles.project_management import registers as shapes

    _import(qtbot, panel, open_path, shapes.swiss_register(tmp_path / "fip.xlsx"), accept=False)
    step = panel.import_step
    assert step is not None
    assert step.scale_boxes["likelihood"].currentText() == "Percentages"
    assert step.scale_boxes["impact"].currentText() == "Amounts of money"
    edit = step.bounds["likelihood"]
    assert edit.text() == "10; 30; 50; 80"
    assert "percentages: 1 below 10%, 2 from 10%" in step.scale_texts["likelihood"].text()
    assert not step.bounds["residual_likelihood"].isVisible()  # after the actions: the same thresholds
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "80; 10")  # not rising: refused, nothing changes
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert panel.import_step is step and step.isVisible()  # Enter confirms the field, not the dialog
    assert "four rising numbers" in edit.toolTip() and "1 below 10%" in step.scale_texts["likelihood"].text()
    edit.selectAll()
    qtbot.keyClicks(edit, "5; 15; 25; 50")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert panel.import_step is step and step.isVisible()
    assert "1 below 5%, 2 from 5%, 3 from 15%" in step.scale_texts["likelihood"].text()
    assert "1 below 5%" in step.scale_texts["residual_likelihood"].text()
    qtbot.mouseClick(step.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.import_step is None)
    assert [r.likelihood for r in panel.register.risks] == [3, 5, 2, 5]  # 20 %, 87.5 %, 5 %, 60 %
    stored = remembered(panel.session.prep)
    assert stored["conversions"]["likelihood"]["bounds"] == [5.0, 15.0, 25.0, 50.0]
    scales = _slot(panel, "risk-scales")  # and on the method slide, in the scales table
    assert [row[1] for row in scales.rows][:2] == ["Rare (under 5%)", "Unlikely (5% to 15%)"]


def test_importing_the_register_again_starts_from_the_last_mapping(
    panel: RiskPanel, open_path: list[str], tmp_path: Path, qtbot: QtBot, dialogs: Dialogs
) -> None:
    path = write_rows(tmp_path / "odd.csv", [["Ref", "Headline", "Likelyhood", "Damage", "Notes"],
                                             ["X1", "Vendor late", "4", "5", "n"]])  # fmt: skip
    _import(qtbot, panel, open_path, path, accept=False)
    step = panel.import_step
    assert step is not None
    impact = step.columns["impact"]
    impact.setCurrentIndex(impact.findData(3))  # 'Damage', which Podium did not guess
    qtbot.mouseClick(step.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.import_step is None)
    _import(qtbot, panel, open_path, path, accept=False)  # the next week's copy of the same register
    again = panel.import_step
    assert again is not None and again is not step
    assert again.columns["impact"].currentData() == 3 and again.ok.isEnabled()
    assert "as at your last import of this register" in again.reasons["impact"].text()
    assert again.summary.text().startswith("Read 1 risk.")


def test_the_import_step_names_a_header_over_two_rows_and_greys_what_it_skips(
    panel: RiskPanel, open_path: list[str], tmp_path: Path, qtbot: QtBot
) -> None:
    from tests.roles.project_management import registers as shapes

    _import(qtbot, panel, open_path, shapes.us_register(tmp_path / "portal.xlsx"), accept=False)
    step = panel.import_step
    assert step is not None
    where = step.findChild(QLabel, "importWhere").text()
    assert "portal.xlsx, sheet “Issue Register”: header row" in where
    assert step.summary.text().startswith(
        "Read 5 risks; skipped 4 rows: 1 total row and 3 rows of legend or notes under the table."
    )
    model = step.model
    first_number = model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
    assert str(first_number) == str(step.grid.rows[0][0])  # rows numbered as in the file
    greyed = [
        r for r in range(model.rowCount()) if model.data(model.index(r, 1), Qt.ItemDataRole.ForegroundRole)
    ]
    assert len(greyed) == 4


def test_the_import_step_in_swedish(
    panel: RiskPanel, open_path: list[str], tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from podium import paths
    from podium.ui.common import i18n
    from tests.i18n_tools import build_translations
    from tests.roles.project_management import registers as shapes

    compiled = tmp_path / "qm"
    compiled.mkdir()
    build_translations.compile_all(compiled)
    monkeypatch.setenv(paths.TRANSLATIONS_DIR_ENV, str(compiled))
    assert i18n.apply_language("sv") == "sv"
    try:
        _import(qtbot, panel, open_path, shapes.swiss_register(tmp_path / "fip.xlsx"), accept=False)
        step = panel.import_step
        assert step is not None
        assert step.windowTitle() == "Importera fip.xlsx"
        assert step.ok.text() == "Importera"
        assert step.scale_boxes["likelihood"].currentText() == "Procentsatser"
        assert step.bounds["likelihood"].text() == "10; 30; 50; 80"
        assert "procentsatser: 1 under 10\u00a0%" in step.scale_texts["likelihood"].text()
        assert "säker" in step.reasons["likelihood"].text()
        assert (
            "samma gränser som bedömningen före åtgärderna" in step.scale_texts["residual_likelihood"].text()
        )
        assert step.summary.text().startswith("Läste 4 risker.")
        labels = [w.text() for w in step.findChildren(QLabel)]
        assert "Kvarstående sannolikhet" in labels and "Rubrik (risken)" in labels
        step.reject()
    finally:
        i18n.apply_language("en")


def test_a_second_plan_import_asks_first_and_undo_brings_the_first_back(
    qtbot: QtBot, panel: RiskPanel, open_path: list[str], dialogs: Dialogs, tmp_path: Path
) -> None:
    first = write_rows(tmp_path / "plan.csv", [["Phase", "Start", "End"], ["Design", "2027-01-01", "2027-03-31"],
                                               ["Build", "2027-04-01", "2027-08-31"]])  # fmt: skip
    second = write_rows(
        tmp_path / "plan2.csv", [["Phase", "Start", "End"], ["Pilot", "2027-09-01", "2027-10-31"]]
    )

    def import_plan(path: Path) -> None:
        open_path[0] = str(path)
        panel.import_plan()
        qtbot.waitUntil(lambda: panel.reading is None, timeout=5000)

    import_plan(first)
    assert [p.name for p in panel.register.plan] == ["Design", "Build"]
    dialogs.confirm_answer = False  # the user keeps the plan they have
    import_plan(second)
    assert [p.name for p in panel.register.plan] == ["Design", "Build"]
    dialogs.confirm_answer = True
    import_plan(second)
    assert [p.name for p in panel.register.plan] == ["Pilot"]
    panel.undo_stack.undo()
    assert [p.name for p in panel.register.plan] == ["Design", "Build"]
