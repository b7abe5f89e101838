"""People and organisations, canonical within a document; every mention kept as a span."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .documents import ParsedItem
from .models import Organisation, Person, Span
from .places import fold, gazetteer, strip_name

TITLES = re.compile(
    r"^((former|de[- ]facto|vice|prime|interior|defen[cs]e)\s+)*"
    r"(president|minister|mr|mrs|ms|dr|gen|general|prime minister|ambassador|secretary)\.?\s+",
    re.I,
)
ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Z0-9]{1,9})\)")


@dataclass
class Actors:
    people: list[Person]
    organisations: list[Organisation]


def _span(text: str, start: int) -> Span:
    return Span(text=text, start=start, end=start + len(text))


def extract_actors(items: list[ParsedItem]) -> list[Actors]:
    """People and organisations per item; short names resolve to the document's full name."""
    full_names: dict[str, str] = {}
    for parsed in items:
        for ent in parsed.doc.ents:
            if ent.label_ == "PERSON" and ent.start_char >= parsed.body_start:
                name = TITLES.sub("", strip_name(ent.text))
                for part in name.split():
                    if len(name.split()) > 1:
                        current = full_names.get(fold(part))
                        if current is None or len(name) > len(current):
                            full_names[fold(part)] = name
    results = []
    for parsed in items:
        people: dict[str, list[Span]] = {}
        orgs: dict[str, tuple[str | None, list[Span]]] = {}
        for ent in parsed.doc.ents:
            if ent.start_char < parsed.body_start:
                continue  # Title Case headlines fool the model
            if ent.label_ == "PERSON":
                stripped = strip_name(ent.text)
                name = TITLES.sub("", stripped)
                if fold(name) in gazetteer():
                    continue
                offset = ent.start_char + len(stripped) - len(name)
                canonical = full_names.get(fold(name.split()[-1]), name) if name else name
                people.setdefault(canonical, []).append(_span(name, offset))
            elif ent.label_ == "ORG":
                name = strip_name(ent.text)
                start = ent.start_char + (4 if ent.text.lower().startswith("the ") else 0)
                match = ACRONYM_AFTER.match(parsed.doc.text[ent.end_char :])
                acronym = match.group(1) if match else None
                orgs.setdefault(name, (acronym, []))[1].append(_span(name, start))
        results.append(
            Actors(
                people=[Person(name=n, mentions=m) for n, m in people.items()],
                organisations=[
                    Organisation(name=n, acronym=a, mentions=m) for n, (a, m) in orgs.items()
                ],
            )
        )
    return results
