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
    head of state the superintendent inspector constable detective commissioner cabinet
    agriculture transport labour labor trade environment information security
    treasurer crown""".split()
)

# Of the titles, those that do not show an office (honorifics and glue words): "the city
# of Sheikh Y" holds no person.
HONORIFICS = frozenset("the of sheikh sir lord lady madam dame mr mr. mrs mrs. ms ms.".split())

# Role words that follow a portfolio in a title ("Interior Minister", "Cabinet Secretary"):
# an ORG made only of title words right before one is part of a person's title.
ROLE_WORDS = frozenset(
    """minister ministers secretary secretaries spokesman spokeswoman spokesperson
    commissioner chief director""".split()
)

# Office titles that introduce a name even where the model sees none ("General X").
OFFICE_TITLES = frozenset(
    """president general minister colonel captain major governor senator judge mayor
    commander lieutenant sergeant""".split()
)

# Roles an apposition gives a person ("X Y, the director of ...", "X Y, a lawyer").
APPOSITION_ROLES = frozenset(
    """director head president leader chief spokesman spokeswoman spokesperson secretary
    chairman chairwoman founder commander governor mayor minister coordinator lawyer
    activist journalist student teacher worker farmer doctor nurse mother father son
    daughter wife husband brother sister resident protester member official""".split()
)

# Role words after which a capitalised name is a portfolio, never an organisation or a
# place ("Road Transport Minister X").
PORTFOLIO_ROLES = frozenset("minister ministers".split())

# Last words of a law's or an agreement's name, which an acronym follows as often as an
# organisation's ("the Prevention of Terrorism Act (PTA)").
LAW_HEADS = frozenset("act acts law bill decree code treaty accord agreement convention".split())

# Last words that make a name a division, not an organisation ("X Metropolitan Region");
# "state" is not one ("Islamic State").
REGION_HEADS = frozenset(
    "region province department governorate prefecture oblast county district".split()
)

# Name particles that are not a person's distinguishing token ("de", "van").
PARTICLES = frozenset(
    "de del la las los da das do dos di van von der den du le bin ibn al el arap bint ter".split()
)

# Words after a surname that make it a family, not a person ("the Jaffe family").
FAMILY_WORDS = frozenset("family families clan dynasty household".split())

# Last words of a company's or a body's name: a "person" ending in one is an organisation
# ("Ben Franklin Stores Inc"), never a person.
ORG_HEADS = frozenset(
    """inc inc. corp corp. co co. ltd ltd. plc llc ag sa nv gmbh cie corporation company
    companies bank bancorp group holdings airlines airways association institute
    foundation council committee commission ministry department agency party union
    federation league authority savings industries insurance electric securities
    partners associates communications systems enterprises foods stores airlines airways
    motors lines services products industries holdings""".split()
)

# Last words of a building's or site's name beside the places lexicon's facility heads: a
# "person" ending in one is a place ("Karl Marx Theater").
SITE_LAST_WORDS = frozenset(
    """theater theatre hospital center centre museum library hotel school college
    academy cemetery building course inn boulevard""".split()
)

# Lower-case words inside an organisation's name ("Office of the ... for Human Rights").
ORG_CONNECTORS = frozenset("of the for and on in de del la las los des du et y".split())

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

# Well-known acronyms of international, UN and intelligence bodies that news text uses bare
# ("a CIA veteran"): the full name is the canonical name, the acronym kept beside it.
KNOWN_ACRONYMS = {
    "CIA": "Central Intelligence Agency",
    "FBI": "Federal Bureau of Investigation",
    "NSA": "National Security Agency",
    "DEA": "Drug Enforcement Administration",
    "UN": "United Nations",
    "UNHCR": "United Nations High Commissioner for Refugees",
    "UNICEF": "United Nations Children's Fund",
    "OHCHR": "Office of the United Nations High Commissioner for Human Rights",
    "WHO": "World Health Organization",
    "WFP": "World Food Programme",
    "IMF": "International Monetary Fund",
    "NATO": "North Atlantic Treaty Organization",
    "EU": "European Union",
    "AU": "African Union",
    "OAS": "Organization of American States",
    "ICC": "International Criminal Court",
    "ICRC": "International Committee of the Red Cross",
    "IACHR": "Inter-American Commission on Human Rights",
    "ECOWAS": "Economic Community of West African States",
    "AMISOM": "African Union Mission in Somalia",
    "MONUSCO": "United Nations Organization Stabilization Mission in the DR Congo",
    "MINUSMA": "United Nations Multidimensional Integrated Stabilization Mission in Mali",
}

# Prepositions that make a facility-headed name a site, not an actor ("at the X University").
SITE_PREPS = frozenset("at in inside outside near into of to from".split())

# Nouns that, in apposition to a name, make it a building or a site, not a person ("X, her
# official residence").
SITE_NOUNS = frozenset(
    """residence palace home house headquarters building compound office camp base station
    stadium square village town city district""".split()
)

# Common nouns that name the kind of body the next name is ("the non-governmental
# organisation X", "the charity X"): a name after one is an organisation, not a person.
ORG_NOUNS = frozenset(
    """organisation organization charity group party newspaper broadcaster agency company
    firm movement union ngo network coalition collective""".split()
)

# Common nouns for a person's occupation or standing: a name right after one ("astronaut
# X Y", "analyst X Y") is a person's, not an organisation's, unless it ends in an
# organisation's head word.
PERSON_NOUNS = frozenset(
    """astronaut cosmonaut correspondent reporter journalist analyst economist writer
    author poet novelist actor actress singer player coach officer soldier pilot envoy
    diplomat priest lawyer attorney activist dissident scientist physicist doctor
    businessman businesswoman banker investor executive candidate""".split()
)

# Words that end no name: a connector or the "amp" a lost "&amp;" leaves ("Valley Federal
# Savings and", "Shell Trading amp"); cut from the end of a name.
TRAILING_JOINERS = frozenset("and amp & of the for".split())
