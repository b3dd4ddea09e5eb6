"""The Campaign tab: the brief a marketing candidate fills in, field by field, with guidance and checks.

Every edit goes straight into ``prep.role_data`` (so nothing is lost), onto the
undo stack and into the deck's slots; the slides are redrawn once typing pauses.
When a part of the brief is emptied, its slides go back to the template's example.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from podium.core.deck.fill import apply_role_data
from podium.roles.marketing.brief import (
    CURRENCIES,
    CampaignBrief,
    Channel,
    Experiment,
    Kpi,
    Persona,
    Phase,
    Risk,
    load_brief,
    row_amounts,
    store_brief,
)
from podium.roles.marketing.deck import blocks, context, restore_examples
from podium.roles.marketing.fmt import money, percent, shares
from podium.roles.marketing.smart import check_objective
from podium.roles.marketing.ui.business_case import CaseCalculator
from podium.roles.marketing.ui.tables import RowsModel, TableField, _escape, tone_colour
from podium.roles.marketing.ui.text import field_texts, issue_text, row_prefix, section_titles, smart_part
from podium.roles.marketing.ui.undo import BriefEdit
from podium.roles.marketing.validate import ERROR, Issue, validate
from podium.ui.common import style
from podium.ui.common.session import PreparationSession

REDRAW_DELAY_MS = 250  # redraw the slides once typing pauses; the brief and the deck change at once
LINES = ("situation", "next_steps")  # one point per line
TEXTS = ("presenter", "goal", "objective", "evidence", "insight", "audience", "big_idea", "key_message",
         "proof", "call_to_action", "customers", "customer_value", "gross_margin", "ask")  # fmt: skip
TABLES = {"personas": Persona, "channels": Channel, "phases": Phase, "experiments": Experiment, "kpis": Kpi,
          "risks": Risk}  # fmt: skip
SECTIONS = (
    ("goal", ("presenter", "goal", "objective", "evidence")),
    ("situation", ("situation", "insight")),
    ("audience", ("audience", "personas")),
    ("idea", ("big_idea", "key_message", "proof", "call_to_action")),
    ("budget", ("channels",)),
    ("business", ("business_case",)),
    ("timeline", ("phases",)),
    ("tests", ("experiments",)),
    ("kpis", ("kpis", "risks")),
    ("close", ("ask", "next_steps")),
)


class MarketingPanel(QWidget):
    def __init__(self, session: PreparationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marketingPanel")
        self.session = session
        self.brief = load_brief(session.prep)
        self._last = self.brief.to_dict()
        self._filled = set(blocks(session.prep))
        self._loading = False
        self.undo_stack = QUndoStack(self)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_DELAY_MS)
        self._redraw.timeout.connect(self.flush)
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.messages: dict[str, QLabel] = {}
        self.models: dict[str, RowsModel] = {}
        self.tables: dict[str, TableField] = {}
        self._build()
        self._load_widgets()
        self._show_findings()

    def section_title(self) -> str:
        return self.tr("&Campaign")

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        texts = field_texts()
        content = QWidget()
        content.setObjectName("campaignForm")
        column = QVBoxLayout()  # installed on content once filled
        column.setContentsMargins(16, 8, 16, 16)
        intro = QLabel(self.tr("Answer these and your deck fills itself. Slides keep their examples until "
                               "you have written their part, so nothing half-done looks finished."))  # fmt: skip
        intro.setWordWrap(True)
        column.addWidget(intro)
        titles = section_titles()
        form = QFormLayout()  # one form, so every label lines up
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for section, keys in SECTIONS:
            form.addRow(QLabel(f"<h3>{_escape(titles[section])}</h3>"))
            for key in keys:
                label = QLabel(texts[key].label)
                field = self._field(key, texts[key].guidance, texts[key].placeholder)
                label.setBuddy(self._buddy(key))
                form.addRow(label, field)
        column.addLayout(form)
        content.setLayout(column)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.undo_button = QToolButton()
        self.undo_button.setObjectName("campaignUndo")
        self.redo_button = QToolButton()
        self.redo_button.setObjectName("campaignRedo")
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button.setDefaultAction(undo)
        self.redo_button.setDefaultAction(redo)
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 6, 16, 0)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        bar.addStretch(1)
        layout = QVBoxLayout()  # installed on self once filled
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        self.setLayout(layout)
        layout.addWidget(scroll, 1)

    def _buddy(self, key: str) -> QWidget:
        """The widget a field's label mnemonic focuses: its editor, its table, or the first estimate."""
        if key == "business_case":
            return self.case.editors["customers"]
        return self.editors[key] if key in self.editors else self.tables[key].view

    def _field(self, key: str, guidance: str, placeholder: str) -> QWidget:
        """The editor, its guidance and the place for its findings, stacked."""
        box = QWidget()
        stack = QVBoxLayout(box)
        stack.setContentsMargins(0, 0, 0, 6)
        stack.setSpacing(2)
        if key in TABLES:
            model = RowsModel(key, TABLES[key], self)
            model.edited.connect(lambda k=key: self._edited(f"table:{k}"))
            self.models[key] = model
            table = TableField(model)
            self.tables[key] = table
            if key == "channels":
                self._add_currency_row(stack)
            stack.addWidget(table)
        elif key == "business_case":
            self.case = CaseCalculator()
            for name, line in self.case.editors.items():
                line.textEdited.connect(lambda _t, k=name: self._edited(k))
                self.editors[name] = line
                self.messages[name] = self.case.messages[name]
            stack.addWidget(self.case)
        else:
            editor: QLineEdit | QPlainTextEdit
            if key in LINES:
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(84)
                editor.setPlaceholderText(placeholder)
                editor.textChanged.connect(lambda k=key: self._edited(k))
            else:
                editor = QLineEdit()
                editor.setPlaceholderText(placeholder)
                editor.textEdited.connect(lambda _t, k=key: self._edited(k))
            editor.setObjectName(f"{key}Edit")
            self.editors[key] = editor
            stack.addWidget(editor)
        if key == "objective":
            self.smart = QLabel()
            self.smart.setObjectName("smartCheck")
            self.smart.setTextFormat(Qt.TextFormat.RichText)
            stack.addWidget(self.smart)
        if key == "goal":
            self.research_goal = QPushButton()
            self.research_goal.setObjectName("useResearchGoal")
            self.research_goal.clicked.connect(self._use_research_goal)
            stack.addWidget(self.research_goal, 0, Qt.AlignmentFlag.AlignLeft)
        hint = QLabel(guidance)
        hint.setWordWrap(True)
        style.mark(hint, "hint")
        stack.addWidget(hint)
        message = QLabel()
        message.setObjectName(f"{key}Message")
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.RichText)
        message.hide()
        self.messages[key] = message
        stack.addWidget(message)
        return box

    def _add_currency_row(self, stack: QVBoxLayout) -> None:
        self.currency = QComboBox()
        self.currency.setObjectName("currencyCombo")
        self.currency.addItems(list(CURRENCIES))
        self.currency.currentTextChanged.connect(lambda _t: self._edited("currency"))
        label = QLabel(self.tr("Currency:"))
        label.setBuddy(self.currency)
        self.total = QLabel()
        self.total.setObjectName("budgetTotal")
        row = QHBoxLayout()
        stack.addLayout(row)  # before its widgets, so no wrapper of a layout item is kept
        row.addWidget(label)
        row.addWidget(self.currency)
        row.addSpacing(16)
        row.addWidget(self.total, 1)

    # ------------------------------------------------------------------ brief <-> widgets

    def _load_widgets(self) -> None:
        self._loading = True
        try:
            for key in TEXTS:
                editor = self.editors[key]
                if isinstance(editor, QLineEdit) and editor.text() != getattr(self.brief, key):
                    editor.setText(getattr(self.brief, key))
            for key in LINES:
                text = "\n".join(getattr(self.brief, key))
                editor = self.editors[key]
                if isinstance(editor, QPlainTextEdit) and _lines(editor.toPlainText()) != getattr(
                    self.brief, key
                ):
                    editor.setPlainText(text)
            if self.currency.findText(self.brief.currency) < 0:
                self.currency.addItem(self.brief.currency)
            self.currency.setCurrentText(self.brief.currency)
            for key, model in self.models.items():
                model.set_rows(getattr(self.brief, key))
        finally:
            self._loading = False

    def _read(self, key: str) -> None:
        editor = self.editors.get(key)
        if isinstance(editor, QLineEdit):
            setattr(self.brief, key, editor.text())
        elif isinstance(editor, QPlainTextEdit):
            setattr(self.brief, key, _lines(editor.toPlainText()))
        elif key == "currency":
            self.brief.currency = self.currency.currentText()

    def _edited(self, key: str) -> None:
        if self._loading:
            return
        self._read(key)
        after = self.brief.to_dict()
        if after == self._last:
            return
        merge = key if key in TEXTS or key in LINES else ""
        self.undo_stack.push(
            BriefEdit(self.apply, self._last, after, merge, self.tr("Edit the campaign brief"))
        )
        self._last = after
        self._commit()

    def apply(self, data: dict) -> None:
        """Show and store ``data`` as the brief (undo and redo come through here)."""
        self.brief = CampaignBrief.from_dict(data)
        self._last = self.brief.to_dict()
        self._load_widgets()
        self._commit()

    def _commit(self) -> None:
        """Store the brief and refill the deck now (an export a moment later must see it); redraw later."""
        prep = self.session.prep
        store_brief(prep, self.brief)
        self._show_findings()
        now = set(blocks(prep))
        restore_examples(prep, self._filled - now)  # parts emptied go back to their examples
        self._filled = now
        apply_role_data(prep)
        self.session.edited()
        self._redraw.start()

    def flush(self) -> None:
        """Redraw the slides now rather than when typing pauses."""
        self._redraw.stop()
        self.session.deck_edited()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the tab (for the Deck, or closing) refills at once, so no view shows a stale deck."""
        if self._redraw.isActive():
            self.flush()
        super().hideEvent(event)

    def _use_research_goal(self) -> None:
        goals = context(self.session.prep).company_goals
        if goals:
            self.editors["goal"].setText(goals[0])  # type: ignore[union-attr]
            self._edited("goal")

    # ------------------------------------------------------------------ findings

    def _show_findings(self) -> None:
        issues = validate(self.brief)
        language = self.session.prep.language
        by_field: dict[str, list[Issue]] = {}
        for issue in issues:
            by_field.setdefault(issue.field, []).append(issue)
        for key, label in self.messages.items():
            found = by_field.get(key, []) + (by_field.get("currency", []) if key == "channels" else [])
            found = [i for i in found if i.code != "smart-missing"]  # the SMART line below the field says it
            if key in TABLES:
                self._table_findings(key, found)
                continue
            _show(label, [(i.severity, issue_text(i)) for i in found])
        self._show_smart()
        self._show_budget(language)
        self.case.show_case(self.brief, language)
        goals = context(self.session.prep).company_goals
        self.research_goal.setVisible(bool(goals) and not self.brief.goal.strip())
        if goals:
            self.research_goal.setText(
                self.tr("Use the goal from your research: %1").replace("%1", goals[0][:80])
            )

    def _table_findings(self, key: str, found: list[Issue]) -> None:
        model = self.models[key]
        titles = dict(model.columns)
        cells: dict[tuple[int, str], tuple[str, str]] = {}
        lines: list[tuple[str, str]] = []
        for issue in found:
            text = issue_text(issue, money(float(issue.param("value", 0) or 0), self.brief.currency,
                                           self.session.prep.language))  # fmt: skip
            if issue.row >= 0:
                cell = (issue.row, issue.column)
                if cell not in cells or issue.severity == ERROR:
                    cells[cell] = (issue.severity, text)
                lines.append((issue.severity, row_prefix(issue.row, titles.get(issue.column, "")) + text))
            else:
                lines.append((issue.severity, text))
        computed = self._shares() if key == "channels" else {}
        model.set_findings(cells, computed)
        self.tables[key].show_messages(lines)

    def _shares(self) -> dict[tuple[int, str], str]:
        amounts = row_amounts(self.brief)
        split = shares(list(amounts.values()))
        language = self.session.prep.language
        return {(i, "share"): percent(s, language) for i, s in zip(amounts, split, strict=True)}

    def _show_budget(self, language: str) -> None:
        amounts = list(row_amounts(self.brief).values())
        if not amounts:
            self.total.setText("")
            return
        text = (
            self.tr("Total %1 across %2 channels")
            if len(amounts) != 1
            else self.tr("Total %1 in one channel")
        )
        total = money(sum(amounts), self.brief.currency, language)
        self.total.setText(text.replace("%1", total).replace("%2", str(len(amounts))))

    def _show_smart(self) -> None:
        if not self.brief.objective.strip():
            self.smart.hide()
            return
        check = check_objective(self.brief.objective)
        parts = []
        for part, value in (("metric", check.metric), ("target", check.target), ("deadline", check.deadline)):
            name = smart_part(part)
            if value:
                parts.append(
                    f'<span style="color:{style.colour("ok").name()}">✓ {_escape(name)}: <i>{_escape(value)}</i></span>'
                )
            else:
                missing = self.tr("%1 missing").replace("%1", name)
                parts.append(f'<span style="color:{tone_colour("error")}">✗ {_escape(missing)}</span>')
        self.smart.setText(" &nbsp; ".join(parts))
        self.smart.show()


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _show(label: QLabel, lines: list[tuple[str, str]]) -> None:
    label.setText(
        "<br>".join(f'<span style="color:{tone_colour(sev)}">{_escape(text)}</span>' for sev, text in lines)
    )
    label.setVisible(bool(lines))
