"""Generic words that say a capitalised name is not a place (data, not code; no names).
Read by place_precision.py; all folded (lower case, no accents)."""

from __future__ import annotations

# Calendar words: "from March 30", "each Thursday from August 6" are dates, never towns.
CALENDAR_WORDS = frozenset(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
    thursday friday saturday sunday""".split()
)

# Personal titles before a name ("President Hashemi Rafsanjani", "Attorney General Janet
# Reno"): the name after one is a person's. Narrower than entities_lexicon.TITLES, which
# also holds portfolio words ("justice", "security") that open organisations' names.
HONORIFICS = frozenset(
    """president vice prime minister premier chancellor attorney general gen gen. mr mr.
    mrs mrs. ms ms. dr dr. senator sen sen. rep rep. congressman congresswoman governor gov
    gov. mayor secretary ambassador pope cardinal bishop archbishop rev rev. reverend king
    queen prince princess sheikh judge justice col col. colonel lt lt. lieutenant capt
    capt. captain maj maj. major sgt sgt. sergeant commander chairman chairwoman
    spokesman spokeswoman sheriff detective former lord lady sir dame""".split()
)

# Kin before a name ("Elian's mother Elizabeth"): the name is a person's.
KIN_NOUNS = frozenset(
    """mother father wife husband son daughter brother sister uncle aunt cousin nephew
    niece grandmother grandfather grandson granddaughter widow widower""".split()
)

# Verbs of speech: their subject is a person ("Clark said"), not a town.
SPEECH_VERBS = frozenset(
    """say tell add note explain ask argue claim insist deny warn urge reply answer
    announce declare testify""".split()
)

# Heads of names of events, laws, vehicles and markets: "Hurricane Hugo", "Operation
# Desert Shield", "Space Shuttle Columbia" (first word); "the Clinic Entrances Act",
# "Election Day", "New York Stock Exchange", "the Truman Library" (last word).
EVENT_FIRST_WORDS = frozenset(
    """hurricane typhoon cyclone storm tropical operation space shuttle flight""".split()
)
EVENT_LAST_WORDS = frozenset(
    """act acts bill law treaty accord accords agreement day files library exchange
    board index award prize cup games olympics""".split()
)

# Words before "in X" that make X a company, not a place ("stakes in Jaguar", "shares in
# X"), and words after a name that make it a company or a market ("in Big Board trading").
STAKE_NOUNS = frozenset(
    """stake stakes share shares holding holdings interest interests investment
    investments""".split()
)
MARKET_WORDS_AFTER = frozenset("trading composite shares stock stake".split())

# Nouns after a name that make it an actor, not a place ("near Khmer Rouge headquarters",
# "Khmer Rouge guerrillas"), and company nouns before one ("gas giant Gazprom").
ACTOR_NOUNS_AFTER = frozenset(
    """headquarters leader leaders leadership officials official spokesman spokeswoman
    guerrillas guerrilla rebels rebel fighters soldiers troops members government
    regime executives""".split()
)
COMPANY_NOUNS_BEFORE = frozenset(
    """giant company firm maker carrier airline rival group bank insurer retailer
    conglomerate""".split()
)

# Religious figures: "pray to God" is no town Göd.
DEITIES = frozenset("god allah jesus christ lord".split())
