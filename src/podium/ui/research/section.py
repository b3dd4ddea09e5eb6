"""The Research section: the company, its market and news, the panel, ideas, doubts and questions to ask.

Every edit lands in ``prep.research`` at once and is saved by the session; edits
that feed the deck (goals, ideas, doubts) refill its research slots at once and
redraw the slides when typing pauses. Lists are model/view tables whose add, remove and move are undoable.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from podium.core.deck.edits import add_opportunities_slide
from podium.core.deck.research_slides import OPPORTUNITIES_KEY, refill
from podium.core.errors import ExportError
from podium.core.render.theme import parse_hex, to_hex
from podium.core.research.records import (
    AskQuestion,
    Doubt,
    Idea,
    NewsItem,
    Person,
    load_research,
    save_logo,
    store_research,
)
from podium.core.research.website import FetchError, normalise_url
from podium.ui.common import messages, style
from podium.ui.common.session import PreparationSession
from podium.ui.common.undo_shortcuts import add_undo_shortcuts
from podium.ui.research.record_table import Column, Detail, RecordEditor

if TYPE_CHECKING:
    from podium.ui.research.website_dialog import SiteDialog

DECK_REDRAW_MS = 400  # redraw the deck's research slides once typing pauses


def open_link(parent: QWidget, url: str) -> bool:
    """Open an http(s) link in the user's browser; anything else gets a clear message."""
    try:
        target = normalise_url(url)
    except FetchError as exc:
        messages.error(parent, QCoreApplication.translate("ResearchPanel", "Cannot open the link"), str(exc))
        return False
    return QDesktopServices.openUrl(QUrl(target))


def _text(multiline: bool = False, height: int = 64) -> QLineEdit | QPlainTextEdit:
    if not multiline:
        return QLineEdit()
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("researchIntro")
    style.mark(label, "hint")
    return label


