"""The take-away documents as HTML: a research brief and one answer cue card per question.

Pure text building (no Qt), in the preparation's language; ``ui.interview.takeaway``
typesets the HTML into PDF. Every user string is escaped, so research text
can never become markup.
"""

from __future__ import annotations

from html import escape

from podium.core.errors import RoleError
from podium.core.interview import practice as practice_mod
from podium.core.interview.questions import Question, likely_questions
from podium.core.model import Preparation
from podium.core.research.records import lines, load_research
from podium.core.roles import get_role
from podium.core.text import format_date, sanitize

_WORDS = {
    "en": {
        "brief": "{company}: research brief", "company": "The company", "website": "Website",
        "industry": "Industry", "offering": "What it sells", "mission": "Mission", "size": "Size",
        "goals": "Operational goals", "department": "The department and how it fits",
        "market": "Market and culture", "competitors": "Competitors", "culture": "Culture and values",
        "news": "Recent news", "panel": "The panel", "interest": "Interest in the role", "notes": "Notes",
        "ask": "Ask them", "ideas": "What they could do better", "noticed": "What I noticed",
        "know": "How I know", "propose": "What I propose", "doubts": "Doubts from the first interview",
        "evidence": "My evidence", "questions": "Questions to ask", "to": "to", "empty": "Not researched yet.",
        "interview": "Interview", "target": "Target {seconds} s", "situation": "Situation", "task": "Task",
        "action": "Action", "result": "Result", "no-answer": "No answer drafted yet. Guidance:",
        "confidence": ["", "shaky", "getting there", "confident"], "card": "Card {n} of {total}",
    },
    "sv": {
        "brief": "{company}: researchunderlag", "company": "Företaget", "website": "Webbplats",
        "industry": "Bransch", "offering": "Vad de säljer", "mission": "Uppdrag", "size": "Storlek",
        "goals": "Operativa mål", "department": "Avdelningen och hur den passar in",
        "market": "Marknad och kultur", "competitors": "Konkurrenter", "culture": "Kultur och värderingar",
        "news": "Aktuella nyheter", "panel": "Panelen", "interest": "Intresse för rollen", "notes": "Anteckningar",
        "ask": "Fråga", "ideas": "Det de kan göra bättre", "noticed": "Det jag såg", "know": "Hur jag vet",
        "propose": "Mitt förslag", "doubts": "Frågetecken från första intervjun", "evidence": "Mitt belägg",
        "questions": "Frågor att ställa", "to": "till", "empty": "Inte undersökt ännu.",
        "interview": "Intervju", "target": "Mål {seconds} s", "situation": "Situation", "task": "Uppgift",
        "action": "Agerande", "result": "Resultat", "no-answer": "Inget svar skrivet ännu. Vägledning:",
        "confidence": ["", "osäker", "på väg", "säker"], "card": "Kort {n} av {total}",
    },
}  # fmt: skip

STYLE = """
body { font-size: 10pt; color: #1F2933; }
h1 { font-size: 20pt; color: #102A43; margin-bottom: 2pt; }
h2 { font-size: 13pt; color: #102A43; margin-top: 14pt; border-bottom: 1px solid #9AA5B1; }
td { padding: 2pt 6pt 2pt 0; vertical-align: top; }
th { text-align: left; padding: 2pt 6pt 2pt 0; color: #486581; }
.muted { color: #627D98; }
.q { font-size: 15pt; font-weight: bold; color: #102A43; }
"""

# A cue card is read at a glance, held in one hand: bigger type than the brief (it shrinks only to fit).
CARD_STYLE = (
    STYLE
    + """
li, td, th, p { font-size: 13pt; }
.q { font-size: 17pt; }
.muted { font-size: 10pt; }
li { margin-bottom: 3pt; }
"""
)


def words(language: str) -> dict:  # type: ignore[type-arg]
    return _WORDS.get(language, _WORDS["en"])


def _e(text: str) -> str:
    return escape(sanitize(text)).replace("\n", "<br>")


def _link(url: str) -> str:
    url = url.strip()
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{escape(url, quote=True)}">{escape(url)}</a>'
    return _e(url)


