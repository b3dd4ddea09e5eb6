"""Match a file's column headers to register or plan fields, in English and Swedish.

Each header gets a field and a verdict: *sure* (a known name) or *unsure* (a near
miss the user should confirm). Unmatched columns are kept as extra data, never dropped.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Known-but-computed fields: read only to check them, never stored.
COMPUTED = ("score", "band", "residual_score", "residual_band")

REGISTER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "risk id", "riskid", "ref", "reference", "risk ref", "no", "nr", "number", "risk no",
           "risk number", "key", "risknummer", "risk nr", "lopnummer", "beteckning"),
    "title": ("title", "headline", "heading", "risk", "name", "risk title", "risk name", "risk description", "description",
              "summary", "rubrik", "titel", "namn", "risknamn", "riskbeskrivning", "beskrivning", "benamning"),
    "cause": ("cause", "causes", "risk cause", "root cause", "source", "orsak", "orsaker", "grundorsak",
              "riskkalla", "kalla"),
    "event": ("event", "risk event", "what could happen", "handelse", "riskhandelse"),
    "effect": ("effect", "effects", "impact description", "consequence description", "outcome", "effekt",
               "foljd", "foljder", "konsekvensbeskrivning", "paverkan pa mal"),
    "category": ("category", "risk category", "type", "risk type", "area", "risk area", "workstream",
                 "kategori", "riskkategori", "typ", "risktyp", "omrade", "riskomrade"),
    "likelihood": ("likelihood", "probability", "prob", "l", "p", "s", "inherent likelihood", "gross likelihood",
                   "chance", "chance of occurrence", "probability of occurrence", "risk probability",
                   "likelihood 1 5", "sannolikhet", "inneboende sannolikhet", "sannolikhet 1 5"),
    "impact": ("impact", "consequence", "severity", "sev", "i", "c", "inherent impact", "gross impact", "impact 1 5",
               "delay", "schedule delay", "time impact", "cost impact", "forsening", "tidspaverkan",
               "konsekvens", "k", "allvarlighetsgrad", "paverkan", "inneboende konsekvens", "konsekvens 1 5"),
    "score": ("score", "risk score", "rating", "risk rating", "inherent score", "exposure", "risk value",
              "l x i", "lxi", "p x i", "pxi", "riskvarde", "riskpoang", "poang", "s x k", "sxk"),
    "band": ("band", "level", "risk level", "zone", "rag", "niva", "riskniva", "zon"),
    "residual_likelihood": ("residual likelihood", "net likelihood", "target likelihood",
                            "likelihood after", "sannolikhet efter atgard", "kvarvarande sannolikhet",
                            "kvarstaende sannolikhet",
                            "restsannolikhet", "sannolikhet efter"),
    "residual_impact": ("residual impact", "net impact", "target impact", "impact after",
                        "konsekvens efter atgard", "kvarvarande konsekvens", "kvarstaende konsekvens", "restkonsekvens",
                        "konsekvens efter"),
    "residual_score": ("residual score", "net score", "target score", "residual rating", "residual risk",
                       "riskvarde efter atgard", "kvarvarande riskvarde", "kvarstaende riskvarde", "restrisk",
                       "riskvarde efter"),
    "residual_band": ("residual band", "residual level", "net level", "niva efter atgard", "niva efter"),
    "proximity": ("proximity", "timing", "when", "time frame", "timeframe", "horizon", "narhet", "tidpunkt",
                  "nar", "tidshorisont"),
    "owner": ("owner", "risk owner", "responsible", "accountable", "agare", "riskagare", "ansvarig"),
    "response": ("response", "response type", "response strategy", "strategy", "treatment",
                 "treatment option", "strategi", "hantering", "hanteringsstrategi", "atgardstyp", "behandling"),
    "mitigation": ("mitigation", "mitigations", "mitigating action", "mitigating actions", "mitigation plan",
                   "mitigation action", "mitigation actions", "risk response actions", "response actions",
                   "actions", "action", "action plan", "treatment plan", "controls", "forebyggande atgard",
                   "forebyggande atgarder", "atgard", "atgarder", "atgardsplan", "riskreducerande atgard"),
    "contingency": ("contingency", "contingency plan", "fallback plan", "plan b", "beredskapsplan",
                    "reservplan", "beredskap", "alternativ plan"),
    "trigger": ("trigger", "triggers", "early warning", "early warning indicator", "warning sign",
                "indicator", "kri", "key risk indicator", "tidig varning", "utlosande signal", "utlosare",
                "varningssignal", "signal", "indikator", "tidiga varningstecken"),
    "status": ("status", "state", "risk status", "lage", "tillstand", "riskstatus"),
    "kind": ("threat opportunity", "threat or opportunity", "risk or opportunity", "risk opportunity", "t o",
             "threat opp", "hot mojlighet", "hot eller mojlighet", "risk eller mojlighet", "risk mojlighet"),
}  # fmt: skip

PLAN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "phase", "milestone", "activity", "task", "item", "stage", "step", "deliverable",
             "description", "namn", "fas", "milstolpe", "aktivitet", "uppgift", "moment", "steg", "etapp",
             "leverans", "beskrivning"),
    "kind": ("type", "kind", "category", "typ", "slag", "kategori"),
    "start": ("start", "start date", "from", "begin", "begins", "starts", "startdatum", "fran", "fr o m",
              "borjar", "start datum"),
    "end": ("end", "end date", "finish", "finish date", "to", "until", "ends", "slut", "slutdatum", "till",
            "t o m", "slutar", "klart", "slut datum"),
    "date": ("date", "milestone date", "due", "due date", "deadline", "datum", "klart senast"),
}  # fmt: skip

# "Residual" and "inherent" written as separate words around the base name.
_RESIDUAL = {"residual", "net", "after", "target", "post", "res", "kvarvarande", "kvarstaende", "efter", "rest",
             "netto"}  # fmt: skip
_INHERENT = {"inherent", "gross", "before", "pre", "initial", "current", "inneboende", "brutto", "fore"}
_FILLER = {"atgard", "atgarder", "action", "actions", "treatment", "mitigation", "0", "1", "3", "4", "5", "10",
           "15", "100", "of", "the"}  # fmt: skip
# Units and kinds of impact around a base name: "Impact (CHF)", "Cost impact", "Schedule Impact?".
_QUALIFIERS = {"chf", "sek", "eur", "usd", "gbp", "kr", "tkr", "ksek", "msek", "mkr", "days", "weeks", "dagar",
               "veckor", "pct", "percent", "procent", "cost", "costs", "financial", "schedule", "time", "budget",
               "kostnad", "ekonomisk", "tid", "tidplan", "quality", "kvalitet", "scope"}  # fmt: skip
_SINGLE_LETTERS_UNSURE = {"s", "c"}  # S could be score or sannolikhet, C could be consequence or cost
_RESIDUAL_OF = {"likelihood": "residual_likelihood", "impact": "residual_impact", "score": "residual_score",
                "band": "residual_band"}  # fmt: skip


def normalize(header: object) -> str:
    """'Sannolikhet (efter åtgärd)' -> 'sannolikhet efter atgard'."""
    text = unicodedata.normalize("NFKD", str(header or "")).encode("ascii", "ignore").decode()
    text = re.sub(r"[×*]", " x ", text.lower())
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@dataclass
class ColumnMatch:
    index: int
    header: str
    field: str | None
    sure: bool

    @property
    def unsure(self) -> bool:
        return self.field is not None and not self.sure


class Vocabulary:
    """Field names and their synonyms, normalised once."""

    def __init__(self, synonyms: dict[str, tuple[str, ...]]) -> None:
        self.fields = tuple(synonyms)
        self.table = {normalize(s): name for name, options in synonyms.items() for s in options}
        self.names = {name: options[0] for name, options in synonyms.items()}


_ID_MARKS = {"#", "№", "no.", "nr.", "n°"}
_GROUP_WORDS = {"risk", "risks", "rating", "assessment", "bedomning"}  # "Inherent risk Likelihood"


def _match_one(header: str, vocab: Vocabulary, fuzzy: bool) -> tuple[str | None, bool]:
    table = vocab.table
    if header.strip().casefold() in _ID_MARKS and "id" in vocab.fields:
        return "id", True
    key = normalize(header)
    if not key:
        return None, False
    if key in table:
        return table[key], key not in _SINGLE_LETTERS_UNSURE
    tokens = key.split()
    residual = any(t in _RESIDUAL for t in tokens)
    core = " ".join(t for t in tokens if t not in _RESIDUAL | _INHERENT | _FILLER)
    grouped = " ".join(t for t in core.split() if t not in _GROUP_WORDS)
    if core not in table and grouped in table and grouped:
        core = grouped  # "Residual risk Likelihood", "Inherent Risk Rating"
    bare = " ".join(t for t in core.split() if t not in _QUALIFIERS)
    if core not in table and bare in table and bare in ("impact", "likelihood"):
        core = bare  # "Impact (CHF)", "Schedule Impact?": which impact, the values tell
    if core in table:
        field = table[core]
        if residual:
            return (_RESIDUAL_OF[field], True) if field in _RESIDUAL_OF else (field, False)
        return field, core not in _SINGLE_LETTERS_UNSURE  # "Inherent likelihood", "Likelihood (1-5)"
    if not fuzzy:
        return None, False
    # Near misses: a known name inside a longer header, or a close spelling. The user confirms.
    best_score, best_field = 0.0, None
    for name, field in table.items():
        if len(name) >= 4 and re.search(rf"\b{re.escape(name)}\b", key):
            score = 0.75 + 0.2 * min(len(name) / len(key), 1.0)
        else:
            score = difflib.SequenceMatcher(None, core or key, name).ratio()
        if score > best_score:
            best_score, best_field = score, field
    if best_field is None or best_score < 0.75:
        return None, False
    if residual and best_field in _RESIDUAL_OF:
        best_field = _RESIDUAL_OF[best_field]
    return best_field, False


def match_columns(headers: list[str], vocab: Vocabulary, *, fuzzy: bool = True) -> list[ColumnMatch]:
    """One match per header; a field claimed twice goes to the sure (or first) column, the other is asked."""
    matches = [ColumnMatch(i, str(h), *_match_one(str(h), vocab, fuzzy)) for i, h in enumerate(headers)]
    owner: dict[str, ColumnMatch] = {}
    for m in matches:
        if m.field is None:
            continue
        held = owner.get(m.field)
        if held is None:
            owner[m.field] = m
        elif m.sure and not held.sure:
            held.field, held.sure = None, False
            owner[m.field] = m
        else:
            m.field, m.sure = None, False
    return matches


def mapped_count(headers: Sequence[object], vocab: Vocabulary) -> int:
    """How many cells look like known field names (no fuzzy guessing): finds the header row in a sheet."""
    return sum(1 for m in match_columns([str(h or "") for h in headers], vocab, fuzzy=False) if m.field)


REGISTER = Vocabulary(REGISTER_SYNONYMS)
PLAN = Vocabulary(PLAN_SYNONYMS)
