"""A country named only by a demonym ("Kenyan forces", "on Rwandan soil"), as a place of
an item (see ``demonym_places`` for when)."""

from __future__ import annotations

from .documents import ParsedItem
from .gazetteer import load_gazetteer
from .models import Place, Span
from .places_lexicon import TERRITORY_NOUNS


def demonym_places(
    parsed: ParsedItem, territory: bool = False, skip: list[Place] | None = None
) -> list[Place]:
    """Fallback for an item that names no located place: the country its first demonym
    points to ("Kenyan forces kill four ..." -> Kenya, span "Kenyan"; also inside a name,
    "the Nigerian Air Force"), precision 4. Where a place is named, demonyms stay out of the
    places (the seed convention), except a demonym naming territory ("on Rwandan soil"):
    with ``territory``, only those, and none whose country is among ``skip``'s."""
    gaz = load_gazetteer()
    tokens = parsed.tokens
    text = parsed.item.text
    have = {p.country_code for p in skip or ()}
    for tok in tokens:
        if not tok.text[:1].isupper() or tok.ent_type_ == "PERSON":
            continue
        # Two words first: "South Sudanese troops" is South Sudan, not Sudan.
        last, code = tok.i, None
        nxt = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
            code = gaz.demonym_country(f"{tok.text} {nxt.text}")
            last = nxt.i if code else tok.i
        code = code or gaz.demonym_country(tok.text)
        if territory and (
            last + 1 >= len(tokens) or tokens[last + 1].lower_ not in TERRITORY_NOUNS
        ):
            continue
        end = tokens[last].idx + len(tokens[last].text)
        if code and code not in have:
            e = gaz.countries[code]
            span = Span(text=text[tok.idx : end], start=tok.idx, end=end)
            return [
                Place(
                    name=e.name,
                    kind="country",
                    country_code=code,
                    admin1=None,
                    lat=None,
                    lon=None,
                    precision=4,
                    gazetteer_id=e.gazetteer_id,
                    mentions=[span],
                )
            ]
    return []
