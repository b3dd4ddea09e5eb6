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
from podium.core.phrasebook import phrases
from podium.core.research.records import lines, load_research
from podium.core.roles import get_role
from podium.core.text import format_date, sanitize

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
        interview = phrases(prep.language).say("takeaway.interview")
        parts.append(f"{interview} {format_date(prep.interview_at.date(), prep.language)}")
    return " · ".join(p for p in parts if p)


def brief_html(prep: Preparation) -> str:
    """The research brief: everything the candidate learned, to read on the way to the interview."""
    t, r = phrases(prep.language), load_research(prep)
    c = r.company
    out = [f"<html><head><style>{STYLE}</style></head><body>"]
    title = t.say("takeaway.brief", company=prep.company)
    out.append(f"<h1>{_e(title)}</h1><p class='muted'>{_e(_subtitle(prep))}</p>")
    company = _rows([
        (t.say("takeaway.website"), _link(c.website)), (t.say("takeaway.industry"), _e(c.industry)),
        (t.say("takeaway.offering"), _e(c.offering)), (t.say("takeaway.mission"), _e(c.mission)),
        (t.say("takeaway.size"), _e(c.size)), (t.say("takeaway.goals"), _bullets(c.goal_list)),
        (t.say("takeaway.department"), _e(c.department)),
    ])  # fmt: skip
    empty = f"<p class='muted'>{_e(t.say('takeaway.empty'))}</p>"
    out.append(f"<h2>{_e(t.say('takeaway.company'))}</h2>" + (company or empty))
    market = _rows([
        (t.say("takeaway.competitors"), _bullets(c.competitor_list)), (t.say("takeaway.culture"), _e(c.culture)),
    ])  # fmt: skip
    news = [n for n in r.news if n.headline.strip() or n.url.strip()]
    if market or news:
        out.append(f"<h2>{_e(t.say('takeaway.market'))}</h2>{market}")
        if news:
            items = "".join(
                f"<li><b>{_e(n.date)}</b> {_e(n.headline)}<br>{_link(n.url)}"
                + (f"<br><i>{_e(n.note)}</i>" if n.note.strip() else "") + "</li>"
                for n in news
            )  # fmt: skip
            out.append(f"<p><b>{_e(t.say('takeaway.news'))}</b></p><ul>{items}</ul>")
    people = [p for p in r.people if p.name.strip()]
    if people:
        out.append(f"<h2>{_e(t.say('takeaway.panel'))}</h2>")
        for p in people:
            out.append(f"<p><b>{_e(p.name)}</b>" + (f", {_e(p.title)}" if p.title.strip() else "") + "</p>")
            out.append(_rows([(t.say("takeaway.interest"), _e(p.interest)), (t.say("takeaway.notes"), _e(p.notes)),
                              (t.say("takeaway.ask"), _e(p.ask)), ("", _link(p.url))]))  # fmt: skip
    # Second interviews often seat future colleagues beside the manager: what they listen for.
    out.append(f"<h2>{_e(t.say('takeaway.room'))}</h2>{_bullets(list(t.words('takeaway.room_advice')))}")
    ideas = r.usable_ideas
    if ideas:
        heads = (t.say("takeaway.noticed"), t.say("takeaway.know"), t.say("takeaway.propose"))
        head = "".join(f"<th>{_e(h)}</th>" for h in heads)
        body = "".join(f"<tr><td>{_e(i.observation)}</td><td>{_e(i.evidence)}</td><td>{_e(i.proposal)}</td></tr>"
                       for i in ideas)  # fmt: skip
        out.append(f"<h2>{_e(t.say('takeaway.ideas'))}</h2><table width='100%'><tr>{head}</tr>{body}</table>")
    doubts = [d for d in r.doubts if d.doubt.strip()]
    if doubts:
        out.append(f"<h2>{_e(t.say('takeaway.doubts'))}</h2>")
        out.append(_rows([(d.doubt, _e(d.evidence) or "—") for d in doubts]))
    asks = [q for q in r.questions if q.text.strip()]
    if asks:
        to = _e(t.say("takeaway.to"))
        items = "".join(
            f"<li>{_e(q.text)}" + (f" <span class='muted'>({to} {_e(q.who)})</span>" if q.who.strip() else "")
            + "</li>" for q in asks
        )  # fmt: skip
        out.append(f"<h2>{_e(t.say('takeaway.questions'))}</h2><ol>{items}</ol>")
    out.append("</body></html>")
    return "".join(out)


def _card(prep: Preparation, q: Question, n: int, total: int) -> str:
    t = phrases(prep.language)
    p = practice_mod.load(prep, q.id)
    parts = [f"<p class='q'>{_e(q.text)}</p>"]
    if p.answer.strip():
        parts.append(_bullets(lines(p.answer)))
    if q.behavioural and p.star_text:
        star = (("situation", t.say("takeaway.situation")), ("task", t.say("takeaway.task")),
                ("action", t.say("takeaway.action")), ("result", t.say("takeaway.result")))  # fmt: skip
        parts.append(_rows([(label, _e(getattr(p, field))) for field, label in star]))
    if not p.answered(q):
        parts.append(f"<p class='muted'><i>{_e(t.say('takeaway.no_answer'))}</i> {_e(q.guidance)}</p>")
    foot = [t.say("takeaway.target", seconds=q.target_seconds), t.words("takeaway.confidence")[p.confidence],
            t.say("takeaway.card", n=n, total=total)]  # fmt: skip
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
