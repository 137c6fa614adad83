"""Word lists of the quote extractor: cue verbs, titles, role words, name particles, genders.

Owns: plain data only (sets of lower-case words, and the inflections generated
from verb bases). Must not touch: matching; the modules that read these lists
decide what they mean. To add a cue verb, add its base to ``_REGULAR_CUES``
(or its forms to ``_IRREGULAR_CUES``).
"""
from __future__ import annotations

from .given_names import CENSUS_FEMALE_NAMES, CENSUS_MALE_NAMES


def _verb_forms(base: str) -> set[str]:
    """Regular English inflections of a verb: base, -s, -ed, -ing."""
    forms = {base}
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
        return forms
    if base.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(base + "es")
    else:
        forms.add(base + "s")
    if base.endswith("e"):
        forms |= {base + "d", base[:-1] + "ing"}
    elif base in _DOUBLE_FINAL:
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    else:
        forms |= {base + "ed", base + "ing"}
    return forms


_DOUBLE_FINAL = {"admit", "quip", "snap", "chat", "jab", "rap", "stop", "commit", "submit"}

# Verbs of judgement that present a source's words in a partial quote
# ("McCaul criticized Clinton for "..."): they need a named or pronoun subject.
STANCE_BASES = """
criticize criticise praise denounce dismiss defend attack hammer blame applaud decry
condemn lambaste ridicule deride mock slam blast accuse tout hail welcome reject
""".split()

# Verbs that present a source's words (regular inflections are generated).
_REGULAR_CUES = """
add ask argue explain insist note claim contend declare state announce respond react reply answer
acknowledge admit warn predict suggest recall remark observe emphasize emphasise stress complain
concede conclude confirm deny joke quip tweet retweet post testify maintain assert urge promise vow
boast lament mutter shout yell cry scream whisper recount describe call agree counter retort
caution reiterate interject pledge proclaim exclaim wonder mention report inform advise allege
charge demand muse snap sigh plead continue repeat insist brag acknowledge blast slam accuse
dub label implore chime text email mock scoff grumble gush chide rail scold tout opine comment
""".split()

# Verbs through which documents and data speak ("lobbying disclosures show"): only with such a subject.
DOCUMENT_VERBS: frozenset[str] = frozenset(
    "show shows showed showing reveal reveals revealed revealing indicate indicates indicated indicating "
    "find finds found finding".split())

_IRREGULAR_CUES = """
say says said saying tell tells told telling write writes wrote written writing speak speaks
spoke spoken speaking read reads reading put puts putting think thinks thought began begins
""".split()

# Inflected forms only: the bare forms ("praise", "attack") are far more often nouns.
STANCE_VERBS: frozenset[str] = frozenset(f for b in STANCE_BASES for f in _verb_forms(b) if f != b)

# Bare forms that are far more often nouns ("a DNC email", "the tweet"): only their past tenses count.
# ("calls", "notes", "claims" stay: as verbs they need a named or pronoun subject, see NOUN_LIKE_CUES.)
_NOUN_FIRST = {"email", "emails", "text", "texts", "post", "posts", "tweet", "retweet", "retweets", "call",
               "report", "claim", "answer", "counter", "demand", "promise", "pledge", "remark", "joke",
               "quip", "sigh", "plea", "note", "state", "charge", "comment"}

# Cue forms learned from PolNeAR's annotation (scripts/learn_cue_lexicon.py).
# BEGIN LEARNED CUES (scripts/learn_cue_lexicon.py writes this block: do not edit by hand)
LEARNED_CUES: frozenset[str] = frozenset("""
accused accuses accusing acknowledged acknowledges acknowledging added adding adds admitted
announced announcing argue argued arguing asked asking asks assured boasted boasting boasts called
calling calls conceded concedes criticized criticizing declared declaring denied denying derided
describe described describes dismissed dismissing dubbed explained explains flattered flattering
hammered hammering highlighted highlights insisted insisting insists invoked invokes invoking
issued issues joked laid lamented mentioned mentioning noted notes noting outraged outrages pledged
pledges praised praising recalled recalling recalls referred referring repeated replied responded
responding responds said say saying says show showed showing shows sighed sighs slammed slamming
suggested suggesting suggests telling tells thanked thanking thanks told tweeted tweeting tweets
urged urging vowed vowing written wrote
""".split())
# END LEARNED CUES

