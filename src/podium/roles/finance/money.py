"""Amounts in one scale and one unit word: 'SEK 974k' / '974 tkr' in a sentence, '974' under 'SEK k'.

A deck that writes −652 507 in one cell and 2,0 mn in the next makes the panel do arithmetic
in their heads. The scale is chosen once from the largest amount the deck shows and kept on
every slide, in sentences, table cells (the unit word in the header) and chart axes (the unit
word in the title, the scaling in the chart's number format), so a figure on one slide is
written the same way on the next.
"""

from __future__ import annotations

from dataclasses import dataclass

from podium.core.text import format_number
from podium.roles.finance.wording import phrasebook

SCALES = ((1e9, "billions"), (1e6, "millions"), (1e3, "thousands"), (1.0, "units"))
# Office number formats that show a sum in each scale: a trailing comma divides by a thousand.
_COMMAS = {1e9: ",,,", 1e6: ",,", 1e3: ",", 1.0: ""}


@dataclass(frozen=True)
class Money:
    language: str
    currency: str = "SEK"
    data_scale: float = 1.0  # the file's own unit: 1, or 1e3 for 'Belopp tkr'
    factor: float = 1.0  # the deck's: units, thousands, millions or billions of the currency
    places: int = 0

    @classmethod
    def for_amounts(cls, amounts: list[float], language: str, currency: str, data_scale: float) -> Money:
        """The scale a reader expects for amounts up to the largest of ``amounts``: SEK 974k, SEK 49.5m."""
        largest = max((abs(a) * data_scale for a in amounts), default=0.0)
        if largest >= 1e9:
            factor, places = 1e9, 1
        elif largest >= 1e6:
            factor, places = 1e6, 1
        elif largest >= 1e4:
            factor, places = 1e3, 0
        else:
            factor, places = 1.0, 0 if largest >= 100 else 2
        return cls(language, currency, data_scale, factor, places)

    @property
    def _name(self) -> str:
        return next(name for size, name in SCALES if size == self.factor)

    def number(self, value: float, signed: bool = False, places: int | None = None) -> str:
        """The figure in the deck's scale, without a unit word: '974', '+76', '−0.4'.

        A small amount that would round to nothing gets up to two more decimals, so a
        variance of SEK 40k in a deck kept in millions reads −0.04, not −0.0.
        """
        scaled = value * self.data_scale / self.factor
        places = self.places_visible(value) if places is None else places
        text = format_number(scaled, self.language, places)
        if round(scaled, places) == 0:
            text = format_number(0.0, self.language, places)
        elif signed and scaled > 0:
            text = "+" + text
        return text

    def amount(self, value: float, signed: bool = False) -> str:
        """The figure with its unit word, as said in a sentence: 'SEK 974k', '+SEK 76k' / '+76 tkr'."""
        number = self.number(value, signed)
        sign = number[0] if number[:1] in ("+", "-", "\u2212") else ""
        return phrasebook(self.language).say(
            f"money.{self.currency_key}.{self._name}",
            sign=sign,
            digits=number[len(sign) :],
            number=number,
            code=self.currency,
        )

    @property
    def currency_key(self) -> str:
        return self.currency if self.currency in ("SEK", "EUR", "USD", "GBP") else "other"

    def unit(self) -> str:
        """The unit word for a header or a chart title: 'SEK k' / 'tkr'."""
        return phrasebook(self.language).say(
            f"money_unit.{self.currency_key}.{self._name}", code=self.currency
        )

    def places_visible(self, value: float) -> int:
        """The decimals that keep ``value`` from reading as zero in this scale (two more at most)."""
        scaled, places = value * self.data_scale / self.factor, self.places
        while scaled and round(scaled, places) == 0 and places < self.places + 2:
            places += 1
        return places

    def places_for(self, step: float) -> int:
        """The decimals an axis in steps of ``step`` (in the data's unit) needs in this scale: 0.05 needs 2."""
        shown = step * self.data_scale / self.factor
        places = self.places
        while places < 6 and abs(round(shown, places) - shown) > 1e-9 * max(1.0, abs(shown)):
            places += 1
        return places

    def chart_format(self, places: int | None = None) -> str:
        """The Office number format that writes a sum in this scale (the chart's title names the unit)."""
        places = self.places if places is None else places
        digits = "#,##0" + ("." + "0" * places if places else "")
        factor = self.factor / self.data_scale
        commas = _COMMAS.get(factor)
        if (
            commas is None
        ):  # the file is in thousands and the deck in units (rare): write the sums as they are
            commas = ""
        return digits + commas
