"""Groups a count belongs to: "three of the dead", "of those arrested", "were among the
injured". The group's noun or the participle on it names the category (killed, injured,
detained) the count takes; a group that names none leaves the category to the count's own
role. Kept apart from ``counts_roles.py``, which reads the role of the counted noun itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import counts_lexicon as L


def group_category(group: Token) -> str | None:
    """The category a partitive's group names: "of the dead", "of those arrested"."""
    words = {group.lower_} | {c.lower_ for c in group.children if c.dep_ in ("acl", "amod")}
    for category in ("killed", "injured", "detained"):
        if words & (L.CATEGORY_NOUNS[category] | L.PREDICATES[category]):
            return category
    return None


def among_group(verb: Token) -> tuple[str, Token] | None:
    """ "were among the dead / the injured / those arrested": (category, the group's token)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in L.SUBSET_PREPS:
            continue
        for group in prep.children:
            words = {group.lower_} | {c.lower_ for c in group.children if c.dep_ == "acl"}
            for category in ("killed", "injured", "detained"):
                if words & (L.CATEGORY_NOUNS[category] | L.PREDICATES[category]):
                    return category, group
    return None
