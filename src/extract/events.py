"""Event types: PLOVER event/mode from trigger lemmas, with the ACLED equivalent."""

from __future__ import annotations

from .documents import ParsedItem
from .models import EventType, Span

# lemma -> (PLOVER event, mode, ACLED event_type, ACLED sub_event_type)
TRIGGERS: dict[str, tuple[str, str | None, str | None, str | None]] = {
    "protest": ("PROTEST", "demo", "Protests", "Peaceful protest"),
    "march": ("PROTEST", "demo", "Protests", "Peaceful protest"),
    "demonstrate": ("PROTEST", "demo", "Protests", "Peaceful protest"),
    "mobilization": ("PROTEST", "demo", "Protests", "Peaceful protest"),
    "strike": ("PROTEST", "strike", "Protests", "Peaceful protest"),
    "block": ("PROTEST", "obstruct", "Protests", "Peaceful protest"),
    "blockade": ("PROTEST", "obstruct", "Protests", "Peaceful protest"),
    "kill": ("ASSAULT", None, "Violence against civilians", "Attack"),
    "shoot": ("ASSAULT", "firearms", "Violence against civilians", "Attack"),
    "arrest": ("COERCE", "arrest", "Strategic developments", "Arrests"),
    "detain": ("COERCE", "arrest", "Strategic developments", "Arrests"),
    "investigate": ("INVESTIGATE", None, None, None),
    "investigation": ("INVESTIGATE", None, None, None),
    "meet": ("CONSULT", None, None, None),
}


def extract_event_types(parsed: ParsedItem) -> list[EventType]:
    found: dict[tuple[str, str | None], EventType] = {}
    for token in parsed.doc:
        entry = TRIGGERS.get(token.lemma_.lower())
        if entry is None or token.pos_ not in ("VERB", "NOUN"):
            continue
        event, mode, acled_type, acled_sub = entry
        if (event, mode) not in found:
            trigger = Span(text=token.text, start=token.idx, end=token.idx + len(token.text))
            found[(event, mode)] = EventType(
                event=event,
                mode=mode,
                trigger=trigger,
                acled_event_type=acled_type,
                acled_sub_event_type=acled_sub,
            )
    return list(found.values())
