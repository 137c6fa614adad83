"""Context words around a number: stop words, approximators, months, identifiers, ranks, ages.

Data only; the readers in this package decide with it. Must not hold
currencies (:mod:`.currency_words`) or units (:mod:`.unit_words`).
"""
from __future__ import annotations

SUPERLATIVE_EXTRA = {"most", "least", "best", "worst", "ranked", "place", "placed", "seeded",
                     "leading"}

# months and weekdays (capitalized forms; "May" and "March" only capitalized)
MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
}

# words that stop a counted noun phrase (lower-cased)
STOP = set("""
a an the this that these those its it it's his her their our my your of in on at to for from by
with without and or but nor so yet as than then there here who whom whose which what when where
why how is are was were be been being am have has had having do does did done will would shall
should can could may might must not no also only just even still more most less least fewer
very too about around over under up down out off into onto upon per each every all any some
both either neither another such same own last next first second third rose fell
said says say told according percent per cent while after before since until during between
among against across through toward towards behind beyond within via including includes like
plus minus versus vs if because though although whether once again ago later earlier now today
tonight yesterday tomorrow year's people's he she they we i you him them us me one two three
rise rises rising fall falls falling rose fell dropped climbed jumped gained lost added grew
increased decreased declined reached hit set made make makes took take takes got get gets went
go goes came come comes left leave gave give saw see became become remain remains remained
stood stand stands totaling totalling worth valued according compared respectively
amid amidst despite regarding concerning unlike
cheaper higher lower bigger smaller larger greater better worse faster slower longer shorter
older younger richer poorer stronger weaker heavier lighter fewer earlier later sooner
""".split())
# qualifiers before a figure, lower-cased, mapped to the normalized label
QUALIFIERS = {
    "more than": "more than", "over": "more than", "above": "more than", "upwards of": "more than",
    "upward of": "more than", "in excess of": "more than", "well over": "more than",
    "just over": "more than", "greater than": "more than", "exceeding": "more than",
    "almost": "almost", "nearly": "nearly", "close to": "nearly", "just under": "almost",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "approx.": "about",
    "circa": "about", "an average of": "about", "average of": "about",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "a minimum of": "at least",
    "up to": "up to", "as many as": "up to", "as much as": "up to", "as high as": "up to",
    "a maximum of": "up to", "at most": "up to", "no more than": "up to",
    "less than": "less than", "fewer than": "less than", "under": "less than",
    "below": "less than",
}

# adjectives that may stand before a capitalized counted noun ("new California voters")
ADJ_BEFORE_NAMES = {"new", "other", "more", "additional", "extra", "young", "old", "former", "current",
                    "registered", "local", "foreign", "major", "top", "small", "big", "large", "different",
                    "separate", "fellow", "undocumented", "native", "ethnic", "eligible", "unemployed"}
# nouns after "2-1" that make it a score or tally, one figure
SCORE_NOUNS = {"win", "wins", "victory", "victories", "lead", "loss", "losses", "defeat", "defeats", "vote",
               "votes", "decision", "tie", "draw", "record", "ruling", "margin", "edge", "triumph", "rout",
               "thrashing", "drubbing", "score", "scoreline", "aggregate", "advantage", "deficit", "count"}
# a number right after these is an identifier or part of a name ("category 4", "S&P 500")
IDENT_WORDS = set("""
category section grades log route exit highway interstate chapter article amendment room gate platform flight
row suite apt apt. apartment level phase version season episode game week round act part pier
district ward precinct zone terminal channel bus verse psalm hole type grade model stage title
proposition prop prop. unit s&p s.&p. sp ftse russell nasdaq stoxx dax cac nikkei kospi asx tsx euro
covid windows ios android iphone galaxy pixel playstation xbox boeing airbus su mig paragraph poor's
page pp. p. line item clause footnote slide figure fig. table schedule number image photo
area tier division docket badge incident ticket lot booth bay engine ladder squad battalion runway
concourse jersey sequel
""".split()) | {"hang seng", "dow jones"}
# before "No." or "#" these make the number an identifier, not a rank ("case No. 12", "Suite #5", "wore No. 23")
NUMBERED_THINGS = set("""
case incident file bill docket item lot order ticket unit room suite apartment apt. flight route badge account
report claim permit license licence policy serial model invoice booking inmate patient cell building lane
wore wears wearing jersey shirt car engine ladder truck
""".split())
# after "No. N" these make it an identifier: "the No. 4 train", "the No. 8 post" (a starting gate)
NUMBERED_VEHICLES = {"train", "trains", "bus", "buses", "line", "lines", "tram", "route", "jersey", "shirt", "post"}
# capitalized at a sentence start these are not names ("Nearly 20 people")
PLAIN_WORDS = set("""
about around nearly almost roughly approximately some only just over under more fewer less at
least up to all but than by with of in for and or the a an another its his her their our my
your these those this that each every exactly precisely barely estimated even still now then
perhaps maybe total what when while where whereas although though if as so yet plus minus it
they we he she i you there here was were is are has have had be been will would could should
may might must can also not no nor once twice after before since from between among including
some another additional further nearly just another only some than among per another like
""".split())
# a word ending in "." that does not end a sentence
ABBREVIATIONS = {"No.", "St.", "Mt.", "Ft.", "Rt.", "Rte.", "Hwy.", "Ave.", "Sec.", "Art.", "Ch.", "Vol.", "Gen.",
                 "Rep.", "Sen.", "Gov.", "Mr.", "Ms.", "Mrs.", "Dr.", "Inc.", "Co.", "Corp.", "Ltd.", "U.S."}
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
# "Nick Hague 44 has spent": words after a name and a bare number that make it an age
AGE_VERBS = {"has", "had", "is", "was", "said", "says", "who", "will", "would", "died", "and",
             "of", "from", "told", "plays", "played", "scored", "joined", "became"}
