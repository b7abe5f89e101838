"""Word lists for counts.py: number words, vague quantities, qualifiers, category lemmas.

Vague quantities follow ACLED's conservative coding (value = the lowest reading of the word;
low/high = the order of magnitude it names). Where ACLED is silent the choice is ours and is
written next to the entry.
"""

from __future__ import annotations

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# South Asian English scales ("2 lakh farmers" = 200,000) are read like "thousand".
SCALES = {
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
# "a dozen" / "a hundred": the article stands for one.
ARTICLE_NUMBERS = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "score": 20}

# Plural magnitude words: (value, low, high). "tens of thousands" multiplies two of them.
MAGNITUDES = {
    "tens": (10, 10, 99),
    "dozens": (12, 12, 99),  # ACLED: "dozens" = 12
    "scores": (20, 20, 99),  # ours: a score is 20
    "hundreds": (100, 100, 999),
    "thousands": (1000, 1000, 9999),
    "millions": (1_000_000, 1_000_000, 9_999_999),
}
# Vague quantity words without a magnitude: (value, low, high), all may be None.
VAGUE_WORDS = {
    # Ours (ACLED gives no figure for "several"): the smallest reading, 3, of a range 3..9.
    "several": (3, 3, 9),
    "few": (3, 3, 9),  # only as "a few"
    # ACLED codes reports of "many" / an unknown number of fatalities as 10.
    "many": (10, None, None),
    "numerous": (10, None, None),
    "multiple": (3, 3, None),
    # Not even an order of magnitude: keep the span, invent no number.
    "countless": (None, None, None),
    "innumerable": (None, None, None),
}
# Vague quantity nouns after "a": ours, read like "a few" (ACLED gives no figure).
VAGUE_NOUNS = {"handful": (3, 3, 9)}
# "a 5,000-strong march": the number sizes the crowd the noun names.
STRONG_WORDS = frozenset({"strong"})
CROWD_NOUNS = frozenset("crowd crowds procession convoy column".split())
# "an unknown number of", "a number of", "an undetermined number of" -> ACLED's 10.
NUMBER_OF_NOUNS = frozenset({"number"})

# Qualifier phrases before the number (lower-case token tuples), longest first.
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("more", "than"): "at_least",
    ("over",): "at_least",
    ("in", "excess", "of"): "at_least",
    ("upwards", "of"): "at_least",
    ("at", "least"): "at_least",
    ("no", "fewer", "than"): "at_least",
    ("no", "less", "than"): "at_least",
    ("up", "to"): "at_most",
    ("as", "many", "as"): "at_most",
    ("at", "most"): "at_most",
    ("fewer", "than"): "at_most",
    ("less", "than"): "at_most",
    ("about",): "approx",
    ("around",): "approx",
    ("approximately",): "approx",
    ("roughly",): "approx",
    ("some",): "approx",
    ("an", "estimated"): "approx",
    ("estimated",): "approx",
    ("close", "to"): "approx",
    ("nearly",): "approx",
    ("almost",): "approx",
}
# Qualifiers that exclude the number itself: "more than 50" is 51 or more.
STRICT = frozenset(
    {("more", "than"), ("over",), ("in", "excess", "of"), ("fewer", "than"), ("less", "than")}
)
MAX_QUALIFIER = max(len(k) for k in QUALIFIERS)

# Nouns after a number that make it a duration, measure, age or money, never a count.
NON_COUNT_NOUNS = frozenset(
    """second seconds minute minutes hour hours day days night nights week weeks weekend
    weekends month months year years decade decades century centuries time times am pm a.m.
    p.m. gmt o'clock km kms kilometre kilometres kilometer kilometers mile miles metre metres
    meter meters m mm cm kg kgs kilogram kilograms ton tons tonne tonnes litre litres liter
    liters percent per cent % pc dollars dollar usd euros euro pounds naira shillings birr
    cedi cedis rand francs dinars pesos soles sol cents round rounds calibre caliber mph acres
    hectares degree degrees rupees rupee taka""".split()
)
MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# Words before a number that make it an age, a rank or a label ("aged 25", "No. 5").
NON_COUNT_BEFORE = frozenset("aged age no. no number # division battalion brigade camp".split())
CURRENCY_SYMBOLS = frozenset("$ € £ ¥ ₦ ₹ rs rs. inr usd eur gbp ksh kes ngn tk".split())

