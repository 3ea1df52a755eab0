"""What backs an event: the sentence it came from (with offsets in the article), its date and place."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ..model import Article, Event
from ..read import parse_date

MAX_EVIDENCE = 600  # characters of evidence kept around the trigger of an overlong sentence
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass
class Evidence:
    """Builds events of one article with their evidence sentence, date and place."""

    article: Article
    docs: Sequence[Doc]
    offsets: Sequence[int]
    _dates: dict[tuple[int, int], list[Span]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for di, doc in enumerate(self.docs):  # DATE entities by sentence, found once
            for ent in doc.ents:
                if ent.label_ == "DATE":
                    self._dates.setdefault((di, ent.sent.start), []).append(ent)

    def event(self, family: str, agent: str, target: str, di: int, trigger: Token, *, confidence: float = 0.8,
              factuality: str = "asserted", speaker: str | None = None, method: str = "parse",
              role: str | None = None, place: str | None = None, cameo: str | None = None) -> Event:
        sent = trigger.sent
        text, start, end = self.sentence(di, sent, trigger)
        return Event(family=family, agent=agent, target=target, sentence=text, start=start, end=end,
                     trigger=trigger.text, speaker=speaker if speaker != agent else None, factuality=factuality,
                     confidence=confidence, date=self.when(di, sent), place=place, method=method, role=role,
                     cameo=cameo)

    def sentence(self, di: int, sent: Span, trigger: Token) -> tuple[str, int, int]:
        """The evidence sentence and its article offsets; a run-on 'sentence' is cut around the trigger."""
        raw = sent.text
        lead = len(raw) - len(raw.lstrip())
        text, local = raw.strip(), sent.start_char + lead
        base = self.offsets[di]
        if len(text) > MAX_EVIDENCE:
            a = max(0, trigger.idx - local - MAX_EVIDENCE // 2)
            b = min(len(text), a + MAX_EVIDENCE)
            return text[a:b], base + local + a, base + local + b
        return text, base + local, base + local + len(text)

    def when(self, di: int, sent: Span) -> str | None:
        """The date a sentence gives: an explicit date, or a weekday read against the dateline."""
        ref = date.fromisoformat(self.article.date) if self.article.date else None
        for ent in self._dates.get((di, sent.start), []):
            text = ent.text.strip()
            low = text.lower().removeprefix("on ").strip()
            if ref and low in WEEKDAYS:
                return (ref - timedelta(days=(ref.weekday() - WEEKDAYS.index(low)) % 7)).isoformat()
            if ref and low in ("yesterday", "today"):
                return (ref - timedelta(days=1 if low == "yesterday" else 0)).isoformat()
            iso = parse_date(text) or (parse_date(f"{text}, {ref.year}") if ref else None)
            if iso:
                return iso
        return None
