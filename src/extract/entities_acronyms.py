"""Organisations a body defines with an acronym: "the Federation of Metal Workers
(FETRAMET)", "medical charity Doctors Without Borders (MSF)".

The small model often misses or truncates such names ("The Office of the United Nations"
for "... Commission for Refugees and Migrants (CRM)"), and the acronym of a translated name
need not spell its English initials. The name is the Title Case run right before "(ACR)",
its lower-case connectors allowed ("of the", "for"), a leading article dropped; when a
shorter tail of the run spells the acronym, that tail is the name ("Yesterday Human Rights
Watch (HRW)" -> "Human Rights Watch"). A run NER calls a place, law or work, or that the
gazetteer knows as a place, or headed by a law's word ("... Act (PTA)"), is no organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .documents import ParsedItem
from .entities_lexicon import LAW_HEADS, ORG_CONNECTORS, PARTICLES
from .gazetteer import load_gazetteer

# "(FETRAMET)", "(PCdoB)", "(G5)": a capital first, two capitals at least, no spaces.
DEFINED = re.compile(r" \(([A-Z][A-Za-z0-9&]{1,9})\)")
# The small model also calls organisations EVENT or PRODUCT ("Iran Human Rights (IHR)"):
# only these labels overrule the acronym's evidence.
NOT_ORG_LABELS = frozenset({"GPE", "LOC", "FAC", "LAW", "WORK_OF_ART"})
MAX_WORDS = 12


@dataclass(frozen=True)
class Defined:
    name: str
    start: int  # offset of the name in the item text
    acronym: str
    acronym_start: int


def initials(words: list[str]) -> str:
    """The capitals of a name's words, connectors and particles left out."""
    return "".join(
        w[0] for w in words if w[:1].isupper() and w.lower() not in ORG_CONNECTORS | PARTICLES
    )


def _run_before(text: str, end: int) -> tuple[int, list[str]]:
    """The capitalised words (connectors inside) ending at ``end``: (start, words)."""
    words: list[tuple[int, str]] = []
    line = max(end - 200, text.rfind("\n", 0, end) + 1, 0)  # never across a line break
    for m in reversed(list(re.finditer(r"\S+", text[line:end]))):
        word, start = m.group(0), m.start() + line
        if word[-1] in ',;:.!?)"”' or len(words) >= MAX_WORDS:
            break
        if not (word[:1].isupper() or word in ORG_CONNECTORS):
            break
        words.insert(0, (start, word))
    while words and (words[0][1] in ORG_CONNECTORS or words[0][1] in ("The", "A", "An")):
        words.pop(0)  # "the banner of [Students ...]", "[The] General Workers' Union"
    while words and words[-1][1] in ORG_CONNECTORS:
        words.pop()
    return (words[0][0] if words else end), [w for _, w in words]


# What follows a wire's credit in a dateline: "(AP) _", "(Reuters) -".
DATELINE = re.compile(r"\s*[-–—_]")


def defined_acronyms(parsed: ParsedItem) -> list[Defined]:
    """The body's "Name (ACR)" definitions, in text order."""
    text = parsed.item.text
    out: list[Defined] = []
    for m in DEFINED.finditer(text, parsed.body_start):
        acronym = m.group(1)
        if sum(c.isupper() for c in acronym) < 2:
            continue  # "(Medico)", "(Reuters)": a short name or a credit, not an acronym
        start, words = _run_before(text, m.start())
        if len(words) < 2 or sum(w[:1].isupper() for w in words) < 2:
            continue
        for i in range(1, len(words) - 1):  # the longest tail that spells the acronym
            if words[i] in ORG_CONNECTORS or words[i] in ("The", "A", "An"):
                continue  # "Members of [the National Teachers League]": not "of the ..."
            if initials(words[i:]) == acronym.upper():
                start += len(" ".join(words[:i])) + 1
                words = words[i:]
                break
        name = " ".join(words)
        if text[start : start + len(name)] != name:
            continue  # words joined by more than one space: leave it to the model
        if words[-1].casefold() in LAW_HEADS or _not_an_org(parsed, start, start + len(name), name):
            continue
        if (
            name.isupper()
            and (start == 0 or text[start - 1] == "\n")
            and DATELINE.match(text, m.end())
        ):
            continue  # "UNITED NATIONS (AP) _": a dateline and the wire's credit
        out.append(Defined(name, start, acronym, m.start() + 2))
    return out


def _not_an_org(parsed: ParsedItem, start: int, end: int, name: str) -> bool:
    for ent in parsed.ents:  # a place, law or work covering most of the run
        overlap = min(end, ent.end_char) - max(start, ent.start_char)
        if ent.label_ in NOT_ORG_LABELS and 2 * overlap > end - start:
            return True
    return any(e.kind != "other" for e in load_gazetteer().lookup(name))
