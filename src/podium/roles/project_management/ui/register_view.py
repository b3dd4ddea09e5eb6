"""The Register tab: the risks in a sortable, filterable table, and the selected risk's long texts below."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDataWidgetMapper,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from podium.roles.project_management.scales import BANDS, band_name
from podium.roles.project_management.ui.models import (
    SORT_ROLE,
    RegisterModel,
    response_choices,
    status_choices,
)
from podium.roles.project_management.ui.widgets import ChoiceDelegate
from podium.ui.common import style


class RegisterView(QWidget):
    """Table of risks (sort by any column, filter on any text) plus a form for cause, event, effect…"""

    def __init__(self, model: RegisterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter = QLineEdit()
        self.filter.setObjectName("riskFilter")
        self.filter.setPlaceholderText(self.tr("Filter: any word in any field"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter risks"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(find)

        self.table = QTableView()
        self.table.setObjectName("riskTable")
        self.table.setAccessibleName(self.tr("Risk register"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # file order until the user sorts
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for field in model.LONG_TEXT:
            self.table.setColumnHidden(model.column_of(field), True)
        self._delegates = []
        for field in model.LEVELS:
            delegate = ChoiceDelegate(lambda _i, f=field: self._level_choices(f), self.table)
            self.table.setItemDelegateForColumn(model.column_of(field), delegate)
            self._delegates.append(delegate)
        for field, choices in (("response", response_choices), ("status", status_choices)):
            delegate = ChoiceDelegate(lambda _i, c=choices: c(model.language), self.table)
            self.table.setItemDelegateForColumn(model.column_of(field), delegate)
            self._delegates.append(delegate)
        widths = {"id": 56, "title": 260, "category": 110, "likelihood": 124, "impact": 120, "score": 60,
                  "residual_likelihood": 132, "residual_impact": 120, "residual_score": 90, "owner": 130,
                  "response": 96, "status": 96, "proximity": 110}  # fmt: skip
        for field, width in widths.items():
            self.table.setColumnWidth(model.column_of(field), width)

        self.details = QGroupBox(self.tr("Selected risk"))
        grid = QGridLayout(self.details)
        self.mapper = QDataWidgetMapper(self)
        self.mapper.setModel(self.proxy)
        self.mapper.setSubmitPolicy(QDataWidgetMapper.SubmitPolicy.AutoSubmit)
        self.editors: dict[str, QPlainTextEdit] = {}
        for n, field in enumerate(model.LONG_TEXT):
            editor = QPlainTextEdit()
            editor.setObjectName(f"risk_{field}")
            editor.setTabChangesFocus(True)
            editor.setMaximumHeight(72)
            name = str(model.headerData(model.column_of(field), Qt.Orientation.Horizontal))
            editor.setAccessibleName(name)
            editor.setPlaceholderText(self._placeholder(field))
            label = QLabel(name)
            label.setBuddy(editor)
            grid.addWidget(label, (n // 3) * 2, n % 3)
            grid.addWidget(editor, (n // 3) * 2 + 1, n % 3)
            self.mapper.addMapping(editor, model.column_of(field), b"plainText")
            self.editors[field] = editor
        self.details.setEnabled(False)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.summary = QLabel()
        self.summary.setObjectName("riskSummary")
        self.message = QLabel()
        self.message.setObjectName("riskMessage")
        style.mark(self.message, tone="error")
        top = QHBoxLayout()
        self.buttons = QHBoxLayout()
        top.addLayout(self.buttons)
        top.addStretch(1)
        top.addWidget(self.filter, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        layout = QVBoxLayout()  # installed on self once filled
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        status = QHBoxLayout()
        status.addWidget(self.summary)
        status.addWidget(self.message, 1)
        layout.addLayout(status)
        self.setLayout(layout)
        model.changed.connect(self.refresh_summary)
        model.refused.connect(self.show_message)
        model.modelReset.connect(self.refresh_summary)
        self.refresh_summary()

    def add_button(self, button: QPushButton) -> None:
        self.buttons.addWidget(button)

    def _level_choices(self, field: str) -> list[tuple[int, str]]:
        choices = [(n, self.model.level_text(field, n)) for n in range(1, 6)]
        if field.startswith("residual"):
            choices.insert(0, (0, self.tr("— same as inherent")))
        return choices

    def _placeholder(self, field: str) -> str:
        return {
            "cause": self.tr("Because … (the source of the risk)"),
            "event": self.tr("… could happen (the uncertain event)"),
            "effect": self.tr("… which would (the effect on the plan's goals)"),
            "mitigation": self.tr("What we do now to make it less likely or less harmful"),
            "contingency": self.tr("What we do if it happens anyway"),
            "trigger": self.tr("The early warning that tells us it is happening"),
        }[field]

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.details.setEnabled(current.isValid())
        if current.isValid():
            self.mapper.setCurrentModelIndex(current)
        else:
            for editor in self.editors.values():
                editor.clear()

    def selected_source_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows = {self.proxy.mapToSource(current).row()}
        return sorted(rows)

    def select_source_row(self, row: int, column: str = "title") -> None:
        index = self.proxy.mapFromSource(self.model.index(row, self.model.column_of(column)))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def refresh_summary(self) -> None:
        risks, scales = self.model.items, self.model.register.scales
        counts = {b: sum(1 for r in risks if scales.band(r.score) == b) for b in BANDS}
        parts = [
            f"{counts[b]} {band_name(b, self.model.language).lower()}" for b in reversed(BANDS) if counts[b]
        ]
        text = self.tr("1 risk") if len(risks) == 1 else self.tr("%1 risks").replace("%1", str(len(risks)))
        self.summary.setText(text + (": " + ", ".join(parts) if parts else ""))
        if self.table.currentIndex().isValid():
            self.mapper.setCurrentModelIndex(self.table.currentIndex())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