# learned -s forms that the word lists above do not give as verbs: as often plural nouns ("issues")
_LEARNED_NOUN_LIKE = frozenset(
    f for f in LEARNED_CUES
    if f.endswith("s") and f not in {g for b in _REGULAR_CUES for g in _verb_forms(b)} | set(_IRREGULAR_CUES)
)

CUE_VERBS: frozenset[str] = frozenset(
    ({f for b in _REGULAR_CUES for f in _verb_forms(b)} | set(_IRREGULAR_CUES) | STANCE_VERBS | DOCUMENT_VERBS
     | LEARNED_CUES)
    - _NOUN_FIRST
)

# Cue verbs never inverted ("said Sessions" but not "called Sessions"): their speaker stands before them.
WEAK_CUES: frozenset[str] = frozenset(
    {f for b in ("put", "think", "read", "call", "describe", "state", "post",
                 "text", "email", "dub", "label", "charge", "counter", "answer", "repeat",
                 "mention", "blast", "slam", "accuse", "rail")
     for f in (_verb_forms(b) if b not in ("put", "think", "read") else {b, b + "s", b + "ing"})}
    | {"thought"}
)

# Words allowed between a speaker and the cue ("Sessions also said", "he has said").
AUX_ADVERBS: frozenset[str] = frozenset("""
also has had have was is were are would will could can may might must should shall now
later then previously once repeatedly recently just
again further earlier simply quickly flatly bluntly frankly immediately subsequently later
firmly angrily quietly did does do not never often sometimes even still has since already
""".split())

DAY_WORDS: frozenset[str] = frozenset("""
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow
morning afternoon evening night
""".split())

# Tokens that end a speaker phrase when read after an inverted cue ("said X on Monday").
NP_STOP: frozenset[str] = frozenset("""
in on at during to after before when while who whom whose which that as about because since
than if but and or referring adding noting saying told last this next yesterday today tonight
where whether though although via with from into onto upon through until unless
""".split()) | DAY_WORDS

# Honorifics and titles that precede a name ("Attorney General Jeff Sessions").
TITLE_WORDS: frozenset[str] = frozenset("""
mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr
president vice sen senator rep representative congressman congresswoman congressmember
gov governor lt lieutenant comm det insp cmdr atty asst cpl pvt ofc mayor secretary attorney general chief justice judge minister prime
chancellor speaker leader majority minority whip chairman chairwoman chairperson chair
commissioner director ambassador sheriff officer detective sgt sergeant capt captain col colonel
gen adm admiral maj major coach pope cardinal bishop archbishop rabbi imam king queen prince
princess emperor empress duke duchess ceo cfo coo founder deputy assistant press spokesman
spokeswoman spokesperson candidate nominee councilman councilwoman alderman alderwoman
commander superintendent treasurer comptroller auditor inspector solicitor counsel
former first fed state defense treasury homeland security house senate foreign interior
democratic republican democrat gop sens reps govs gens supt pres
analyst economist strategist adviser advisor professor manager executive editor anchor host
senators representatives governors presidents ministers mayors chairmen lawmakers
staff commerce labor energy education transportation agriculture health
""".split())

ROYAL_TITLES: frozenset[str] = frozenset("king queen prince princess pope emperor empress duke duchess sir dame lord lady".split())

# Last words that make a capitalised run an organisation rather than a person.
ORG_WORDS: frozenset[str] = frozenset("""
department committee party motors house court office administration council commission agency
service bureau association campaign times post news journal network group company corp corporation
inc co ltd llc institute university college school foundation center centre church union
board bank fund authority ministry government senate congress parliament assembly police
army navy force forces command team club league review magazine press reuters tribune herald
globe gazette inquirer daily weekly federation coalition alliance organization organisation
caucus republicans democrats trust society project program programme initiative show
""".split())

# Last words of a street's or a district's name ("Winding Brook Drive", "Logan Avenue"): a given
# name before them ("Brook") makes no person.
PLACE_WORDS: frozenset[str] = frozenset("""
street avenue ave road rd drive boulevard blvd parkway highway expressway turnpike county township
heights plaza terrace
""".split())

