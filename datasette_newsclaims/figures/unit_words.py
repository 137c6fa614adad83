"""Vocabulary of what follows a number: scale words, units of measure, compound heads.

Data only: :mod:`.units` compiles these into patterns. To add a unit of
measure, add its lower-cased surface forms to ``MEASURE_UNITS`` (single
letters read only when fused to the digits go in ``FUSED_ONLY_UNITS``).
Must not hold currencies (:mod:`.currency_words`) or context words (:mod:`.lexicon`).
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
    "cubic metres", "cubic yards", "cu ft", "cu. ft", "cu.ft", "cc", "quarts", "quart", "pints", "pint", "tablespoons", "tablespoon", "teaspoons", "teaspoon",
    "fluid ounces", "bcf", "tcf",
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
    # nouns with an agent's ending that still count: "a 140-character post", "a 12-chapter book"
    "character", "chapter", "letter", "number", "officer", "passenger", "worker", "customer", "user", "layer",
    "center", "computer", "speaker", "quarter", "partner", "minister", "soldier", "banker", "lawyer", "volunteer",
}
# words after "N-" that make the whole thing a name or style, never a figure
SKIP_COMPOUNDS = {
    "pointer", "pointers", "way", "on", "off", "of", "to", "and", "liner", "star", "speed",
    "door", "wheel", "wheeler", "piece", "up",
    # magnitudes, addresses, names and grades rather than counts: "a six-figure salary", "the 4100-block of",
    # "a five-alarm fire", "a 9-iron", "110-proof", "24-karat gold", "4-midnight"
    "figure", "alarm", "block", "iron", "proof", "karat", "carat", "midnight", "noon", "beta", "alpha",
}
AGE_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days"}

# plural of unit words taken from compounds ("11.6-inch" -> inches)
UNIT_PLURAL = {"inch": "inches", "foot": "feet", "story": "stories", "storey": "storeys",
               "century": "centuries", "man": "men", "person": "people", "time": "times",
               "match": "matches"}
# after a bare "100m": meters, not million ("100m sprint")
M_METERS = {"sprint", "race", "dash", "freestyle", "hurdles", "relay", "butterfly", "backstroke",
            "breaststroke", "medley", "tall", "high", "long", "deep", "wide", "away", "above", "below",
            "final", "run", "swim", "event", "record", "title", "gold", "silver", "bronze", "platform",
            "springboard", "air", "rifle", "pistol", "synchronized", "individual", "men's", "women's"}
