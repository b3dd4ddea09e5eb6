"""Read the company's website in the background and let the user pick what to keep.

The fetch (``core.research.website``) runs on the thread pool; the dialog stays
responsive and Cancel closes it at once. SVG logos are drawn to PNG here, with
Qt's SVG renderer (no scripts) on the UI thread, since slides and Pillow need a raster image.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from podium.core.progress import Progress
from podium.core.research.website import FetchError, Logo, SiteInfo, check_image, fetch_site
from podium.ui.common import style
from podium.ui.common.jobs import Job

LOGO_HEIGHT = 160  # pixels an SVG logo is drawn at


def rasterise(logo: Logo) -> Logo | None:
    """An SVG logo drawn to PNG; None if Qt cannot draw it."""
    renderer = QSvgRenderer(QByteArray(logo.data))
    size = renderer.defaultSize()
    if not renderer.isValid() or size.isEmpty():
        return None
    scale = LOGO_HEIGHT / size.height()
    image = QImage(QSize(max(1, round(size.width() * scale)), LOGO_HEIGHT), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # str: the stubs say bytes, the binding refuses them
    try:
        png = check_image(bytes(buffer.data().data()))
    except FetchError:
        return None
    return Logo(logo.url, png.data, png.width, png.height, False, logo.source)


def read_site(url: str, progress: Progress) -> SiteInfo:
    """The background work: the fetch, plain Python (the SVG logos are drawn on the UI thread)."""
    return fetch_site(url, cancelled=progress.cancelled)


def draw_svg_logos(info: SiteInfo) -> SiteInfo:
    """Turn SVG logos into PNG, on the UI thread: QSvgRenderer is a QObject with signals, which
    a worker must not create (see ``ui.common.jobs``)."""
    logos = []
    for logo in info.logos:
        drawn = rasterise(logo) if logo.svg else logo
        if drawn is None:
            info.problems.append(f"Logo candidate {logo.url} skipped: the SVG could not be drawn")
        else:
            logos.append(drawn)
    info.logos = logos
    return info


@dataclass
class SiteChoice:
    """What the user accepted from the site."""

    url: str
    name: str = ""
    description: str = ""
    logo: bytes = b""
    color: str = ""


class SiteDialog(QDialog):
    """Progress while the site is read, then what was found, each part with its own checkbox."""

    def __init__(
        self,
        url: str,
        *,
        has_name: bool,
        has_description: bool,
        has_color: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("From the company's website"))
        self.setMinimumWidth(520)
        self.state = "reading"  # reading, done, failed
        self.info: SiteInfo | None = None
        self._defaults = (has_name, has_description, has_color)
        self.status = QLabel(self.tr("Reading %1 …").replace("%1", url))
        self.status.setWordWrap(True)
        self.status.setObjectName("siteStatus")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the fetch has no meaningful percentage
        self.found = QWidget()
        self.found.hide()
        self.use_name = QCheckBox()
        self.use_description = QCheckBox()
        self.use_logo = QCheckBox(self.tr("Show the selected logo on the slides"))
        self.use_color = QCheckBox()
        self.logos = QListWidget()
        self.logos.setViewMode(QListView.ViewMode.IconMode)
        self.logos.setIconSize(QSize(140, 70))
        self.logos.setMaximumHeight(120)
        self.logos.setObjectName("logoCandidates")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        style.mark(self.problems, tone="warning")
        form = QFormLayout(self.found)
        form.addRow(self.tr("Name:"), self.use_name)
        form.addRow(self.tr("Description:"), self.use_description)
        form.addRow(self.tr("Logo:"), self.logos)
        form.addRow("", self.use_logo)
        form.addRow(self.tr("Brand colour:"), self.use_color)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.addButton(
            self.tr("Use selected"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.found)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.job = Job(lambda progress: read_site(url, progress), self, expected=(FetchError,),
                       failure=self.tr("Unexpected problem: %1"))  # fmt: skip
        self.job.succeeded.connect(self._show)
        self.job.failed.connect(self._failed)
        self.job.start()

    def reject(self) -> None:
        self.job.cancel()  # the UI never waits for the network
        super().reject()

    def _failed(self, text: str) -> None:
        self.state = "failed"
        self.progress.hide()
        self.status.setText(self.tr("Nothing was read. %1").replace("%1", text))
        style.mark(self.status, tone="error")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def _show(self, info: SiteInfo) -> None:
        self.state, self.info = "done", draw_svg_logos(info)
        self.progress.hide()
        self.status.setText(self.tr("Found on %1 — tick what you want to keep:").replace("%1", info.url))
        has_name, has_description, has_color = self._defaults
        name = info.site_name or info.title
        self._option(self.use_name, name, not has_name)
        self._option(self.use_description, info.description, not has_description)
        color_text = info.theme_color
        self._option(self.use_color, color_text, not has_color)
        if info.theme_color:
            swatch = QPixmap(16, 16)
            swatch.fill(QColor(info.theme_color))
            self.use_color.setIcon(QIcon(swatch))
        for logo in info.logos:
            image = QImage.fromData(logo.data)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), f"{logo.width}×{logo.height}")
            item.setToolTip(logo.url)
            self.logos.addItem(item)
        if info.logos:
            self.logos.setCurrentRow(0)
        self.use_logo.setEnabled(bool(info.logos))
        self.use_logo.setChecked(bool(info.logos))
        if not info.logos:
            self.use_logo.setText(self.tr("No logo found"))
        self.problems.setText("\n".join(info.problems))
        self.found.show()
        self.ok_button.setEnabled(not info.empty)
        self.ok_button.setDefault(True)

    def _option(self, box: QCheckBox, value: str, checked: bool) -> None:
        box.setText(value or self.tr("(none found)"))
        box.setEnabled(bool(value))
        box.setChecked(bool(value) and checked)

    def choice(self) -> SiteChoice:
        """What the user ticked (call after the dialog was accepted)."""
        info = self.info
        if info is None:
            return SiteChoice(url="")
        out = SiteChoice(url=info.url)
        if self.use_name.isChecked():
            out.name = info.site_name or info.title
        if self.use_description.isChecked():
            out.description = info.description
        if self.use_logo.isChecked() and 0 <= self.logos.currentRow() < len(info.logos):
            out.logo = info.logos[self.logos.currentRow()].data
        if self.use_color.isChecked():
            out.color = info.theme_color
        return out