NAME_PARTICLES: frozenset[str] = frozenset("de del della der van von da di du la le bin ibn al el st".split())

# Common words that can begin a sentence capitalised but are no names.
NOT_NAMES: frozenset[str] = frozenset("""
the a an and but or so yet for nor if when while as at by in on of to from with without after
before during since until this that these those there here he she it they we i you his her its
their our my your him them us me who whom whose what which where why how not no yes also
then now just still even only however meanwhile moreover though although because said says
says mr mrs ms dr according many some most more several all both each every another other such
one two three four five six seven eight nine ten first last next new old today yesterday
tomorrow tonight monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december is was are were be been being
has have had do does did will would can could should shall might must let like unlike asked
despite instead perhaps yet still well oh ok okay please thank thanks dear sources source
others few everybody anybody nobody someone somebody everyone anyone none neither either
""".split())

PRONOUNS_MALE: frozenset[str] = frozenset({"he", "him", "his", "himself"})
PRONOUNS_FEMALE: frozenset[str] = frozenset({"she", "her", "hers", "herself"})
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "it", "we", "i", "you", "who"})

MALE_TITLES: frozenset[str] = frozenset("""
mr sir lord king prince duke emperor pope cardinal bishop archbishop father brother son husband
congressman councilman alderman chairman spokesman businessman man boy uncle nephew grandfather
""".split())
FEMALE_TITLES: frozenset[str] = frozenset("""
mrs ms miss dame lady queen princess duchess empress mother sister daughter wife congresswoman
councilwoman alderwoman chairwoman spokeswoman businesswoman woman girl aunt niece grandmother
""".split())

# Common given names by gender: a fallback when the article gives no honorific or pronoun.
# (the hand lists below come first; the census lists add the rest, less the other list's names)
_HAND_MALE_NAMES: frozenset[str] = frozenset("""
aaron adam adrian alan albert alex alexander alfred andrew andy anthony antonio arthur barack
ben benjamin bernie bill billy bob bobby brad bradley brandon brian bruce bryan carl carlos
charles charlie chris christopher chuck clarence colin craig dan daniel danny darren dave david
dennis dick don donald doug douglas duncan dwight ed eddie edward eric ernest eugene frank
francis francois fred frederick gary george gerald glenn gordon greg gregory harold harry henry
howard hugh ian jack jacob jake james jared jason jay jeb jeff jeffrey jeremy jerry jesse jim
jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan justin keith ken kenneth
kevin kurt larry lawrence lee leon leonard louis luis marco marcus mark martin matt matthew
max michael mike mitch mitt neil nicholas nick nigel oliver patrick paul peter phil philip
philippe ralph randy ray raymond reince richard rick rob robert roger ron ronald roy rudy
russell ryan sam samuel scott sean sergei sergey shawn stephen steve steven stuart ted terry
thomas tim timothy todd tom tommy tony travis trey victor vincent vladimir walter wayne will
william xi zach zachary corey newt rand reid orrin rahm
""".split())
_HAND_FEMALE_NAMES: frozenset[str] = frozenset("""
abigail alice alicia amanda amy andrea angela ann anna anne barbara betty beth betsy
brenda carly carol caroline catherine cathy chelsea christina christine claire cynthia dana
deborah debbie debra diana diane donna dorothy elaine elizabeth ellen emily emma erin
evelyn frances gina grace hannah heather helen hillary hope huma ivanka jane janet jennifer
jessica jill joan joanne jodi joy judith judy julia julie karen kate katherine kathleen kathy
kelly kellyanne kim kimberly kirsten laura lauren linda lisa liz lori lynn madeleine margaret
maria marie marilyn martha mary megan melania melissa michelle michele nancy natalie nicole
nikki olivia pam pamela patricia patty paula rachel rebecca rose ruth sally samantha sandra
sara sarah sharon sharron shirley sonia sophie stephanie sue susan susana tammy teresa theresa
tina valerie victoria virginia wendy zoe betty debbie angela theresa elizabeth kamala
""".split())
MALE_NAMES: frozenset[str] = _HAND_MALE_NAMES | (CENSUS_MALE_NAMES - _HAND_FEMALE_NAMES)
FEMALE_NAMES: frozenset[str] = _HAND_FEMALE_NAMES | (CENSUS_FEMALE_NAMES - _HAND_MALE_NAMES)

