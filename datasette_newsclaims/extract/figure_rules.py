"""Vocabulary for figures: currencies, units of measure, scale words, stop words.

Data only; :mod:`.figures` compiles it once at import.
"""
from __future__ import annotations

# scale words after a number (lower-cased); single letters only when fused ("$5m")
SCALE_WORDS = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "mn": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
FUSED_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9, "mn": 1e6, "tn": 1e12, "mil": 1e6, "mln": 1e6,
                "bln": 1e9}

# currency written before the number (case-sensitive keys, longest first in the regex)
CURRENCY_PREFIX = {
    "US$": "USD", "US $": "USD", "U.S.$": "USD", "U.S. $": "USD", "u.s $": "USD", "us $": "USD",
    "USD$": "USD", "USD $": "USD", "USD": "USD", "$": "USD",
    "A$": "AUD", "AU$": "AUD", "AUD": "AUD", "C$": "CAD", "CA$": "CAD", "CA $": "CAD", "CAD": "CAD",
    "c $": "CAD", "C $": "CAD", "NZ$": "NZD", "NZD": "NZD", "HK$": "HKD", "HK $": "HKD", "hk $": "HKD",
    "HKD": "HKD", "S$": "SGD", "SGD": "SGD", "R$": "BRL", "BRL": "BRL", "NT$": "TWD", "TWD": "TWD",
    "MX$": "MXN", "MXN": "MXN", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY",
    "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "₹": "INR", "Rs.": "INR", "Rs": "INR", "INR": "INR",
    "₩": "KRW", "KRW": "KRW", "₽": "RUB", "RUB": "RUB", "₪": "ILS", "NIS": "ILS", "ILS": "ILS",
    "CHF": "CHF", "SFr": "CHF", "RM": "MYR", "MYR": "MYR", "ZAR": "ZAR", "₦": "NGN", "₱": "PHP",
    "PHP": "PHP", "₫": "VND", "₴": "UAH", "₺": "TRY", "TRY": "TRY", "฿": "THB", "THB": "THB",
    "₸": "KZT", "₡": "CRC", "₾": "GEL", "₭": "LAK", "Rp": "IDR", "IDR": "IDR", "SEK": "SEK",
    "NOK": "NOK", "DKK": "DKK", "AED": "AED", "SAR": "SAR", "PLN": "PLN", "HUF": "HUF",
    "CZK": "CZK", "$US": "USD", "$A": "AUD", "$NZ": "NZD", "$C": "CAD", "$HK": "HKD", "$S": "SGD",
    "AU $": "AUD", "NZ $": "NZD", "US $": "USD", "S $": "SGD", "Y=": "JPY", "Y= ": "JPY", "PS": "GBP",
    "Rs ": "INR", "Rs. ": "INR", "RM ": "MYR", "EUR ": "EUR", "USD ": "USD", "GBP ": "GBP",
}
# currency symbols that may stand right after the number ("100₾", "100 ₡")
CURRENCY_SYMBOL_SUFFIX = {
    "€": "EUR", "£": "GBP", "₡": "CRC", "₾": "GEL", "₭": "LAK", "ரூ": "LKR", "₦": "NGN", "₱": "PHP",
    "₫": "VND", "₴": "UAH", "₺": "TRY", "฿": "THB", "₸": "KZT", "₹": "INR", "₩": "KRW", "₽": "RUB",
    "₪": "ILS",
}
# currency words after the number, lower-cased; value: (ISO code, factor to the main unit)
CURRENCY_WORDS = {
    "dollars": ("USD", 1), "dollar": ("USD", 1), "bucks": ("USD", 1),
    "us dollars": ("USD", 1), "us dollar": ("USD", 1), "u.s. dollars": ("USD", 1),
    "american dollars": ("USD", 1),
    "australian dollars": ("AUD", 1), "australian dollar": ("AUD", 1),
    "canadian dollars": ("CAD", 1), "canadian dollar": ("CAD", 1),
    "new zealand dollars": ("NZD", 1), "hong kong dollars": ("HKD", 1),
    "singapore dollars": ("SGD", 1), "taiwan dollars": ("TWD", 1),
    "new taiwan dollars": ("TWD", 1), "zimbabwe dollars": ("ZWL", 1),
    "euros": ("EUR", 1), "euro": ("EUR", 1),
    "pounds sterling": ("GBP", 1), "sterling": ("GBP", 1), "british pounds": ("GBP", 1),
    "yen": ("JPY", 1), "japanese yen": ("JPY", 1), "yuan": ("CNY", 1), "renminbi": ("CNY", 1),
    "chinese yuan": ("CNY", 1),
    "rupees": ("INR", 1), "rupee": ("INR", 1), "indian rupees": ("INR", 1),
    "pakistani rupees": ("PKR", 1), "sri lankan rupees": ("LKR", 1),
    "ringgit": ("MYR", 1), "won": ("KRW", 1), "rand": ("ZAR", 1),
    "swiss francs": ("CHF", 1), "swiss franc": ("CHF", 1), "francs": ("FRF", 1), "franc": ("FRF", 1),
    "pesos": ("MXN", 1), "peso": ("MXN", 1), "pesetas": ("ESP", 1),
    "finnish markka": ("FIM", 1), "markka": ("FIM", 1), "marks": ("DEM", 1),
    "deutsche marks": ("DEM", 1), "dutch guilders": ("NLG", 1), "guilders": ("NLG", 1),
    "danish crowns": ("DKK", 1), "danish kroner": ("DKK", 1), "swedish crowns": ("SEK", 1),
    "swedish kronor": ("SEK", 1), "norwegian crowns": ("NOK", 1), "norwegian kroner": ("NOK", 1),
    "kronor": ("SEK", 1), "kroner": ("NOK", 1), "krona": ("SEK", 1),
    "rubles": ("RUB", 1), "roubles": ("RUB", 1), "ruble": ("RUB", 1), "shekels": ("ILS", 1),
    "baht": ("THB", 1), "dirhams": ("AED", 1), "riyals": ("SAR", 1), "lira": ("TRY", 1),
    "liras": ("TRY", 1), "reais": ("BRL", 1), "naira": ("NGN", 1), "rupiah": ("IDR", 1),
    "dong": ("VND", 1), "zloty": ("PLN", 1), "kuna": ("HRK", 1), "drams": ("AMD", 1),
    "hryvnia": ("UAH", 1), "forint": ("HUF", 1), "bitcoin": ("BTC", 1), "bitcoins": ("BTC", 1),
    "cents": ("USD", 0.01), "cent": ("USD", 0.01), "pence": ("GBP", 0.01), "penny": ("GBP", 0.01),
    "pennies": ("GBP", 0.01), "euro cents": ("EUR", 0.01), "sen": ("MYR", 0.01),
    "usd": ("USD", 1), "eur": ("EUR", 1), "gbp": ("GBP", 1), "jpy": ("JPY", 1), "cny": ("CNY", 1),
    "cad": ("CAD", 1), "aud": ("AUD", 1), "chf": ("CHF", 1), "inr": ("INR", 1), "hkd": ("HKD", 1),
}
# "pounds" is money only with a scale word ("361 million pounds") or "£"; else weight

