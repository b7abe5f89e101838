"""Event types: PLOVER event/mode, trigger, ACLED type and sub-type on real sentences."""

from __future__ import annotations

import pytest

from extract.events import extract_event_types
from extract.events_acled import old_schema
from extract.events_lexicon import lexicon

EXC = ("Protests", "Excessive force against protesters")
INTERVENTION = ("Protests", "Protest with intervention")
PEACEFUL = ("Protests", "Peaceful protest")
VIOLENT_DEMO = ("Riots", "Violent demonstration")
VAC = ("Violence against civilians", "Attack")
ARRESTS = ("Strategic developments", "Arrests")
NO_ACLED = (None, None)
CLASH = ("Battles", "Armed clash")
MOB = ("Riots", "Mob violence")
AIR = ("Explosions/Remote violence", "Air/drone strike")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")

# (text, [(event, mode, trigger, (acled_type, acled_sub)), ...]) in the output order: primary first
CASES = [
    (
        "Police fired tear gas and live bullets at protesters in the capital, killing three "
        "demonstrators.",
        [("ASSAULT", "firearms", "bullets", EXC), ("PROTEST", "demo", "demonstrators", EXC)],
    ),
    (
        "Riot police dispersed hundreds of protesters who had blocked the main road, arresting 20 "
        "of them.",
        [
            ("PROTEST", "obstruct", "blocked", INTERVENTION),
            ("COERCE", "arrest", "arresting", ARRESTS),
        ],
    ),
    (
        "Thousands of teachers went on strike over unpaid salaries.",
        [("PROTEST", "strike", "went on strike", PEACEFUL)],
    ),
    (
        "Protesters set fire to a police station and looted shops after the rally.",
        [("PROTEST", "riot", "set fire", VIOLENT_DEMO), ("PROTEST", "demo", "rally", VIOLENT_DEMO)],
    ),
    (
        "Suspected Boko Haram militants attacked the village of Kalari, killing 12 villagers and "
        "abducting five women.",
        [
            ("ASSAULT", None, "attacked", VAC),
            (
                "ASSAULT",
                "abduct",
                "abducting",
                ("Violence against civilians", "Abduction/forced disappearance"),
            ),
        ],
    ),
    (
        "Soldiers clashed with rebels near the border town; four fighters were killed.",
        [("ASSAULT", None, "clashed", ("Battles", "Armed clash"))],
    ),
    (
        "Government forces recaptured the town of Bama from the insurgents.",
        [("COERCE", "confiscate", "recaptured", ("Battles", "Government regains territory"))],
    ),
    (
        "Militants fired mortar rounds at an army base, wounding two soldiers.",
        [
            (
                "ASSAULT",
                "heavy-weapons",
                "rounds",
                ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
            )
        ],
    ),
    (
        "A roadside bomb exploded near a military convoy, killing three soldiers.",
        [
            (
                "ASSAULT",
                "explosives",
                "exploded",
                ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
            )
        ],
    ),
    (
        "Air force jets carried out air strikes on militant positions, killing 15 fighters.",
        [
            (
                "ASSAULT",
                "heavy-weapons",
                "air strikes",
                ("Explosions/Remote violence", "Air/drone strike"),
            )
        ],
    ),
    (
        "A mob lynched a suspected thief in the market.",
        [("ASSAULT", "beat", "lynched", ("Riots", "Mob violence"))],
    ),
    # modality and negation: a threat is not the act; a denied act is nothing
    (
        "The union threatened to strike if wages are not paid.",
        [("THREATEN", "restrict", "threatened", NO_ACLED)],
    ),
    ("Security forces did not attack the marchers.", []),
    ("Protesters plan to march on parliament next week.", []),
    (
        "Police arrested the opposition leader on charges of treason.",
        [("COERCE", "arrest", "arrested", ARRESTS)],
    ),
    (
        "The two factions signed a ceasefire agreement in the capital.",
        [("SUPPORT", None, "signed", ("Strategic developments", "Agreement"))],
    ),
    (
        "The foreign minister met with his counterpart to discuss trade.",
        [("CONSULT", None, "met", NO_ACLED)],
    ),
    (
        "The government imposed a curfew and declared a state of emergency.",
        [
            ("COERCE", "curfew", "curfew", NO_ACLED),
            ("COERCE", "martial-law", "state of emergency", NO_ACLED),
        ],
    ),
    (
        "Residents gathered outside the governor's office to protest against power cuts.",
        [("PROTEST", "demo", "gathered", PEACEFUL)],
    ),
    (
        "The rights group demanded the release of the detained journalists.",
        [("REQUEST", None, "demanded", NO_ACLED), ("COERCE", "arrest", "detained", ARRESTS)],
    ),
    # demands voiced by protesters are their protest, not a separate REQUEST
    (
        "Protesters demanded the resignation of the minister.",
        [("PROTEST", "demo", "demanded", PEACEFUL)],
    ),
    # an accident is no assault; tear gas shells are no shelling; a police raid is an arrest
    ("Seven people were killed when their minibus collided with a truck.", []),
    (
        "Police fired tear gas shells at the marchers.",
        [("PROTEST", "demo", "marchers", INTERVENTION)],
    ),
    (
        "Police arrested 12 suspects in a dawn raid on Tuesday.",
        [("COERCE", "arrest", "arrested", ARRESTS)],
    ),
    # a month is no march
    ("Union leaders will meet on March 3.", []),
    # outside a protest, two sides fighting are communal militias to ACLED: a battle
    (
        "Five people died in clashes between herders and farmers near the river.",
        [("ASSAULT", None, "clashes", CLASH)],
    ),
    ("Youths clashed with traders at the market.", [("ASSAULT", None, "clashed", MOB)]),
    # a bare "killed" after an air strike is the strike's toll: coded by its means
    (
        "Jets carried out air strikes on a rebel camp. The strikes killed nine fighters.",
        [("ASSAULT", "heavy-weapons", "air strikes", AIR), ("ASSAULT", None, "killed", AIR)],
    ),
    (
        "Warplanes strike rebel positions in the hills.",
        [("ASSAULT", "heavy-weapons", "strike", AIR)],
    ),
    # ... but not when a ground attack is reported too
    (
        "A roadside bomb hit a bus. Gunmen later ambushed a convoy, killing two soldiers.",
        [("ASSAULT", None, "ambushed", CLASH), ("ASSAULT", "explosives", "hit", IED)],
    ),
    # pupils burning classrooms riot (ACLED: Riots), not property destruction
    (
        "Pupils burnt down two classrooms after the exams were cancelled.",
        [("PROTEST", "riot", "burnt", VIOLENT_DEMO)],
    ),
    # the arrests are the event; the clash they followed is background
    (
        "Police arrested 37 people after clashes between two villages.",
        [("COERCE", "arrest", "arrested", ARRESTS), ("ASSAULT", None, "clashes", CLASH)],
    ),
]


