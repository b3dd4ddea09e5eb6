"""The bridge from the reference (budget, or the prior period) to the actual: one step per driver.

With quantities for both the actual and the reference, the gap splits into the price, volume
and mix variances a controller computes by product; without them, into the categories' own
gaps. The steps are computed in ``Decimal`` from the sums (which carry the data's own decimals),
so the reference plus the steps is exactly the actual, to the öre: the mix variance is what
remains after price and volume, which is its definition, and 'other' is what remains after the
categories shown.

Price, volume and mix against the reference, for products i with actual quantity Qa and
amount A, reference quantity Qr and amount R, reference price Pr = R / Qr:

- price  = Σ (A − Qa × Pr)              what the actual quantities sold for above the reference prices
- volume = (ΣQa − ΣQr) × ΣR / ΣQr         the change in quantity at the reference's average price
- mix    = (ΣA − ΣR) − price − volume    the shift between products of different price
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

TOP_STEPS = 4  # categories shown one by one in a category bridge; the rest are 'other'


def dec(value: float) -> Decimal:
    """A stored sum as the exact decimal it stands for (sums are rounded to the data's decimals)."""
    return Decimal(repr(float(value)))


def _places(places: int) -> Decimal:
    return Decimal(1).scaleb(-places)


def category_steps(lines: list[dict[str, Any]], gap: Decimal) -> list[dict[str, Any]]:
    """One step per category gap, largest first, the rest as 'other' so the steps sum to ``gap``."""
    ranked = sorted(lines, key=lambda line: -abs(dec(line["actual"]) - dec(line["reference"])))
    ranked = [line for line in ranked if dec(line["actual"]) != dec(line["reference"])]
    shown = ranked[:TOP_STEPS] if len(ranked) > TOP_STEPS + 1 else ranked
    steps: list[dict[str, Any]] = []
    for line in shown:
        value = dec(line["actual"]) - dec(line["reference"])
        steps.append({"kind": "category", "name": line["name"], "blank": bool(line.get("blank")),
                      "value": value})  # fmt: skip
    rest = gap - sum((s["value"] for s in steps), Decimal(0))
    if rest or len(ranked) > len(shown):
        steps.append({"kind": "other", "count": len(ranked) - len(shown), "value": rest})
    return steps


def pvm_steps(
    lines: list[dict[str, Any]], gap: Decimal, places: int, by_product: bool
) -> list[dict[str, Any]] | None:
    """Price, volume and (by product) mix; None when the quantities cannot carry it (none, or
    a total quantity that is not positive)."""
    qa = sum((dec(line["quantity"]) for line in lines), Decimal(0))
    qr = sum((dec(line["reference_quantity"]) for line in lines), Decimal(0))
    reference = sum((dec(line["reference"]) for line in lines), Decimal(0))
    if qa <= 0 or qr <= 0:
        return None
    price = Decimal(0)
    for line in lines:
        a, r = dec(line["actual"]), dec(line["reference"])
        q_now, q_ref = dec(line["quantity"]), dec(line["reference_quantity"])
        if q_now and q_ref:  # a product new or dropped against the reference has no price variance
            price += a - q_now * (r / q_ref)
    quantum = _places(max(places, 2))  # to the öre (or cent), whatever decimals the amounts were typed with
    price = price.quantize(quantum)
    volume = ((qa - qr) * reference / qr).quantize(quantum)
    steps: list[dict[str, Any]] = [
        {"kind": "price", "value": price},
        {"kind": "volume", "value": volume},
    ]
    mix = gap - price - volume
    if by_product:
        steps.append({"kind": "mix", "value": mix})
    elif mix:  # without products the split is exact up to rounding: keep the öre visible
        steps[-1]["value"] += mix
    return steps


def bridge(
    comparison: dict[str, Any], lines: list[dict[str, Any]] | None, places: int, by_product: bool
) -> dict[str, Any]:
    """The bridge for one comparison (``actual``, ``reference``, its kind and labels): price,
    volume and mix when every line has quantities, else by category, else the gap alone."""
    start, end = dec(comparison["reference"]), dec(comparison["actual"])
    gap = end - start
    method = "total"
    steps: list[dict[str, Any]] = [{"kind": "gap", "value": gap}]
    if lines and all("quantity" in line for line in lines):
        found = pvm_steps(lines, gap, places, by_product)
        if found is not None:
            method, steps = "pvm", found
    if method == "total" and lines and by_product:
        found = category_steps(lines, gap)
        if found:  # every category on its reference: nothing to bridge but the (zero) gap
            method, steps = "category", found
    assert start + sum((s["value"] for s in steps), Decimal(0)) == end, "a bridge must add up"
    return {
        "reference": comparison["kind"],
        "method": method,
        "start": float(start),
        "end": float(end),
        "steps": [{**s, "value": float(s["value"])} for s in steps],
    }