# Category lemmas. PATIENT_VERBS: the counted noun is what the verb is done to (object,
# passive subject); their active subject is the actor and is not counted in the category.
PATIENT_VERBS = {
    "killed": frozenset(
        """kill murder assassinate execute behead slay massacre slaughter lynch strangle
        decapitate""".split()
    ),
    "injured": frozenset("injure wound hurt maim harm beat stab shoot gun".split()),
    "detained": frozenset(
        "arrest detain jail imprison apprehend capture hold incarcerate round nab".split()
    ),
    "blockades": frozenset("block blockade barricade obstruct".split()),
}
# Verbs and predicates whose subject is in the category ("56 died", "thousands marched").
SUBJECT_VERBS = {
    "killed": frozenset("die perish dead succumb drown".split()),
    "injured": frozenset("injured wounded".split()),
    "participants": frozenset(
        """march protest gather rally demonstrate participate join assemble converge mobilize
        mobilise throng riot strike parade attend turn""".split()
    ),
}
# Predicates of "left N dead", "N were feared dead", "found dead", "N killed" (participle).
PREDICATES = {
    "killed": frozenset("dead killed murdered slain lifeless".split()),
    "injured": frozenset("injured wounded hurt".split()),
    "detained": frozenset("arrested detained imprisoned jailed held".split()),
}
# A verb "shoot" alone does not say the person died; "shot dead" does.
SHOOT_VERBS = frozenset("shoot gun".split())
FATAL_SHOT = frozenset("dead down summarily fatally".split())
# Counted nouns that carry the category themselves ("30 dead", "3 fatalities", "45 roadblocks").
CATEGORY_NOUNS = {
    "killed": frozenset(
        """dead death deaths fatality fatalities body bodies casualty casualties causalities
        causality corpse corpses life lives toll""".split()
    ),
    "injured": frozenset("injured wounded injury injuries".split()),
    "detained": frozenset(
        "arrest arrests detainee detainees detention detentions prisoner prisoners".split()
    ),
    "blockades": frozenset("roadblock roadblocks blockade blockades barricade barricades".split()),
    "participants": frozenset(
        """protester protesters protestor protestors demonstrator demonstrators marcher
        marchers striker strikers rioter rioters participant participants""".split()
    ),
}
# Verbs whose subject counts as participants when their object is a protest ("5,000 teachers
# held a vigil", "thousands began a march"); "on strike" does the same for any verb.
PROTEST_NOUNS = frozenset(
    """march marches protest protests rally rallies vigil vigils strike strikes demonstration
    demonstrations sit-in walkout picket boycott""".split()
)
HOLD_VERBS = frozenset(
    "hold stage begin start launch join lead mount organise organize continue".split()
)
# "the march drew 50,000 people", "the rally attracted thousands": a protest's draw.
DRAW_VERBS = frozenset("draw attract bring mobilise mobilize".split())
# Things, not people: "held a vigil", "captured 3 towns" are never detentions or deaths.
EVENT_NOUNS = PROTEST_NOUNS | frozenset(
    """meeting meetings talks conference election elections ceremony funeral session hearing
    referendum vote poll event events town towns village villages area areas""".split()
)
# Passive-only detention verbs: "three were charged" (an active "police charged at" is a
# baton charge, not a count of detainees).
PASSIVE_DETAINED = frozenset("charge remand".split())
# "taken to hospital", "rushed to hospital", "hospitalised": injured.
HOSPITAL_VERBS = frozenset("take rush admit airlift evacuate bring send carry fly".split())
HOSPITAL_NOUNS = frozenset("hospital hospitals clinic".split())
HOSPITALISE = frozenset("hospitalise hospitalize treat".split())  # "medics treated 43 people"
# "walked off the job", "walked out": the subject strikes.
WALKOUT_PREPS = frozenset({"off"})
WALKOUT_NOUNS = frozenset("job jobs work".split())

# Nouns that stand for a running figure: "raised the death toll to 115", "put the figure at
# 3.5 million", "the number of dead rose to 50". The count after "to"/"at" takes the category
# the noun names ("death toll" -> killed), else the category of the count before.
TALLY_NOUNS = frozenset("toll tally figure figures number total count estimate".split())
TALLY_PREPS = frozenset("to at".split())
# A bare number as the object of these verbs restates the figure before: "organisers
# claimed 600,000", "unions estimated 3 million".
ESTIMATE_VERBS = frozenset("claim estimate count".split())

# Prepositions that make a count a subset of the count before it.
SUBSET_PREPS = frozenset("including among incl. included".split())
# Raising/reporting verbs: "N were reported killed", "N are feared dead".
REPORT_VERBS = frozenset(
    "report fear confirm believe find declare say think leave estimate pronounce see".split()
)

# Background tolls: a count of another, earlier event or a running total ("the insurgency,
# which has killed 20,000 people since 2009", "a bombing last year which killed 60").
# Words that date the event a relative clause describes before the reported one.
EARLIER_WORDS = frozenset("earlier previous previously recent prior past last ago".split())
# On the counting verb of a main clause only this one: "earlier", "ago", "last week" there
# usually date the reported event itself.
EARLIER_ALWAYS = frozenset({"previously"})
# With a perfect ("has killed"), these make the figure a running total.
CUMULATIVE_PREPS = frozenset("since across throughout".split())
# Two-word phrases, either word may head the other in the parse.
CUMULATIVE_PAIRS = frozenset({("to", "date"), ("in", "total"), ("so", "far"), ("as", "of")})