class ResearchPanel(QWidget):
    """Company research, autosaved through the session."""

    deck_refilled = Signal()

    def __init__(self, session: PreparationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.research = load_research(session.prep)
        self.undo = QUndoStack(self)
        self.site_dialog: SiteDialog | None = None
        self._deck_timer = QTimer(self)
        self._deck_timer.setSingleShot(True)
        self._deck_timer.setInterval(DECK_REDRAW_MS)
        self._deck_timer.timeout.connect(self._refill_deck)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("researchSections")
        self.nav.setAccessibleName(self.tr("Research sections"))
        self.nav.setMaximumWidth(220)
        self.pages = QStackedWidget()
        self._add_page(self.tr("Company"), self._company_page())
        self._add_page(self.tr("Market and news"), self._market_page())
        self._add_page(self.tr("The panel"), self._people_page())
        self._add_page(self.tr("Could do better"), self._ideas_page())
        self._add_page(self.tr("Doubts to answer"), self._doubts_page())
        self._add_page(self.tr("Questions to ask"), self._questions_page())
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)

        self.brief_button = QPushButton(self.tr("Research brief (PDF)…"))
        self.brief_button.clicked.connect(self.export_brief)
        add_undo_shortcuts(self, self.undo, self.tr("Undo"), self.tr("Redo"))
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.brief_button)
        layout = QVBoxLayout()  # installed on self once filled
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.setLayout(layout)
        self._load_company()

    # ------------------------------------------------------------------ pages

    def _add_page(self, title: str, page: QWidget) -> None:
        self.nav.addItem(title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.pages.addWidget(scroll)

    def _field(self, form: QFormLayout, label: str, name: str, *, multiline: bool = False,
               placeholder: str = "", height: int = 64) -> QLineEdit | QPlainTextEdit:  # fmt: skip
        edit = _text(multiline, height)
        edit.setObjectName(f"company_{name}")
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        if isinstance(edit, QLineEdit):
            edit.textEdited.connect(lambda _t: self._company_changed(name))
        else:
            edit.textChanged.connect(lambda: self._company_changed(name))
        self.fields[name] = edit
        form.addRow(label, edit)
        return edit

    def _company_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name = QLineEdit(self.session.prep.company)
        self.name.setObjectName("company_name")
        self.name.textEdited.connect(self._name_changed)
        form.addRow(self.tr("&Name:"), self.name)
        website_row = QHBoxLayout()
        website = QLineEdit()
        website.setObjectName("company_website")
        website.setAccessibleName(self.tr("Website"))
        website.setPlaceholderText("https://www.example.com")
        website.textEdited.connect(lambda _t: self._company_changed("website"))
        self.fields["website"] = website
        self.open_site_button = QPushButton(self.tr("Open"))
        self.open_site_button.clicked.connect(lambda: open_link(self, self.research.company.website))
        self.fetch_button = QPushButton(self.tr("&From website…"))
        self.fetch_button.setObjectName("fetchButton")
        self.fetch_button.clicked.connect(self.fetch_from_website)
        website_row.addWidget(website, 1)
        website_row.addWidget(self.open_site_button)
        website_row.addWidget(self.fetch_button)
        form.addRow(self.tr("Website:"), website_row)
        self._field(form, self.tr("&Industry:"), "industry")
        self._field(form, self.tr("What it &sells:"), "offering", multiline=True)
        self._field(form, self.tr("&Mission:"), "mission", multiline=True)
        self._field(form, self.tr("Si&ze:"), "size", placeholder=self.tr("staff, revenue, markets"))
        self._field(form, self.tr("Operational &goals:"), "goals", multiline=True, height=90,
                    placeholder=self.tr("One goal per line; they appear on your closing slide"))  # fmt: skip
        self._field(
            form, self.tr("The &department and how it fits:"), "department", multiline=True, height=90
        )
        self.logo = QLabel()
        self.logo.setObjectName("logoPreview")
        self.logo.setMinimumHeight(60)
        self.show_logo = QCheckBox(self.tr("Show the logo on the slides"))
        self.show_logo.toggled.connect(self._show_logo_toggled)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.show_logo)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo:"), logo_row)
        self.brand = QLineEdit(self.session.prep.brand_color)
        self.brand.setObjectName("brandColor")
        self.brand.setAccessibleName(self.tr("Brand colour"))
        self.brand.setPlaceholderText("#1A5FB4")
        self.brand.setMaximumWidth(120)
        self.brand.textEdited.connect(self._brand_changed)
        self.swatch = QLabel()
        self.swatch.setFixedSize(24, 24)
        brand_row = QHBoxLayout()
        brand_row.addWidget(self.brand)
        brand_row.addWidget(self.swatch)
        brand_row.addWidget(QLabel(self.tr("the accent colour of your slides")))
        brand_row.addStretch(1)
        form.addRow(self.tr("Brand colour:"), brand_row)
        return page

    def _market_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout()  # installed on page once filled
        form = QFormLayout()
        self._field(form, self.tr("&Competitors:"), "competitors", multiline=True, height=80,
                    placeholder=self.tr("One per line"))  # fmt: skip
        self._field(form, self.tr("C&ulture and values:"), "culture", multiline=True, height=80)
        layout.addLayout(form)
        page.setLayout(layout)
        layout.addWidget(QLabel(self.tr("<b>Recent news</b>")))
        self.news = self._editor(
            self.research.news, NewsItem,
            [Column("date", lambda: self.tr("Date"), stretch=False), Column("headline", lambda: self.tr("Headline")),
             Column("url", lambda: self.tr("Source link"))],
            [Detail("note", lambda: self.tr("Why it matters:"))],
            lambda: self.tr("news item"), deck=False,
        )  # fmt: skip
        self.news.view.doubleClicked.connect(lambda index: self._open_record(self.news, index.row(), "url"))
        open_news = QPushButton(self.tr("Open source link"))
        open_news.clicked.connect(lambda: self._open_record(self.news, self.news.current_row(), "url"))
        layout.addWidget(self.news, 1)
        layout.addWidget(open_news, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _people_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_intro(self.tr(
            "Who will you meet? Note what each person cares about in this role, so you can speak to it, "
            "and what you want to ask them. Future colleagues often join the second interview and listen for "
            "what working with you would be like: use their names, link a point to their work, and ask for "
            "their view at least once.")))  # fmt: skip
        self.people = self._editor(
            self.research.people, Person,
            [Column("name", lambda: self.tr("Name")), Column("title", lambda: self.tr("Title"))],
            [Detail("interest", lambda: self.tr("Their interest in the role:")),
             Detail("notes", lambda: self.tr("Notes:")),
             Detail("ask", lambda: self.tr("What to ask them:")),
             Detail("url", lambda: self.tr("Profile link:"), multiline=False, placeholder=lambda: "https://")],
            lambda: self.tr("person"), deck=False,
        )  # fmt: skip
        open_profile = QPushButton(self.tr("Open profile"))
        open_profile.clicked.connect(lambda: self._open_record(self.people, self.people.current_row(), "url"))
        layout.addWidget(self.people, 1)
        layout.addWidget(open_profile, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _ideas_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_intro(self.tr(
            "“What could we do better?” is not a trick question. Note what you noticed (the website, a store, "
            "a process), how you know, and a constructive proposal. They fill your opportunities slide.")))  # fmt: skip
        self.ideas = self._editor(
            self.research.ideas, Idea,
            [Column("observation", lambda: self.tr("What I noticed")), Column("evidence", lambda: self.tr("How I know")),
             Column("proposal", lambda: self.tr("What I propose"))],
            [Detail("observation", lambda: self.tr("What I noticed:")), Detail("evidence", lambda: self.tr("How I know:")),
             Detail("proposal", lambda: self.tr("What I propose:"))],
            lambda: self.tr("idea"), deck=True,
        )  # fmt: skip
        self.add_slide_button = QPushButton(self.tr("Add an opportunities slide to the deck"))
        self.add_slide_button.setObjectName("addOpportunities")
        self.add_slide_button.clicked.connect(self.add_opportunities)
        layout.addWidget(self.ideas, 1)
        layout.addWidget(self.add_slide_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.ideas.changed.connect(self._update_slide_button)
        self.session.deck_changed.connect(self._update_slide_button)
        self._update_slide_button()
        return page

    def _doubts_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_intro(self.tr(
            "What did the panel question in the first interview? Expect them to come back to it. "
            "Write the evidence that answers each doubt: it goes on your closing slide and into your practice.")))  # fmt: skip
        self.doubts = self._editor(
            self.research.doubts, Doubt,
            [Column("doubt", lambda: self.tr("What they questioned")),
             Column("evidence", lambda: self.tr("Evidence that answers it"))],
            [Detail("doubt", lambda: self.tr("What they questioned:")),
             Detail("evidence", lambda: self.tr("Evidence that answers it:"))],
            lambda: self.tr("doubt"), deck=True,
        )  # fmt: skip
        layout.addWidget(self.doubts, 1)
        return page

    def _questions_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_intro(self.tr(
            "Questions you will ask them. Good ones show your research: about the team, what success looks like, "
            "the biggest challenge right now. Avoid what the website already answers.")))  # fmt: skip
        self.asks = self._editor(
            self.research.questions, AskQuestion,
            [Column("text", lambda: self.tr("Question")), Column("who", lambda: self.tr("To whom"))],
            [], lambda: self.tr("question"), deck=False,
        )  # fmt: skip
        layout.addWidget(self.asks, 1)
        return page

    def _editor(self, records, factory, columns, details, noun, *, deck: bool) -> RecordEditor:
        editor = RecordEditor(records, factory, columns, details, self.undo, noun)
        editor.changed.connect(lambda: self._changed(deck))
        return editor

    # ---------------------------------------------------------------- editing

    def _load_company(self) -> None:
        company = self.research.company
        for name, edit in self.fields.items():
            value = getattr(company, name)
            if isinstance(edit, QLineEdit):
                edit.setText(value)
            else:
                edit.blockSignals(True)
                edit.setPlainText(value)
                edit.blockSignals(False)
        self._show_brand(self.session.prep.brand_color)
        self._show_logo()

    def _company_changed(self, name: str) -> None:
        edit = self.fields[name]
        value = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        setattr(self.research.company, name, value)
        self._changed(deck=name == "goals")

    def _name_changed(self, text: str) -> None:
        self.session.prep.company = text.strip()
        self.session.deck_edited()  # the footer names the company

    def _brand_changed(self, text: str) -> None:
        rgb = parse_hex(text)
        if rgb is None and text.strip():
            self.swatch.setStyleSheet(f"border: 1px dashed {style.colour('error').name()};")
            self.brand.setToolTip(self.tr("Use a colour like #1A5FB4"))
            return
        self.session.prep.brand_color = to_hex(rgb) if rgb else ""
        self._show_brand(self.session.prep.brand_color)
        self.session.deck_edited()

    def _show_brand(self, color: str) -> None:
        self.brand.setToolTip("")
        if color and QColor(color).isValid():
            self.swatch.setStyleSheet(f"background: {color}; border: 1px solid palette(mid);")
        else:
            self.swatch.setStyleSheet("border: 1px dashed palette(mid);")

    def _show_logo(self) -> None:
        path = self.research.company.logo
        pixmap = QPixmap(path) if path and Path(path).exists() else QPixmap()
        if pixmap.isNull():
            self.logo.setText(self.tr("No logo yet: use From website, or the logo stays off the slides."))
            self.show_logo.setEnabled(False)
        else:
            self.logo.setPixmap(pixmap.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation))
            self.show_logo.setEnabled(True)
        self.show_logo.blockSignals(True)
        self.show_logo.setChecked(bool(self.session.prep.deck.logo) and not pixmap.isNull())
        self.show_logo.blockSignals(False)

    def _show_logo_toggled(self, on: bool) -> None:
        self.session.prep.deck.logo = self.research.company.logo if on else ""
        self.session.deck_edited()

    def _changed(self, deck: bool = False) -> None:
        store_research(self.session.prep, self.research)
        if deck:  # the deck has the new text at once (an export right now gets it); redraw once typing pauses
            refill(self.session.prep)
            self._deck_timer.start()
        self.session.edited()

    def _refill_deck(self) -> None:
        self.session.deck_edited()
        self.deck_refilled.emit()

    def flush(self) -> None:
        """Redraw now if a redraw is pending."""
        if self._deck_timer.isActive():
            self._deck_timer.stop()
            self._refill_deck()

    def _open_record(self, editor: RecordEditor, row: int, name: str) -> None:
        if 0 <= row < len(editor.records):
            open_link(self, getattr(editor.records[row], name))

    def _update_slide_button(self) -> None:
        has_slide = any(s.key == OPPORTUNITIES_KEY for s in self.session.prep.deck.slides)
        self.add_slide_button.setEnabled(not has_slide and bool(self.research.usable_ideas))
        self.add_slide_button.setToolTip(self.tr("The deck already has it") if has_slide else "")

    def add_opportunities(self) -> None:
        self.flush()
        index = add_opportunities_slide(self.session.prep)
        self.session.deck_edited()
        self._update_slide_button()
        messages.info(self, self.tr("Slide added"),
                      self.tr("The opportunities slide is slide %1, before your closing slide.").replace("%1", str(index + 1)))  # fmt: skip

    # ------------------------------------------------------------ the website

    def fetch_from_website(self) -> None:
        from podium.ui.research.website_dialog import SiteDialog

        url = self.research.company.website
        try:
            normalise_url(url)
        except FetchError as exc:
            messages.error(self, self.tr("Not a web address"), str(exc))
            return
        prep = self.session.prep
        self.site_dialog = SiteDialog(
            url, has_name=bool(prep.company), has_description=bool(self.research.company.offering.strip()),
            has_color=bool(prep.brand_color), parent=self,
        )  # fmt: skip
        self.site_dialog.accepted.connect(self._apply_site)
        self.site_dialog.open()

    def _apply_site(self) -> None:
        if self.site_dialog is None:
            return
        choice = self.site_dialog.choice()
        prep = self.session.prep
        company = self.research.company
        if choice.url:
            company.website = choice.url
        if choice.name:
            prep.company = choice.name
            self.name.setText(choice.name)
        if choice.description:
            company.offering = choice.description
        if choice.color:
            prep.brand_color = choice.color
            self.brand.setText(choice.color)
            self._show_brand(choice.color)
        if choice.logo:
            try:
                save_logo(prep, self.research, choice.logo)
            except ExportError as exc:
                messages.error(self, self.tr("Logo not saved"), str(exc))
        self._load_company()
        self._changed()
        self.session.deck_edited()

    # ------------------------------------------------------------ take-away

    def export_brief(self) -> None:
        from podium.ui.interview.takeaway import export_research_brief

        self.flush()
        export_research_brief(self, self.session.prep)
