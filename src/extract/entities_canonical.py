"""Canonical names of a document's actors: people and organisations, each mention mapped
to one name for the whole document.

People: a short or partial name ("Ruto") takes the document's full name that contains it,
compared accent-insensitively; the spelling with diacritics wins. Organisations: national
bodies take the document's country ("Congress of Kenya"); a later acronym, or another name
introduced with the same acronym, resolves to the first name; a bare well-known acronym the
document never spells out takes its known expansion.
"""

from __future__ import annotations

from collections import Counter

from .entities_acronyms import initials
from .entities_lexicon import KNOWN_ACRONYMS, NATIONAL_BODIES, PARTICLES
from .entities_mentions import Found
from .gazetteer import fold, load_gazetteer


def key_tokens(name: str) -> list[str]:
    return [t for t in fold(name).replace(".", "").split() if t not in PARTICLES]


def canonical_people(people: list[Found]) -> dict[str, str]:
    """Folded surface name -> canonical full name within the document."""
    counts = Counter(p.name for p in people)
    # Among spellings equal when folded, the one with diacritics, then the most frequent.
    spelling: dict[str, str] = {}
    for name in sorted(counts, key=lambda n: (-sum(ord(c) > 127 for c in n), -counts[n], n)):
        spelling.setdefault(fold(name), name)
    full = [n for n in spelling.values() if len(key_tokens(n)) > 1]
    result: dict[str, str] = {}
    for key, name in spelling.items():
        tokens = set(key_tokens(name))
        longer = [f for f in full if tokens and tokens <= set(key_tokens(f)) and f != name]
        if longer:
            freq = Counter(
                {f: sum(counts[n] for n in counts if fold(n) == fold(f)) for f in longer}
            )
            best = sorted(longer, key=lambda f: (-freq[f], -len(f), f))[0]
            result[key] = best
        else:
            result[key] = name
    return result


def _country_form(name: str, country: str | None) -> str:
    """ "Congress" -> "Congress of Kenya"; "Kenyan National Police" -> "National Police of
    Kenya" (a demonym sharing the country name's first four letters), else ``name``."""
    if country is None:
        return name
    words = name.split()
    if fold(name) in NATIONAL_BODIES:
        return f"{name[0].upper()}{name[1:]} of {country}"
    if (
        len(words) > 1
        and fold(words[0])[:4] == fold(country)[:4]
        and fold(words[0]).endswith(("n", "an", "ian", "ese", "i"))
        and fold(words[0]) != fold(country)
    ):
        return f"{' '.join(words[1:])} of {country}"
    return name


def canonical_orgs(orgs: list[Found], country: str | None) -> tuple[dict[str, str], dict[str, str]]:
    """Folded name -> canonical name, and canonical name -> acronym."""
    established = {fold(o.name) for o in orgs}
    for o in orgs:
        form = _country_form(o.name, country)
        if fold(form) in established or fold(o.name) in NATIONAL_BODIES:
            o.name = form
    by_acronym: dict[str, str] = {}
    for o in orgs:
        if o.acronym and o.name != o.acronym:
            by_acronym.setdefault(o.acronym, o.name)
    # A bare acronym the document never defines, spelling the initials of exactly one name
    # it uses ("NLF" after "the National Liberation Front").
    full_names = sorted({o.name for o in orgs if not o.acronym and len(o.name.split()) > 1})
    for o in orgs:
        if o.acronym and o.acronym not in by_acronym and o.name == o.acronym:
            spelled = [n for n in full_names if initials(n.split()) == o.acronym]
            if len(spelled) == 1:
                by_acronym[o.acronym] = spelled[0]
    canonical: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for o in orgs:
        name = by_acronym.get(o.acronym or "", o.name) if o.acronym else o.name
        canonical.setdefault(fold(o.name), name)
        if o.acronym:
            acronyms.setdefault(name, o.acronym)
    for acronym, name in by_acronym.items():
        canonical.setdefault(fold(acronym), name)
    _short_forms(orgs, canonical)
    _without_country(canonical)
    for o in orgs:  # a bare well-known acronym the document never spells out ("CIA")
        if o.acronym in KNOWN_ACRONYMS and o.acronym not in by_acronym:
            full = KNOWN_ACRONYMS[o.acronym]
            canonical[fold(o.name)] = full
            acronyms.setdefault(full, o.acronym)
    return canonical, acronyms


def _short_forms(orgs: list[Found], canonical: dict[str, str]) -> None:
    """ "Amnesty" after "Amnesty International": a one-word name that opens exactly one
    two-word name of the document is that organisation (national bodies excepted: "Congress"
    is not "Congress Party")."""
    names = sorted({canonical[fold(o.name)] for o in orgs})
    for o in orgs:
        word = o.name
        if len(word.split()) != 1 or word.isupper() or fold(word) in NATIONAL_BODIES:
            continue
        longer = [n for n in names if len(n.split()) == 2 and fold(n.split()[0]) == fold(word)]
        if len(longer) == 1 and canonical.get(fold(word)) == word:
            canonical[fold(word)] = longer[0]


def _without_country(canonical: dict[str, str]) -> None:
    """ "Chhatra League" for "the Bangladesh Chhatra League": a name of three words or more
    opened by a country or its demonym is also known without it, unless another name of the
    document is."""
    gaz = load_gazetteer()
    tails: dict[str, set[str]] = {}
    for name in sorted(set(canonical.values())):
        words = name.split()
        first = fold(words[0])
        is_country = any(e.kind == "country" for e in gaz.by_name.get(first, ()))
        if len(words) >= 3 and (is_country or gaz.demonym_country(words[0])):
            tails.setdefault(fold(" ".join(words[1:])), set()).add(name)
    for tail, names in tails.items():
        if len(names) == 1 and tail not in canonical:
            canonical[tail] = names.pop()
