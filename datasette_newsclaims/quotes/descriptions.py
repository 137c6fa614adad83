"""Definite descriptions to the named source they stand for: 'the company said' after the
company is named, 'the spokeswoman added' after 'FBI spokeswoman Ayn Dietrich-Williams'.

GUIDE.md: the speaker is the source's fullest name in the article; a source is its description
only when the article never names it. (PolNeAR annotates the description as written, so this
resolution scores lower there; GUIDE is the convention followed.)

Owns: which descriptions denote an organisation or a role, which capitalised runs before them
name an organisation, and the choice of the nearest fitting one.

Must not touch: pronouns (``coref``) or how a description was found (``cues``, ``sources``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .article import QuotedArticle
from .cues import CUE_RE
from .lexicon import (
    FEMALE_NAMES,
    KINSHIP_NOUNS,
    MALE_NAMES,
    ORG_DESCRIPTION_NOUNS,
    ORG_KINDS,
    ORG_WORDS,
    PARTY_MEMBERS,
    ROLE_WORDS,
    TITLE_WORDS,
)
from .names import norm, split_title
from .marks import QuoteSpan

_LOOK_BACK = 2000  # characters searched back for the named organisation
_ROLE_LOOK_BACK = 3000
# "the vice president" is another office than "the president"; "the former president" the same one
_OFFICE_MODIFIERS = frozenset("vice deputy assistant associate executive".split())
# the title a role is written with before a name: 'the senator' is 'Sen. Ann Lee', 'the
# congressman' is 'Rep. Trent Franks' or 'U.S. Representative Trent Franks'
_LEGISLATOR = frozenset("rep representative congressman congresswoman".split())
_ROLE_SYNONYMS = {"senator": frozenset({"sen"}), "governor": frozenset({"gov"}),
                  "congressman": _LEGISLATOR, "congresswoman": _LEGISLATOR,
                  "lawmaker": _LEGISLATOR | {"sen", "senator"}, "detective": frozenset({"det"}),
                  "sergeant": frozenset({"sgt"}), "lieutenant": frozenset({"lt"}), "professor": frozenset({"prof"}),
                  "doctor": frozenset({"dr"})}
_PASSING_MODIFIERS = frozenset("former then current longtime new acting outgoing".split())
_DOMAIN_RE = re.compile(r"\.(?:com|org|net|gov|edu|co\.uk)\b")
_CAMEL_RE = re.compile(r"[a-z][A-Z]")
_OF_NAME_AFTER_RE = re.compile(r" (?:of|for) (?:the )?[A-Z][\w&'’\-]+(?: [A-Z][\w&'’\-]+){0,3}")
_WEB_NAME_RE = re.compile(r"[A-Z][\w\-]{0,40}\.(?:com|org|net|gov|edu|co\.uk)\b")
# the start of an organisation's name that a connective splits off: "Royal Bank of", "Bank for"
_NAME_OF_RE = re.compile(r"(?<![\w.])((?:[A-Z][\w&'’\-]+ ){1,4}(?:of|for|on|and|&)(?: the)?)\s\Z")


def named_source_of_description(article: QuotedArticle, sp: QuoteSpan) -> str | None:
    """The named source a definite description stands for, or None to keep the description."""
    return (_role_named(article, sp.mention, sp.anchor) or _relative_named(article, sp.mention, sp.anchor)
            or _organisation_named(article, sp.mention, sp.anchor) or _age_named(article, sp.mention, sp.anchor))


_AGE_MENTION_RE = re.compile(r"[Tt]he (\d{1,3})-year-old(?: [a-z]+)?\Z")
_NAME_RUN = r"([A-Z][\w'’\-]+(?: [A-Z][\w.'’\-]+){1,3})"


def _age_named(article: QuotedArticle, mention: str, anchor: int) -> str | None:
    """'the 38-year-old said': the person the article gave that age before ('Vivek Ramaswamy,
    38,', '38-year-old Vivek Ramaswamy'); without such a name the description stays."""
    m = _AGE_MENTION_RE.match(mention)
    if not m:
        return None
    age = m.group(1)
    lo = max(0, anchor - _ROLE_LOOK_BACK)
    found = None
    for rx in (_NAME_RUN + r",[ \u00a0]" + age + r",", age + r"-year-old (?:[a-z\-]+ ){0,3}" + _NAME_RUN):
        for hit in re.finditer(rx, article.text[lo:anchor]):
            if found is None or hit.start(1) + lo > found[0]:
                found = (hit.start(1) + lo, hit.group(1))
    if found is None:
        return None
    title, name = split_title(found[1].split())
    return article.names.resolve(title, name, found[0]).name if len(name) >= 2 else None


def _relative_named(article: QuotedArticle, mention: str, anchor: int) -> str | None:
    """'his mother said', 'the boy's father told': the person named before with that relation
    ('Doreen Warren, the eldest victim's mother,', 'his father, Tom Lee,')."""
    words = mention.split()
    if not 2 <= len(words) <= 4 or words[-1].lower() not in KINSHIP_NOUNS or any(w[:1].isupper() for w in words[1:-1]):
        return None
    if words[0].lower() not in ("his", "her", "their", "the") and not words[0].endswith(("'s", "’s")):
        return None
    head, names, text = words[-1].lower(), article.names, article.text
    after = re.compile(r",[ \u00a0](?:[\w'’\-]+[ \u00a0]){0,4}?" + head + r"\b")
    k = bisect_left(names.mention_positions, anchor) - 1
    while k >= 0:
        pos, title, name = names.mentions[k]
        k -= 1
        if anchor - pos > _ROLE_LOOK_BACK:
            break
        if len(name) < 2 or _inside_quote(article, pos):
            continue
        end = pos + len(" ".join(name))
        if after.match(text, end, end + 60) or re.search(head + r",?[ \u00a0]\Z", text[max(0, pos - 20):pos]):
            return names.resolve(title, name, pos).name
    return None


def _role_named(article: QuotedArticle, mention: str, anchor: int) -> str | None:
    """'the spokeswoman added', 'the vice president said', 'the point guard said': the person the
    article named with that role shortly before ('FBI spokeswoman Ayn Dietrich-Williams', 'Vice
    President Mark LaNeve', 'Lakers point guard Tom Hart', 'Ann Lee, a spokeswoman for the mayor,')."""
    words = [w.lower() for w in mention.split()]
    if not 2 <= len(words) <= 3 or words[0] != "the":
        return None
    role = words[-1]
    if role in _OFFICER_ACRONYMS:
        return _officer_named(article, role, anchor) if len(words) == 2 else None
    if not mention.split()[-1].islower() or (role not in ROLE_WORDS and role not in _MORE_ROLES):
        return None
    mods = words[1:-1]
    office = mods[0] if mods and mods[0] in _OFFICE_MODIFIERS else None
    compound = " ".join(mods) if mods and not office and mods[0] not in _PASSING_MODIFIERS else None
    roles = _ROLE_SYNONYMS.get(role, frozenset()) | {role}
    names, text = article.names, article.text
    k = bisect_left(names.mention_positions, anchor) - 1
    while k >= 0:
        pos, title, name = names.mentions[k]
        if anchor - pos > _ROLE_LOOK_BACK:
            break
        k -= 1
        if len(name) < 2:
            continue
        titles = [norm(t) for t in title]
        if compound is not None:
            # "the point guard", "the prime minister": the same compound right before the name or as its title
            if text[max(0, pos - len(compound) - len(role) - 2):pos].lower().rstrip() == compound + " " + role or (
                    titles[-len(mods) - 1:] == mods + [role]):
                return names.resolve(title, name, pos).name
            continue
        if (roles.intersection(titles) or names.role_before(pos) in roles) and (office is None or office in titles):
            return names.resolve(title, name, pos).name
        if office is None and _role_in_apposition(text, pos, name, role):
            return names.resolve(title, name, pos).name
    return None


# 'the CFO' is 'Chief Financial Officer Ann Lee' or 'Ann Lee, the company's chief financial officer,'
_OFFICER_ACRONYMS = {"ceo": ("chief executive",), "cfo": ("chief financial officer", "finance chief"),
                     "coo": ("chief operating officer",), "cto": ("chief technology officer",)}


def _officer_named(article: QuotedArticle, acronym: str, anchor: int) -> str | None:
    """'the CFO said': the person named before with that office, as the acronym or in full."""
    names, text = article.names, article.text
    spelled = _OFFICER_ACRONYMS[acronym]
    k = bisect_left(names.mention_positions, anchor) - 1
    while k >= 0:
        pos, title, name = names.mentions[k]
        if anchor - pos > _ROLE_LOOK_BACK:
            break
        k -= 1
        if len(name) < 2:
            continue
        said = " ".join(norm(t) for t in title)
        before = text[max(0, pos - 40):pos].lower().rstrip()
        end = pos + len(" ".join(name))
        app = _APPOSITIVE_RE.match(text, end, end + 80)
        forms = [said, before] + ([app.group(1).lower()] if app else [])
        if acronym in said.split() or before.endswith(acronym) or any(
                f.endswith(p) or (f is not before and p in f) for f in forms for p in spelled):
            return names.resolve(title, name, pos).name
    return None


# roles that are no titles: 'the ambassador', 'the guard', 'the suspect' (a named one)
_MORE_ROLES = frozenset("ambassador guard forward striker quarterback pitcher goalkeeper midfielder defender "
                        "suspect gunman shooter".split())


def _role_in_apposition(text: str, pos: int, name: list[str], role: str) -> bool:
    """'Ann Lee, a spokeswoman for the mayor,', 'Tom Hart, the U.S. ambassador to Japan,': the
    name's appositive has that role as its head."""
    end = pos + len(" ".join(name))
    m = _APPOSITIVE_RE.match(text, end, end + 80)
    if not m:
        return False
    head = m.group(1).split()
    cut = next((i for i, w in enumerate(head) if w in ("of", "for", "to", "at", "with", "in")), len(head))
    return bool(head[:cut]) and head[:cut][-1].lower() == role


# (up to the next comma or sentence end; abbreviations like "U.S." inside)
_APPOSITIVE_RE = re.compile(r",[ \u00a0](?:\d{1,3},[ \u00a0])?(?:a|an|the)[ \u00a0]([^,;:!?\"“”()]{2,70}?)(?=,|;|(?<=[a-z0-9])\.(?:\s|\Z))")


def organisation_head(mention: str) -> str | None:
    """The head noun of a definite description of an organisation ('the company', 'the oil
    giant', 'the Seattle-based retailer'), or None."""
    words = mention.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the" or any(w[:1].isupper() for w in words[1:]):
        return None
    head = words[-1].lower()
    return head if head in ORG_DESCRIPTION_NOUNS else None


def _organisation_named(article: QuotedArticle, mention: str, anchor: int) -> str | None:
    """'the company said': the organisation named nearest before, outside quotes, that the
    description fits (its own head noun: 'United Gun Group' for 'the group', 'the website
    GunBroker.com'), or that a sentence before is about (its subject, or a source: 'BP expects')."""
    head = organisation_head(mention)
    if head is None:
        return None
    names, text = article.names, article.text
    k = bisect_left(names.mention_positions, anchor) - 1
    while k >= 0:
        pos, title, name = names.mentions[k]
        k -= 1
        if anchor - pos > _LOOK_BACK:
            break
        if title or _inside_quote(article, pos) or (len(name) == 1 and norm(name[0]) == head):
            continue  # ("the Group": the head noun alone names no one)
        if text[pos - 1:pos] == "(" and text[pos + len(name[0]):pos + len(name[0]) + 1] == ")":
            continue  # "WASHINGTON (AFP)", "(RBS)": a credit or a gloss, not what the story is about
        web = _WEB_NAME_RE.match(text, pos)
        end = pos + len(web.group() if web else " ".join(name))
        fits = _fits_head(text, pos, name, head)
        if not (fits or _organisation_like(name, web)) or _names_person(article, name):
            continue
        if not fits and not _kind_fits(name, head):
            continue  # "the newspaper" is no "Senate Foreign Relations Committee"
        if fits or _leads_its_sentence(article, pos, end):
            return _full_organisation_name(text, pos, end, name, web)
    return None


def _fits_head(text: str, pos: int, name: list[str], head: str) -> bool:
    """The description's head noun names the organisation's kind: its last word ('United Gun
    Group'), or the same noun, in lower case, right before it ('the website GunBroker.com',
    'oil giant BP')."""
    if norm(name[-1]) == head:
        return True
    return text[max(0, pos - len(head) - 2):pos].rstrip().endswith(" " + head)


def _organisation_like(name: list[str], web) -> bool:
    """A name shaped like an organisation's: an organisation word last, an acronym, a web or
    camel-cased name."""
    last = norm(name[-1])
    if last in PARTY_MEMBERS:
        return False  # "Republicans": people, not an organisation
    if web or last in ORG_WORDS or last in ORG_DESCRIPTION_NOUNS or any(_CAMEL_RE.search(t) for t in name):
        return True
    return all(t.isupper() and t.isalpha() and len(t) >= 2 for t in name)


def _kind_fits(name: list[str], head: str) -> bool:
    """The name's last word is of the description's kind ("the bank": "Barclays Bank", "Lloyds
    Group"), or tells no kind at all (an acronym, a web or camel-cased name: "BP", "YouTube")."""
    last = norm(name[-1])
    kinds = [names for heads, names in ORG_KINDS.values() if head in heads]
    if any(last in names for names in kinds):
        return True
    return not any(last in names for _, names in ORG_KINDS.values()) and last not in ORG_WORDS


def _leads_its_sentence(article: QuotedArticle, pos: int, end: int) -> bool:
    """The organisation is what its sentence is about: it opens it (after at most a few words,
    'Oil giant BP has said') or a cue verb follows it ('United Gun Group said')."""
    text = article.text
    start = article.sentence_start(max(0, pos - 300), pos)
    if len(text[start:pos].split()) <= 3 and "," not in text[start:pos]:
        return True
    return text[end:end + 1] == " " and bool(CUE_RE.match(text, end + 1))


def _full_organisation_name(text: str, pos: int, end: int, name: list[str], web) -> str:
    """The organisation's name as the text gives it: a web name whole, the start a connective
    split off ('Royal Bank of' + 'Scotland Group')."""
    if web:
        return web.group()
    before = _NAME_OF_RE.search(text, max(0, pos - 60), pos)
    lead = before.group(1) + " " if before else ""
    if lead.startswith("The "):
        lead = lead[4:]
    if lead and norm(lead.split()[0]) in TITLE_WORDS:
        lead = ""  # "CEO of GM": a person's title, no part of the name
    if not lead and text.endswith("New ", max(0, pos - 4), pos):
        lead = "New "  # "New York Post" (the name reader drops "New" as a sentence word)
    after = _OF_NAME_AFTER_RE.match(text, end)
    tail = " " + after.group().strip() if after and not lead else ""  # "Royal Bank" + "of Wessex Group"
    domain = _DOMAIN_RE.match(text, end)
    return lead + " ".join(name) + (domain.group() if domain else tail)


def _names_person(article: QuotedArticle, name: list[str]) -> bool:
    """A person's name: a known given name first, or a family name the article gives a gender."""
    first = norm(name[0])
    if len(name) >= 2 and (first in MALE_NAMES or first in FEMALE_NAMES):
        return True
    return bool(article.names.gender(norm(name[-1]))) or norm(name[-1]) in TITLE_WORDS


def _inside_quote(article: QuotedArticle, pos: int) -> bool:
    """``pos`` stands inside one of the article's quoted spans."""
    i = bisect_right(article.span_starts, pos) - 1
    return i >= 0 and pos < article.spans[i].c1
