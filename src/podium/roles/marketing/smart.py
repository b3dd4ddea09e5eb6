"""Does an objective name a metric, a target value and a deadline? (English and Swedish.)

A SMART objective people can be held to needs all three: *what* number moves,
*how far*, and *by when*. Achievable and relevant are judgement calls the
guidance covers; these three can be checked in the sentence itself, so Podium
tells the candidate which one is missing before the panel does.

The check is deliberately generous (it looks for the parts, it does not parse
grammar): a false "missing" would nag a good objective, which is worse than
letting a clumsy one pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

METRIC, TARGET, DEADLINE = "metric", "target", "deadline"

_MONTHS = (
    r"may|jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch|s)?|apr(?:il)?|maj|june?|juni|july?|juli"
    r"|aug(?:ust|usti)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_NUM_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|"
    r"en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|arton|tjugo"
)
_UNITS = r"days?|weeks?|months?|quarters?|years?|dagar|veckor|månader|kvartal|år"
_TIME_PREP = (
    r"by|in|until|till|before|during|through|within|end of|senast|innan|före|under|inom|i|på|fram till|vid"
)

_DEADLINE_PATTERNS = [
    r"\b\d{4}-\d{1,2}-\d{1,2}\b",  # 2027-06-30
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b",  # 30/6, 30/6/2027
    r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b",  # 30.6.2027
    rf"\b\d{{1,2}}(?:st|nd|rd|th|:?e|:?a)?\s+(?:of\s+)?(?:{_MONTHS})\b\.?(?:\s+\d{{4}})?",  # 30 June 2027
    rf"\b(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?",  # June 30, 2027
    rf"\b(?:{_TIME_PREP})\s+(?:the\s+end\s+of\s+|slutet\s+av\s+|utgången\s+av\s+)?(?:{_MONTHS})\b(?:\s+\d{{4}})?",
    rf"\b(?:{_MONTHS})\s+\d{{4}}\b",  # June 2027
    r"\b(?:Q|H)[1-4]\b(?:\s*\d{4})?",  # Q2, Q2 2027, H1
    r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)\b",
    r"\b(?:kvartal|kv\.?)\s*[1-4]\b|\b[1-4]:?[ae]\s+(?:kvartalet|halvåret)\b|\b(?:första|andra|tredje|fjärde)\s+(?:kvartalet|halvåret)\b",
    rf"\b(?:{_TIME_PREP})\s+(?:the\s+)?(?:fy\s*)?20\d\d\b(?![-/.]\d)|\bfy\s*\d{{2,4}}\b",  # by 2027, FY27
    rf"\b(?:within|in|over|inom|på|under)\s+(?:the\s+)?(?:next\s+|kommande\s+|närmaste\s+)?(?:\d+|{_NUM_WORDS})\s+(?:{_UNITS})\b",
    rf"\b(?:next|coming|nästa|kommande)\s+(?:\d+\s+|{_NUM_WORDS}\s+)?(?:{_UNITS}|quarter|year|kvartal|år)\b",
    r"\b(?:by|before|until|at)\s+(?:the\s+)?(?:year[- ]end|end\s+of\s+(?:the\s+)?(?:year|quarter|month|season|summer|campaign)|summer|christmas|easter|autumn|spring|winter)\b",
    r"\b(?:this|next)\s+(?:year|quarter|summer|autumn|spring|winter|season)\b",
    r"\b(?:till|före|innan|i|under|fram\s+till)\s+(?:höst|vår|sommar|vinter|jul|påsk|midsommar)(?:en|et|s)?\b",
    r"\b(?:i\s+år|nästa\s+år|årsskiftet|vid\s+årets\s+slut|till\s+sommaren|före\s+sommaren|före\s+jul|till\s+jul|i\s+höst|i\s+vår|i\s+sommar|under\s+året|under\s+hösten|under\s+våren|efter\s+kampanjen|vid\s+kampanjens\s+slut|kampanjens\s+slut|kampanjperioden)\b",
    r"\b(?:end\s+of\s+the\s+campaign|after\s+the\s+campaign|during\s+the\s+campaign|per\s+(?:month|week|quarter))\b",
]
_DEADLINE = re.compile("|".join(f"(?:{p})" for p in _DEADLINE_PATTERNS), re.IGNORECASE)

_NUMBER = r"\d+(?:[\s\u00a0.,]\d{3})*(?:[.,]\d+)?"
_TARGET = re.compile(
    rf"(?:from|från)\s+[€$£]?{_NUMBER}\s*\S*\s+(?:to|till)\s+[€$£]?{_NUMBER}(?:\s*%|\s*procent|\s*percent)?"
    rf"|[+\-±≥≤<>]?\s*[€$£]?{_NUMBER}\s*(?:%|‰|procent(?:enheter)?|percent(?:age)?(?:\s+points?)?|points?|p\.?p\.?|x\b|gånger|times)?"
    r"|\b(?:double|triple|halve|quadruple|fördubbla|tredubbla|halvera|fyrdubbla)\w*",
    re.IGNORECASE,
)

# Words that name something counted or measured, in both languages. Swedish compounds
# ("webbtrafiken", "provkontoregistreringar") are caught by matching the stem anywhere in a word.
_METRIC_EN = (
    r"sign[- ]?ups?|leads?|sales|revenue|turnover|profit|margins?|customers?|clients?|users?|"
    r"downloads?|installs?|visits?|visitors?|traffic|conversion rate|conversions?|awareness|recall|"
    r"consideration|preference|market share|share of (?:voice|wallet|market)|subscribers?|subscriptions?|"
    r"followers?|members(?:hips?)?|bookings?|orders?|trials?|registrations?|retention|churn|nps|ctr|"
    r"click[- ]?through(?: rate)?|clicks?|engagement|reach|impressions?|views?|page ?views?|applications?|"
    r"applicants?|donations?|donors?|attendees?|participants?|units?|mqls?|sqls?|pipeline|roi|roas|cac|cpa|"
    r"cpl|cost per \w+|open rate|basket size|aov|average order value|spend|footfall|enquir(?:y|ies)|"
    r"inquir(?:y|ies)|demos?|meetings?|sessions?|reviews?|ratings?|mentions?|loyalty|repeat purchases?|"
    r"purchases?|buyers?|shoppers?|accounts?|partners?|resellers?|listeners?|viewers?|readers?|"
    r"players?|patients?|students?|volunteers?|transactions?|deals?|contracts?|tickets?|guests?|"
    r"satisfaction|csat|lifetime value|ltv|frequency|penetration|distribution|listings?|rsvps?|"
    r"respondents?|enrol(?:l)?ments?|bookings?|quotes?|calls?|cases?|trial starts?|activations?"
)
_METRIC_SV_STEMS = (
    r"försälj|intäkt|omsättning|vinst|marginal|kund|användare|nedladdning|install|besök|trafik|"
    r"konverter|kännedom|ihågkomst|preferens|marknadsandel|andel|prenumerant|abonnent|följare|medlem|"
    r"bokning|order|beställning|provkonto|provperiod|registrering|anmälning|ansökning|sökande|"
    r"deltagare|enheter|sålda|affärer|avslut|lojalitet|återköp|klick|räckvidd|engagemang|visning|"
    r"sidvisning|förfrågning|offert|möte|demo|recension|omdöme|betyg|nöjd|nps|lead|licens|"
    r"tittare|lyssnare|läsare|spelare|patient|student|volontär|gäst|biljett|transaktion|kontrakt|"
    r"köp|samtal|ärenden|donation|givare|aktivering|intressent|signup"
)
_METRIC = re.compile(rf"\b(?:{_METRIC_EN})\b|\b\w*(?:{_METRIC_SV_STEMS})\w*", re.IGNORECASE)
# Words that are also verbs ("reach 5,000 users"): a metric, but only if nothing better is named.
_AMBIGUOUS = {"reach", "spend", "calls", "orders", "views", "deals", "cases", "purchases", "quotes", "köp"}
# A number followed by a noun also names a metric ("sell 2,000 bikes"), unless the noun is a unit
# of time or money, a month, or a small word.
_COUNTED = re.compile(
    rf"{_NUMBER}\s*(?:%\s*)?(?:(?:new|more|extra|additional|nya|fler|extra|ytterligare|betalande|paying|"
    r"active|aktiva|qualified|kvalificerade|unique|unika)\s+)?([^\W\d_][\w-]{2,})",
    re.IGNORECASE,
)
_NOT_METRIC = re.compile(
    rf"^(?:{_UNITS}|{_MONTHS}|per|a|an|the|to|från|from|till|by|in|och|and|or|eller|of|av|"
    r"sek|nok|dkk|eur|usd|gbp|chf|kr|kronor|euro|dollars?|pounds?|mkr|tkr|msek|ksek|million|miljoner|"
    r"thousand|tusen|percent|procent|points?|procentenheter|times|gånger|weeks?|veckor|month|"
    r"monthly|weekly|yearly|each|every|varje|mot|against|compared|jämfört)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SmartCheck:
    """What the objective names; an empty string means that part is missing."""

    metric: str = ""
    target: str = ""
    deadline: str = ""

    @property
    def missing(self) -> list[str]:
        return [
            name
            for name, value in ((METRIC, self.metric), (TARGET, self.target), (DEADLINE, self.deadline))
            if not value
        ]

    @property
    def ok(self) -> bool:
        return not self.missing


def check_objective(text: str) -> SmartCheck:
    """Find the metric, target value and deadline an objective names.

    >>> check_objective("Grow trial sign-ups from 4,000 to 5,000 a month by 30 June").missing
    []
    >>> check_objective("Raise awareness among young families").missing
    ['target', 'deadline']
    """
    sentence = " ".join(str(text).split())
    if not sentence:
        return SmartCheck()
    deadline_match = _DEADLINE.search(sentence)
    deadline = deadline_match.group(0).strip() if deadline_match else ""
    # Dates contain numbers; take them out before looking for the target value.
    rest = _DEADLINE.sub(" ", sentence)
    found = [m.group(0).strip() for m in _TARGET.finditer(rest)]
    found = [t for t in found if any(ch.isdigit() for ch in t) or t.isalpha()]
    ranged = [t for t in found if re.match(r"(?:from|från)\b", t, re.IGNORECASE)]
    target = (ranged or found or [""])[0]
    spans: list[list[int]] = []
    for match in _METRIC.finditer(rest):
        if spans and not rest[spans[-1][1] : match.start()].strip():  # 'trial sign-ups' is one metric
            spans[-1][1] = match.end()
        else:
            spans.append([match.start(), match.end()])
    metrics = [rest[start:end].strip() for start, end in spans]
    plain = [m for m in metrics if m.lower() not in _AMBIGUOUS]
    metric = (plain or metrics or [""])[0]
    if not metric:
        for match in _COUNTED.finditer(rest):
            word = match.group(1)
            if not _NOT_METRIC.match(word):
                metric = word
                break
    return SmartCheck(metric=metric, target=target, deadline=deadline)


_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "maj": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|:?e|:?a)?\s+(?:of\s+)?({_MONTHS})\b\.?(?:\s+(\d{{4}}))?", re.I
)
_MONTH_DAY = re.compile(rf"\b({_MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTHS})\b(?:\s+(\d{{4}}))?", re.I)


def _month(name: str) -> int:
    return _MONTH_NUMBERS[name.lower()[:3]]


def deadline_date(deadline: str, year: int) -> date | None:
    """The day a deadline names, if it names one: '2027-06-30', '30 June 2027', 'June 30', 'by 30 juni',
    'by June' (its last day). ``year`` stands in when the deadline gives none; None for 'Q2', 'this summer'."""
    try:
        if match := _ISO_DAY.search(deadline):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DAY_MONTH.search(deadline):
            return date(int(match[3] or year), _month(match[2]), int(match[1]))
        if match := _MONTH_DAY.search(deadline):
            return date(int(match[3] or year), _month(match[1]), int(match[2]))
        if match := _MONTH_YEAR.search(deadline):
            month, in_year = _month(match[1]), int(match[2] or year)
            return date(in_year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    except ValueError:  # 31 June, month 13: not a day, so no deadline to compare
        return None
    return None