# units of measure after the number, lower-cased surface form -> canonical unit name.
# The figure's ``unit`` keeps the surface form as written in the text.
TIME_UNITS = {
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr",
    "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs",
    "decade", "decades", "century", "centuries", "fortnight", "fortnights", "millennia",
    "nanoseconds", "milliseconds", "microseconds",
}
MEASURE_UNITS = {
    # length
    "mm", "cm", "km", "m", "nm", "µm", "μm", "dm", "pm", "millimeter", "millimeters",
    "millimetre", "millimetres", "centimeter", "centimeters", "centimetre", "centimetres",
    "meter", "meters", "metre", "metres", "kilometer", "kilometers", "kilometre", "kilometres",
    "nanometer", "nanometers", "nanometre", "nanometres", "micrometer", "micrometers", "micron",
    "microns", "picometer", "picometers", "decimeter", "decimeters",
    "mile", "miles", "yard", "yards", "yd", "yds", "foot", "feet", "ft", "inch", "inches",
    "light-years", "light years", "nautical miles", "furlongs",
    # area
    "acre", "acres", "hectare", "hectares", "ha", "sq m", "sqm", "sq ft", "sq km", "sq mi", "sqft",
    "square feet", "square foot", "square meters", "square metres", "square meter",
    "square metre", "square miles", "square mile", "square kilometers", "square kilometres",
    "square kilometer", "square kilometre", "square yards", "square inches", "km2", "m2",
    # volume
    "l", "liter", "liters", "litre", "litres", "ml", "milliliters", "millilitres", "gallon",
    "gallons", "barrel", "barrels", "bbl", "cubic feet", "cubic foot", "cubic meters",
    "cubic metres", "cubic yards", "cc", "quarts", "pints", "fluid ounces", "bcf", "tcf",
    # mass
    "kg", "g", "mg", "gram", "grams", "kilogram", "kilograms", "kilo", "kilos", "milligrams",
    "micrograms", "lb", "lbs", "pound", "pounds", "ounce", "ounces", "oz", "ton", "tons",
    "tonne", "tonnes", "metric tons", "metric ton", "metric tonnes", "short tons", "long tons",
    "gigatonnes", "gigatons", "megatons", "megatonnes", "carats", "stone",
    # speed
    "mph", "km/h", "kph", "kmph", "km/hr", "kmh", "knots", "miles per hour", "miles an hour",
    "kilometers per hour", "kilometres per hour", "kilometers an hour", "kilometres an hour",
    "meters per second", "metres per second", "m/s", "mach", "kt", "kts",
    # temperature
    "°c", "°f", "°", "degrees", "degree", "degrees celsius", "degrees fahrenheit",
    "degrees centigrade", "degrees c", "degrees f", "degree c", "degree f", "celsius",
    "fahrenheit", "kelvin", "degf", "degc",
    # power, energy, electricity
    "w", "kw", "mw", "gw", "tw", "watts", "watt", "kilowatts", "kilowatt", "megawatts",
    "megawatt", "gigawatts", "gigawatt", "terawatts", "kwh", "mwh", "gwh", "twh",
    "kilowatt-hours", "kilowatt hours", "megawatt-hours", "gigawatt-hours", "terawatt-hours",
    "v", "kv", "volts", "volt", "kilovolts", "amps", "amperes", "mah", "hp", "bhp", "ps",
    "horsepower", "nm", "lb-ft", "lb ft", "pound-feet", "newton-meters", "newton metres",
    "rpm", "btu", "btus", "calories", "calorie", "kcal", "kilocalories", "joules", "megajoules",
    "a/cm2",
    # frequency, data
    "hz", "khz", "mhz", "ghz", "thz", "gb", "mb", "tb", "kb", "pb", "gbps", "mbps", "kbps",
    "gigabytes", "gigabyte", "megabytes", "terabytes", "kilobytes", "megabits", "gigabits",
    "bit", "bits", "byte", "bytes", "megapixels", "megapixel", "mp", "teraflops", "petaflops",
    "nanometer process",
    # pressure, misc
    "psi", "ksi", "kpa", "mpa", "gpa", "gigapascals", "pascals", "bar", "millibars", "atm",
    "decibels", "db", "ppm", "ppb", "percentage point", "parts per million", "parts per billion", "m.p.h", "m.p.h.", "mpg", "lux", "lumens", "nits", "mmhg",
    "points", "point", "pts", "ppg", "rpg", "apg", "war",
    "stories", "storeys", "story", "storey", "magnitude", "deg", "degf", "degc", "deg c", "deg f",
    "gauge", "caliber", "calibre", "megatonne",
}
MEASURE_UNITS |= TIME_UNITS
# units read only when fused to the digits ("5g", "1m", "100W", "1.5C"): single letters
FUSED_ONLY_UNITS = {"g", "m", "l", "w", "v", "c", "f", "k", "°", "a", "t", "s"}