def _rows(pairs: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr><th width='28%'>{_e(k)}</th><td>{v}</td></tr>" for k, v in pairs if v.strip())
    return f"<table width='100%'>{body}</table>" if body else ""


def _bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{_e(i)}</li>" for i in items) + "</ul>" if items else ""


def _subtitle(prep: Preparation) -> str:
    parts = [prep.job_title]
    try:
        parts.append(get_role(prep.role).name(prep.language))
    except RoleError:
        parts.append(prep.role)
    if prep.interview_at:
        w = words(prep.language)
        parts.append(f"{w['interview']} {format_date(prep.interview_at.date(), prep.language)}")
    return " · ".join(p for p in parts if p)


def brief_html(prep: Preparation) -> str:
    """The research brief: everything the candidate learned, to read on the way to the interview."""
    w, r = words(prep.language), load_research(prep)
    c = r.company
    out = [f"<html><head><style>{STYLE}</style></head><body>"]
    out.append(
        f"<h1>{_e(w['brief'].format(company=prep.company))}</h1><p class='muted'>{_e(_subtitle(prep))}</p>"
    )
    company = _rows([
        (w["website"], _link(c.website)), (w["industry"], _e(c.industry)), (w["offering"], _e(c.offering)),
        (w["mission"], _e(c.mission)), (w["size"], _e(c.size)), (w["goals"], _bullets(c.goal_list)),
        (w["department"], _e(c.department)),
    ])  # fmt: skip
    out.append(f"<h2>{_e(w['company'])}</h2>" + (company or f"<p class='muted'>{_e(w['empty'])}</p>"))
    market = _rows([(w["competitors"], _bullets(c.competitor_list)), (w["culture"], _e(c.culture))])
    news = [n for n in r.news if n.headline.strip() or n.url.strip()]
    if market or news:
        out.append(f"<h2>{_e(w['market'])}</h2>{market}")
        if news:
            items = "".join(
                f"<li><b>{_e(n.date)}</b> {_e(n.headline)}<br>{_link(n.url)}"
                + (f"<br><i>{_e(n.note)}</i>" if n.note.strip() else "") + "</li>"
                for n in news
            )  # fmt: skip
            out.append(f"<p><b>{_e(w['news'])}</b></p><ul>{items}</ul>")
    people = [p for p in r.people if p.name.strip()]
    if people:
        out.append(f"<h2>{_e(w['panel'])}</h2>")
        for p in people:
            out.append(f"<p><b>{_e(p.name)}</b>" + (f", {_e(p.title)}" if p.title.strip() else "") + "</p>")
            out.append(_rows([(w["interest"], _e(p.interest)), (w["notes"], _e(p.notes)), (w["ask"], _e(p.ask)),
                              ("", _link(p.url))]))  # fmt: skip
    ideas = r.usable_ideas
    if ideas:
        head = "".join(f"<th>{_e(w[k])}</th>" for k in ("noticed", "know", "propose"))
        body = "".join(f"<tr><td>{_e(i.observation)}</td><td>{_e(i.evidence)}</td><td>{_e(i.proposal)}</td></tr>"
                       for i in ideas)  # fmt: skip
        out.append(f"<h2>{_e(w['ideas'])}</h2><table width='100%'><tr>{head}</tr>{body}</table>")
    doubts = [d for d in r.doubts if d.doubt.strip()]
    if doubts:
        out.append(f"<h2>{_e(w['doubts'])}</h2>")
        out.append(_rows([(d.doubt, _e(d.evidence) or "—") for d in doubts]))
    asks = [q for q in r.questions if q.text.strip()]
    if asks:
        items = "".join(
            f"<li>{_e(q.text)}" + (f" <span class='muted'>({_e(w['to'])} {_e(q.who)})</span>" if q.who.strip() else "")
            + "</li>" for q in asks
        )  # fmt: skip
        out.append(f"<h2>{_e(w['questions'])}</h2><ol>{items}</ol>")
    out.append("</body></html>")
    return "".join(out)


def _card(prep: Preparation, q: Question, n: int, total: int) -> str:
    w = words(prep.language)
    p = practice_mod.load(prep, q.id)
    parts = [f"<p class='q'>{_e(q.text)}</p>"]
    if p.answer.strip():
        parts.append(_bullets(lines(p.answer)))
    if q.behavioural and p.star_text:
        parts.append(_rows([(w[k], _e(getattr(p, k))) for k in ("situation", "task", "action", "result")]))
    if not p.answered(q):
        parts.append(f"<p class='muted'><i>{_e(w['no-answer'])}</i> {_e(q.guidance)}</p>")
    foot = [w["target"].format(seconds=q.target_seconds), w["confidence"][p.confidence],
            w["card"].format(n=n, total=total)]  # fmt: skip
    parts.append(f"<p class='muted'>{_e(' · '.join(f for f in foot if f))}</p>")
    return "".join(parts)


def cue_cards_html(prep: Preparation, questions: list[Question] | None = None) -> list[str]:
    """One card (an HTML document) per question, answered ones first: the question, the key points, the target."""
    questions = likely_questions(prep) if questions is None else questions
    done = practice_mod.practice_of(prep)
    ordered = sorted(questions, key=lambda q: not done.get(q.id, practice_mod.Practice()).answered(q))
    return [
        f"<html><head><style>{CARD_STYLE}</style></head><body>{_card(prep, q, i, len(ordered))}</body></html>"
        for i, q in enumerate(ordered, start=1)
    ]
