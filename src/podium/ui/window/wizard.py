"""The new-preparation wizard: the role, then the interview's details."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from podium.core import clock
from podium.core.model import DEFAULT_QA_MINUTES, DEFAULT_TALK_MINUTES, Preparation
from podium.core.roles import catalogue
from podium.ui.common.i18n import current_language, date_time_format


def default_language() -> str:
    """The UI's language (the system's, or the one chosen in Settings): the deck's until changed."""
    return current_language()


class RolePage(QWizardPage):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What is the presentation task?"))
        self.setSubTitle(
            self.tr(
                "Pick the role you are interviewing for; Podium scaffolds the deck a professional in that role would present."
            )
        )
        self.roles = QListWidget()
        self.roles.setObjectName("roleList")
        self.roles.setAccessibleName(self.tr("Role"))
        for role in catalogue().values():
            item = QListWidgetItem(f"{role.name(language)} — {role.task(language)}")
            item.setData(Qt.ItemDataRole.UserRole, role.id)
            item.setToolTip(role.description(language))
            self.roles.addItem(item)
        self.roles.setCurrentRow(0)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.roles.currentItemChanged.connect(self._describe)
        layout = QVBoxLayout(self)
        layout.addWidget(self.roles)
        layout.addWidget(self.description)
        self._describe()

    def _describe(self) -> None:
        item = self.roles.currentItem()
        self.description.setText(item.toolTip() if item else "")

    def role_id(self) -> str:
        item = self.roles.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def isComplete(self) -> bool:
        return bool(self.role_id())


class DetailsPage(QWizardPage):
    def __init__(self, language: str, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The interview"))
        self.setSubTitle(
            self.tr("Podium uses these to fill the deck, split the talk time and count down to the day.")
        )
        self.company = QLineEdit()
        self.company.setObjectName("company")
        self.company.setPlaceholderText(self.tr("e.g. Nordvik AB"))
        self.job_title = QLineEdit()
        self.job_title.setObjectName("jobTitle")
        self.job_title.setPlaceholderText(self.tr("e.g. Senior Financial Analyst"))
        self.interview_at = QDateTimeEdit()
        self.interview_at.setCalendarPopup(True)
        self.interview_at.setLocale(QLocale(current_language()))  # month names in the UI language
        self.interview_at.setDisplayFormat(date_time_format())
        day = (now + timedelta(days=3)).date()
        self.interview_at.setDateTime(QDateTime(QDate(day.year, day.month, day.day), QTime(10, 0)))
        self.interview_at.setTime(QTime(10, 0))
        self.talk_minutes = QSpinBox()
        self.talk_minutes.setRange(1, 180)
        self.talk_minutes.setValue(DEFAULT_TALK_MINUTES)
        self.talk_minutes.setSuffix(self.tr(" min"))
        self.qa_minutes = QSpinBox()
        self.qa_minutes.setRange(0, 120)
        self.qa_minutes.setValue(DEFAULT_QA_MINUTES)
        self.qa_minutes.setSuffix(self.tr(" min"))
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Svenska", "sv")
        self.language.setCurrentIndex(self.language.findData(language))
        form = QFormLayout(self)
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("&Job title:"), self.job_title)
        form.addRow(self.tr("&Interview:"), self.interview_at)
        form.addRow(self.tr("&Talk length:"), self.talk_minutes)
        form.addRow(self.tr("&Questions after:"), self.qa_minutes)
        form.addRow(self.tr("Deck &language:"), self.language)
        self.company.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.company.text().strip())


class NewPreparationWizard(QWizard):
    """Collects what a new Preparation needs; ``preparation()`` builds it."""

    def __init__(self, parent: QWidget | None = None, *, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New preparation"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        language = default_language()
        self.role_page = RolePage(language)
        self.details_page = DetailsPage(language, now or clock.now())
        self.addPage(self.role_page)
        self.addPage(self.details_page)
        self.resize(640, 460)

    def preparation(self) -> Preparation:
        d = self.details_page
        interview_at = d.interview_at.dateTime().toPython()
        assert isinstance(interview_at, datetime)  # what toPython() gives a QDateTime; the stubs say object
        return Preparation(
            role=self.role_page.role_id(),
            company=d.company.text().strip(),
            job_title=d.job_title.text().strip(),
            interview_at=interview_at,
            talk_minutes=d.talk_minutes.value(),
            qa_minutes=d.qa_minutes.value(),
            language=str(d.language.currentData()),
        )