# "finished second", "ranks 10th"
RANK_VERBS = {"ranked", "ranks", "ranking", "finished", "placed", "came", "is", "was"}
# "who was 10.", "I'm 76": a bare number after these is an age
BE_WORDS = {"was", "is", "be", "turned", "turns", "turn", "turning", "i'm", "i’m", "am", "he's", "he’s", "she's", "she’s", "now",
            "you're", "you’re", "are"}
# vulgar fraction characters
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
# denominators of digit fractions ("1/4 mile"); others ("9/11", "24/7") are not fractions
DENOMINATORS = {2, 3, 4, 5, 8, 10, 16, 32, 64, 100, 128}
# plural nouns that usually modify the next noun ("three news outlets", "two sales tax hikes"): they
# do not end a counted phrase the way a plural head does ("two bills call for")
PLURAL_MODIFIERS = set("""
news sports arms savings sales series species goods means earnings jobs parks ways works customs
headquarters communications electronics operations services systems affairs rights human-rights
""".split())
# words that put "N times" at a level, so it is a multiple, not a frequency: "leverage above six times",
# "topped seven times", "valued at 20 times"
LEVEL_WORDS = {"at", "above", "below", "under", "beyond", "top", "tops", "topped", "topping", "exceed",
               "exceeds", "exceeded", "exceeding", "surpassed", "surpassing"}
# "one" before these counts them ("one robbery suspect", "one woman was injured"); elsewhere "one" is
# mostly a pronoun or article ("one of the", "one day", "at one point")
ONE_COUNTED_NOUNS = set("""
man woman person child boy girl teen teenager baby infant toddler adult juvenile suspect victim officer
deputy trooper detective agent driver motorist passenger pedestrian cyclist rider resident student pupil
worker employee firefighter paramedic soldier marine patient inmate prisoner detainee witness shooter
gunman robber burglar thief attacker assailant bystander customer member player juror voter candidate
senator lawmaker delegate official vehicle car truck bus motorcycle house home building apartment
business store restaurant school hospital shot gunshot bullet round gun weapon rifle handgun knife count
charge felony misdemeanor death fatality injury arrest citation ticket dog cat animal horse plane
helicopter aircraft jet ship boat train goal touchdown vote seat bedroom bathroom
aide academic official individual spokesman spokeswoman spokesperson source insider expert analyst attendee nominee
retiree veteran colleague friend neighbor neighbour relative cousin son daughter
tenant occupant migrant immigrant applicant participant assistant servant
""".split())
# a singular noun for one person: "the former star, 42,", "a man about 17", "president at 81" (the number is an age)
PERSON_NOUNS = set("""
man woman boy girl teen teenager child toddler baby infant youth juvenile adult son daughter mother father mom dad
wife husband brother sister grandmother grandfather grandma grandpa grandson granddaughter uncle aunt nephew niece
cousin friend neighbor neighbour girlfriend boyfriend fiance fiancé fiancee widow widower victim suspect driver
passenger pedestrian shooter gunman student resident worker employee officer deputy trooper detective soldier marine
veteran retiree star actor actress singer rapper musician player athlete coach artist author writer poet director
producer comedian host model designer chef owner founder executive president chairman chairwoman senator lawmaker
candidate mayor governor judge lawyer attorney doctor nurse teacher professor pastor priest bishop official
spokesman spokeswoman farmer motorist cyclist rider customer patient inmate prisoner witness survivor native
businessman businesswoman entrepreneur journalist reporter photographer activist volunteer mother-of-two father-of-two
""".split())