# words that follow "N-" in a compound and make a count ("two-term", "four-game")
COUNT_COMPOUNDS = {
    "term", "game", "time", "man", "member", "seat", "page", "bedroom", "room", "car", "person",
    "vote", "match", "team", "nation", "country", "state", "city", "judge", "goal", "shot",
    "stroke", "run", "night", "part", "episode", "song", "track", "round", "lane", "player",
    "hole", "bed", "unit", "step", "point", "stop", "county",
    "stage", "event", "race", "start", "panel", "seed", "cylinder", "seater", "lap", "inning",
}
# words after "N-" that make the whole thing a name or style, never a figure
SKIP_COMPOUNDS = {
    "pointer", "pointers", "way", "on", "off", "of", "to", "and", "liner", "star", "speed",
    "door", "wheel", "wheeler", "piece", "up",
}
AGE_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days"}

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

# --- context words used by figures.py ---------------------------------------------------
# after a bare "100m": meters, not million ("100m sprint")
M_METERS = {"sprint", "race", "dash", "freestyle", "hurdles", "relay", "butterfly", "backstroke",
            "breaststroke", "medley", "tall", "high", "long", "deep", "wide", "away", "above", "below",
            "final", "run", "swim", "event", "record", "title", "gold", "silver", "bronze", "platform",
            "springboard", "air", "rifle", "pistol", "synchronized", "individual", "men's", "women's"}
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
category section route exit highway interstate chapter article amendment room gate platform flight
row suite apt apt. apartment level phase version season episode game week round act part pier
district ward precinct zone terminal channel bus verse psalm hole type grade model stage title
proposition prop prop. unit s&p s.&p. sp ftse russell nasdaq stoxx dax cac nikkei kospi asx tsx euro
covid windows ios android iphone galaxy pixel playstation xbox boeing airbus su mig paragraph poor's
page pp. p. line item clause footnote slide figure fig. table schedule number image photo
""".split()) | {"hang seng", "dow jones"}
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
# plural of unit words taken from compounds ("11.6-inch" -> inches)
UNIT_PLURAL = {"inch": "inches", "foot": "feet", "story": "stories", "storey": "storeys",
               "century": "centuries", "man": "men", "person": "people", "time": "times",
               "match": "matches"}
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