# Cue forms that are also common nouns ("took note", "secretary of state", "think tank"):
# they count only with a named or pronoun subject right before them.
NOUN_LIKE_CUES: frozenset[str] = frozenset("""
note notes state states think report reports post posts call calls claim claims charge charges
text texts email emails answer answers counter counters demand demands promise promises tweet
tweets read put cry cries vow vows pledge pledges quip quips joke jokes remark remarks mention
mentions comment comments muse muses snap snaps sigh sighs plea label labels brag brags rail
rails report blast blasts slam slams dub dubs accused advise mock mocks tout touts
continue continues continued continuing retweet retweets reply
""".split()) | STANCE_VERBS | _LEARNED_NOUN_LIKE

# Nouns that a name can modify ("the Clinton campaign", "a Trump aide"): such a name is no subject.
ATTRIBUTIVE_NOUNS: frozenset[str] = frozenset("""
campaign campaigns administration aide aides adviser advisers advisor advisors spokesman spokeswoman
spokesperson foundation team camp supporters supporter voters allies ally staff staffer staffers
era presidency family organization organisation camp loyalists surrogate surrogates hotel hotels
""".split())

# Word lists used by quotes.py (moved here so that the matching code reads on its own).

PRESENTING_CUES = {"call", "calls", "called", "calling", "dub", "dubbed", "dubs", "label", "labeled",
                    "labelled", "brand", "branded", "term", "termed", "described", "describes", "describe",
                    "describing"}

DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "this", "that", "these", "those",
                "one", "another", "some", "several", "many", "two", "three", "four", "most", "other",
                "both", "each"}

PRONOUN_GENDER = {"he": "m", "she": "f", "him": "m", "her": "f"}

ALL_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "someone", "everyone"}


VERBISH = {"been", "be", "being", "is", "are", "was", "were", "am", "he's", "she's", "it's", "they're",
            "he’s", "she’s", "it’s", "they’re", "there", "not", "no", "to", "who", "which", "that",
            "what", "whom", "whose", "if", "than", "what's", "what’s", "that's", "that’s"}

SUBORDINATORS = {"between", "amid", "among", "since", "after", "when", "while", "as", "although", "though", "if", "in", "on",
                  "during", "despite", "before", "until", "unlike", "like", "with", "without", "for",
                  "at", "asked", "speaking", "responding", "meanwhile", "earlier", "later", "last"}

NP_PREPS = {"of", "at", "with", "from", "for", "on", "in", "during", "inside", "outside", "near", "within"}

NP_BREAKS = {"between", "among", "amid", "against", "across", "around", "behind", "beyond", "despite",
              "except", "toward", "towards", "under", "within", "without", "per", "like", "unlike", "via", "by"}

GROUP_NOUNS = {"company", "party", "committee", "department", "agency", "group", "government", "bank",
                "union", "council", "board", "network", "newspaper", "ministry", "office", "firm"}

DOCUMENTS = {"email", "e-mail", "emails", "statement", "memo", "letter", "report", "tweet", "post", "release",
              "note", "message", "ad", "advertisement", "video", "filing", "document", "transcript", "website",
              "release", "complaint", "lawsuit", "editorial", "op-ed", "book"}

INTRO_ADVERBS = {"already", "still", "however", "meanwhile", "instead", "afterward", "separately", "earlier",
                  "later", "today", "yesterday", "now", "indeed", "ultimately", "finally", "again", "often"}

INVERTIBLE = {"said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "explained", "noted",
               "continued", "replied", "recalled", "warned", "argued", "insisted", "acknowledged",
               "conceded", "observed", "remarked", "cautioned", "countered", "declared", "concluded",
               "explains", "comments", "commented", "notes", "adds", "recalls", "warns", "argues", "insists"}

CLAUSE_OPENERS = {"that", "the", "it", "he", "she", "they", "this", "a", "an", "his", "her", "their", "its",
                   "there", "we", "i", "you", "if", "what", "how", "why", "whether"}

