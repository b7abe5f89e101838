"""Generic words for people and organisations (data, not code; no names)."""

from __future__ import annotations

# Titles, ranks and roles stripped from the front of a person's name.
TITLES = frozenset(
    """president presidents former ex de facto de-facto then vice prime minister ministers
    mr mr. mrs mrs. ms ms. dr dr. prof prof. professor gen gen. general col col. colonel
    lt lt. lieutenant capt capt. captain maj maj. major sgt sgt. sergeant commander chief
    ambassador secretary governor mayor senator sen. rep. congressman congresswoman
    deputy judge prosecutor attorney lawyer leader spokesman spokeswoman spokesperson
    king queen prince princess sheikh pope bishop archbishop father rev rev. reverend
    sir lord lady madam dame chairman chairwoman chair director minister's interior
    defence defense foreign finance justice health education economy energy mining
    head of state the""".split()
)

# Name particles that are not a person's distinguishing token ("de", "van").
PARTICLES = frozenset(
    "de del la las los da das do dos di van von der den du le bin ibn al el".split()
)

# Organisation "names" that are boilerplate or generic, never kept (folded).
ORG_STOPWORDS = frozenset(
    """skip to content sign up newsletter subscribe donate read more share facebook
    twitter instagram youtube whatsapp telegram email print comments""".split()
)

# National institutions named bare ("Congress"): canonical "<Institution> of <Country>" when
# the document names one dominant country (folded).
NATIONAL_BODIES = frozenset(
    {
        "congress",
        "parliament",
        "senate",
        "national assembly",
        "supreme court",
        "constitutional court",
        "national police",
        "armed forces",
    }
)