GOV_REGAINS = ("Battles", "Government regains territory")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")

# who is acted on, takeovers, air forces, clashes outside a protest (written for these tests)
CASES += [
    # the killed side is an armed group: a battle, not an attack on civilians
    (
        "Army troops killed six members of the Islamic Front near the river.",
        [("ASSAULT", None, "killed", CLASH)],
    ),
    # a group's name the tagger reads as a person is still read by its armed words
    (
        "Two members of al Shabaab were killed by police near the port.",
        [("ASSAULT", None, "killed", CLASH)],
    ),
    # ... but a place named like a group ("Borno State") is no armed group
    (
        "Soldiers killed two people in Borno State on Monday.",
        [("ASSAULT", None, "killed", VAC)],
    ),
    (
        "The army carried out an operation in the forest, leaving nine rebels dead.",
        [("ASSAULT", None, "dead", CLASH)],
    ),
    # an air force as the doer, an air raid, Air Force strikes: air strikes
    (
        "The national air force launched several raids on rebel positions.",
        [("ASSAULT", "heavy-weapons", "raids", AIR)],
    ),
    (
        "Eleven insurgents died in Nigerian Air Force strikes on Tuesday.",
        [("ASSAULT", "heavy-weapons", "strikes", AIR)],
    ),
    (
        "Three civilians were killed in an air raid on the market.",
        [("ASSAULT", "heavy-weapons", "air raid", AIR), ("ASSAULT", None, "killed", NO_ACLED)],
    ),
    # takeovers without a fight verb
    (
        "Government troops took complete control of the northern district.",
        [("COERCE", "confiscate", "control", GOV_REGAINS)],
    ),
    (
        "The army re-captured the town from the insurgents.",
        [("COERCE", "confiscate", "captured", GOV_REGAINS)],
    ),
    (
        "Army soldiers dismantled a rebel camp in the hills.",
        [("COERCE", "confiscate", "dismantled", GOV_REGAINS)],
    ),
    ("Police dismantled a drug network in the port.", []),
    (
        "The army cleared two towns of insurgents.",
        [("COERCE", "confiscate", "cleared", GOV_REGAINS)],
    ),
    ("Police cleared the road of debris.", []),
    (
        "Rebels took over the village after the army withdrew.",
        [
            ("COERCE", "confiscate", "took over", TRANSFER),
            ("RETREAT", "withdraw", "withdrew", NO_ACLED),
        ],
    ),
    (
        "The army base was handed over to the new administration.",
        [("RETREAT", "withdraw", "handed over", TRANSFER)],
    ),
    # clashes outside a protest: named or communal sides fight a battle, others riot
    (
        "Two clashes occurred between FNL and FARDC forces in the hills.",
        [("ASSAULT", None, "clashes", CLASH)],
    ),
    (
        "One man was killed during a clash between Bari and Lotuko people over grazing land.",
        [("ASSAULT", None, "clash", CLASH)],
    ),
    (
        "Clashes between police and street vendors broke out in the market.",
        [("ASSAULT", None, "Clashes", MOB)],
    ),
    (
        "Opposing party supporters clashed after the vote count, injuring five.",
        [("ASSAULT", None, "clashed", MOB)],
    ),
    # unnamed sides: "fighting" and "battle" are armed, a bare "clashes" is a riot
    (
        "Heavy fighting broke out in the town on Monday, killing 12.",
        [("ASSAULT", None, "fighting", CLASH)],
    ),
    ("Clashes broke out in the town on Monday.", [("ASSAULT", None, "Clashes", MOB)]),
    # "came under attack": literal for a force or a thing, a figure of speech for a person
    (
        "A military convoy came under attack near the border.",
        [("ASSAULT", None, "attack", CLASH)],
    ),
    ("The mayor comes under attack from the opposition.", []),
    # an allegation is not coded (the seed gold's convention)
    (
        "Police arrested ten people on Monday. Their lawyer alleges that they were tortured.",
        [("COERCE", "arrest", "arrested", ARRESTS)],
    ),
    # a negated subject: nothing reported; but the attack no one died in did happen
    ("No reports mention clashes in the town.", []),
    ("No one was killed in the attack on the convoy.", [("ASSAULT", None, "attack", CLASH)]),
    # a conjunct is as factual as its head, whatever that head governs
    (
        "Police foiled a robbery and killed a gang leader in the port.",
        [("ASSAULT", None, "killed", VAC)],
    ),
    # a security member attacked at home or off duty counts as a civilian to ACLED
    (
        "Gunmen shot dead a police sergeant outside his house in the capital.",
        [("ASSAULT", "firearms", "shot", VAC)],
    ),
    (
        "Police raided the offices of an opposition newspaper.",
        [("ASSAULT", None, "raided", ("Strategic developments", "Other"))],
    ),
    (
        "Masked men seized three customs officers near the border.",
        [("COERCE", "confiscate", "seized", ABDUCTION)],
    ),
    (
        "Two men were doused in petrol and set alight by a crowd in the market.",
        [("ASSAULT", "destroy", "set alight", MOB)],
    ),
    (
        "A shop was burnt by angry customers after the bank ran out of cash.",
        [("ASSAULT", "destroy", "burnt", MOB)],
    ),
    ("Cattle thieves fired on herders, wounding two.", [("ASSAULT", "firearms", "fired", VAC)]),
    # a nationality killed by state forces is no armed group: excessive force in a protest
    (
        "During the protests, more than 30 Kenyans have been killed by police and soldiers.",
        [("PROTEST", "demo", "protests", EXC), ("ASSAULT", None, "killed", EXC)],
    ),
    # a projectile that "landed" or "fell" is a remote attack; a plane that landed is not
    (
        "Two mortar shells fell on a market, killing four.",
        [
            (
                "ASSAULT",
                "heavy-weapons",
                "fell",
                ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
            )
        ],
    ),
    ("The plane landed at the airport.", []),
    # a weapon hurled at a target is an attack with the weapon's mode; no target, no attack
    (
        "A grenade was hurled at a police patrol in the market.",
        [("ASSAULT", "explosives", "grenade", ("Explosions/Remote violence", "Grenade"))],
    ),
    ("A gun was fired during the rally.", [("PROTEST", "demo", "rally", PEACEFUL)]),
    (
        "Five soldiers were taken hostage by rebels near the river.",
        [("ASSAULT", "abduct", "taken hostage", CLASH)],
    ),
    (
        "The authorities released the opposition leader after two years in jail.",
        [("RETREAT", "release", "released", ("Strategic developments", "Other"))],
    ),
    ("Police opened fire with rubber bullets at crowds outside the stadium.", []),
    # a phrase's own word is not its doer: the crowd that went on the spree is
    (
        "Angry youths went on a looting spree and burnt shops in the township overnight.",
        [("PROTEST", "riot", "looting spree", VIOLENT_DEMO)],
    ),
    # the lemmatiser's "raped" -> "rap" is read as the trigger
    (
        "A militia group raped three displaced women near the camp.",
        [("ASSAULT", "sexual", "raped", ("Violence against civilians", "Sexual violence"))],
    ),
    # protesters acting, and a purpose clause with a protest in it, attest a protest
    (
        "A small group of protesters sang songs outside the offices.",
        [("PROTEST", "demo", "protesters", PEACEFUL)],
    ),
    (
        "Dozens of nurses gathered outside the ministry to answer a union call to protest "
        "against unpaid wages.",
        [("PROTEST", "demo", "gathered", PEACEFUL)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_event_types(parse, text, expected):
    got = [
        (e.event, e.mode, e.trigger.text, (e.acled_event_type, e.acled_sub_event_type))
        for e in extract_event_types(parse(text))
    ]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    ["Police fired live bullets at protesters, killing two.", "Rebels shelled the town."],
)
def test_trigger_spans_are_exact(parse, text):
    for event in extract_event_types(parse(text)):
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text


@pytest.mark.parametrize(
    "acled, old",
    [
        (("Battles", "Armed clash"), "Battle-No change of territory"),
        (("Battles", "Government regains territory"), "Battle-Government regains territory"),
        (("Explosions/Remote violence", "Air/drone strike"), "Remote violence"),
        (("Protests", "Peaceful protest"), "Riots/Protests"),
        (("Riots", "Mob violence"), "Riots/Protests"),
        (EXC, "Violence against civilians"),
        (ARRESTS, "Strategic development"),
        (
            ("Strategic developments", "Non-violent transfer of territory"),
            "Non-violent transfer of territory",
        ),
        (NO_ACLED, None),
    ],
)
def test_old_acled_schema(acled, old):
    assert old_schema(acled[0], acled[1], lexicon()) == old


def test_headline_title_case(records_of):
    [record] = records_of(
        "Workers Declare National Strike\n\nUnions began a national strike on Monday."
    )
    assert [(e.event, e.mode) for e in record.event_types] == [("PROTEST", "strike")]