PP_OPENERS = {"in", "on", "at", "during", "with", "via", "through", "over", "from", "after", "before"}

ROLE_NOUNS = {"presidential", "nominee", "candidate", "hopeful", "front-runner", "frontrunner", "former",
               "acting", "deputy", "radio", "host", "talk", "show", "conservative", "liberal", "party",
               "campaign", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide",
               "chairman", "chairwoman", "director", "manager", "secretary", "strategist", "analyst",
               "pollster", "economist", "lawyer", "attorney", "coach", "quarterback", "chief", "executive",
               "president", "official", "press", "communications", "senior", "policy", "mate", "running"}

NOT_ADVERBS = {"daily", "weekly", "monthly", "quarterly", "yearly", "family", "ally", "rally", "assembly",
                "supply", "reply", "early", "only", "belly", "bully", "jelly", "holly", "italy"}

EXTRA_ADVERBS = {"too", "instead", "been", "finally", "later", "also", "quickly", "privately", "publicly",
                  "separately", "then", "once", "soon", "afterward", "afterwards", "herself", "himself",
                  "themselves", "itself", "only", "even", "still", "never", "always"}

DATA_NOUNS = {"records", "data", "polls", "poll", "survey", "surveys", "disclosures", "filings", "documents",
               "emails", "transcripts", "figures", "statistics", "study", "studies", "notes", "minutes", "files"}

SPEECH_NOUNS = {"allegation", "allegations", "claim", "claims", "words", "remark", "remarks", "comment",
                 "comments", "description", "warning", "accusation", "accusations", "statement", "promise",
                 "pledge", "vow", "assertion", "insistence", "charge", "charges", "boast", "quip", "retort",
                 "complaint", "call", "plea", "demand", "message", "tweet", "words", "refrain", "mantra",
                 "slogan", "line", "phrase", "characterization", "label", "catchphrase"}

PASSIVE_AUX = {"was", "were", "is", "are", "been", "be", "being"}

NAMING_WORDS = {"dubbed", "titled", "entitled", "named", "billed", "headlined", "nicknamed", "slogan",
                 "book", "film", "movie", "show", "song", "album", "program", "programme", "series",
                 "article", "column", "op-ed", "editorial", "report", "hashtag", "banner", "sign", "signs"}

# "the author of "Hacked World Order"": the quoted words are a work's title
AUTHOR_NOUNS = {"author", "co-author", "writer", "director", "producer", "creator", "editor", "host", "star",
                "composer", "publisher", "maker", "makers"}

SMALL_WORDS = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "by", "or", "from", "is", "vs"}

PERSON_NOUNS = {"clerk", "cashier", "bartender", "driver", "coworker", "official", "spokesperson", "officer", "aide", "adviser", "advisor", "lawyer", "attorney",
                 "resident", "witness", "neighbor", "neighbour", "friend", "teacher", "student", "source",
                 "analyst", "expert", "executive", "director", "manager", "employee", "worker", "owner",
                 "supporter", "voter", "member", "leader", "candidate", "nominee", "senator", "lawmaker",
                 "economist", "strategist", "researcher", "professor", "doctor", "nurse", "victim",
                 "survivor", "activist", "organizer", "organiser", "negotiator", "diplomat", "minister",
                 "president", "chairman", "chairwoman", "chief", "coach", "player", "veteran", "commander",
                 "child", "relative", "parent", "cousin", "colleague", "partner", "investigator", "detective",
                 "prosecutor", "judge", "reporter", "journalist", "editor", "host", "pollster", "consultant"}

SENT_ABBR = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "jr", "sr", "no",
              "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "vs", "prof", "rev", "capt",
              "comm", "det", "insp", "cmdr", "atty", "asst", "cpl", "pvt", "ofc", "sgt", "supt"}

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sen rep gov gen lt col capt sgt maj adm jr sr st rev fr mt ft supt pres sens reps
govs gens co inc corp ltd bros no vs jan feb mar apr aug sep sept oct nov dec
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev
okla ore pa tenn tex va vt wash wis wyo
comm det insp cmdr atty asst cpl pvt ofc dist sup
""".split())
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Lower-case role words that stand before a person's name in running text
ROLE_WORDS = frozenset(MALE_TITLES | FEMALE_TITLES | {
    "spokesperson", "official", "officer", "detective", "sergeant", "lieutenant", "captain", "chief",
    "director", "president", "chairperson", "secretary", "minister", "senator", "governor", "mayor",
    "lawyer", "attorney", "prosecutor", "judge", "professor", "analyst", "economist", "researcher",
    "scientist", "historian", "author", "writer", "reporter", "columnist", "editor", "manager",
    "coach", "player", "executive", "adviser", "advisor", "aide", "strategist", "pollster",
    "activist", "candidate", "nominee", "commissioner", "superintendent", "sheriff", "deputy",
    "doctor", "nurse", "teacher", "student", "resident", "witness", "neighbor", "neighbour",
    "owner", "founder", "partner", "specialist", "expert", "leader", "lawmaker", "legislator",
    "barrister", "solicitor", "counsel", "magistrate", "coroner", "inspector", "constable",
    "principal", "dean", "pastor", "trooper", "firefighter", "paramedic", "spokesman", "agent",
    "actor", "actress", "singer", "rapper", "comedian", "musician", "artist", "filmmaker", "producer",
    "novelist", "poet", "chef", "entrepreneur", "billionaire", "investor", "businessman", "businesswoman",
    "employee", "worker", "survivor", "cashier", "clerk", "bartender", "driver", "coworker",
})

# Verbs that end a name in a Title Case headline ("Hillary Clinton Says").
HEADLINE_VERBS = frozenset({"said", "says", "told", "tells", "wrote", "writes", "joked", "asks", "asked", "warns"})

# Head nouns of a definite description of an organisation ("the company said", "the oil giant"),
# by kind, each with the last words of the names of that kind ("the bank" -> "... Bank", "... Group"):
# it stands for an organisation of its kind named shortly before.
ORG_KINDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    kind: (frozenset(heads.split()), frozenset(names.split()))
    for kind, heads, names in (
        ("business",
         "company firm giant maker retailer automaker carmaker airline manufacturer conglomerate startup business "
         "operator developer chain utility bank lender insurer corporation",
         "company co corp corporation inc incorporated ltd llc plc group motors bank holdings partners airlines "
         "airways industries technologies systems energy capital brands"),
        ("government",
         "ministry department agency government authority commission council board committee office administration "
         "service bureau court",
         "ministry department agency government authority commission council board committee office administration "
         "service bureau court police"),
        ("media",
         "newspaper paper magazine network channel broadcaster publisher website site",
         "times post news journal tribune herald globe gazette inquirer daily weekly magazine press network tv radio "
         "review chronicle telegraph guardian"),
        ("organisation",
         "group organization organisation foundation association institute coalition alliance charity nonprofit "
         "union club team league campaign university college hospital studio school",
         "group organization organisation foundation association institute coalition alliance fund union club team "
         "league campaign university college hospital center centre society trust project initiative school"),
    )
}
ORG_DESCRIPTION_NOUNS: frozenset[str] = frozenset(h for heads, _ in ORG_KINDS.values() for h in heads)

# Plural party words among ORG_WORDS: members of a party, not the organisation itself.
PARTY_MEMBERS: frozenset[str] = frozenset("republicans democrats conservatives liberals tories".split())

# Heads of a partitive or collective description that keeps its "of" phrase ("a group of lawmakers").
COLLECTIVE_NOUNS: frozenset[str] = frozenset("""
group groups number coalition team panel couple pair handful majority minority lot dozen dozens
hundreds thousands bunch crowd delegation association consortium family families board
""".split())

# Nouns of time and quantity: a phrase headed by one is never a source ("several times", "two years").
TIME_NOUNS: frozenset[str] = frozenset("""
time times year years month months week weeks day days hour hours minute minutes decade decades
moment moments occasion occasions while
""".split())

# Relations a description gives a person by ("his mother said"): it stands for the person named so.
KINSHIP_NOUNS: frozenset[str] = frozenset("""
mother father mom dad sister brother aunt uncle grandmother grandfather grandma grandpa wife husband
son daughter cousin niece nephew stepfather stepmother girlfriend boyfriend fiancee fiance widow
""".split())
