"""Who a pronoun, a description or a document stands for (step 5 of the quote extractor).

Owns: ``resolve_speakers``: names to the fullest form the article introduces
(through ``names.ArticleNames``), he/she to the person named in the nearest
sentence before (sources first; genders from given names, titles and the
pronouns after a name; people named inside the quote or later in the sentence
passed over), 'it' to an organisation, 'they' to a group of sources, 'the
spokeswoman' to the person named with that role, 'the email' to its sender (people with
no name, 'one woman', 'deputies': ``unnamed``).

Must not touch: finding cues or phrases (``cues``, ``phrases``); resolution only
reads attributions already made.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import islice

from .article import QuotedArticle
from .captions import caption_spans, in_spans
from .cues import CUE_RE
from .descriptions import named_source_of_description
from .epithets import epithet_source
from .lexicon import DOCUMENTS, FEMALE_NAMES, GROUP_NOUNS, MALE_NAMES, ORG_WORDS, PRONOUN_GENDER, TITLE_WORDS
from .marks import QuoteSpan
from .names import name_key, norm, split_title
from .people import ArticleNames
from .sources import can_speak, looks_personal, person_noun_gender
from .unnamed import definite_subject, description_antecedent, plural_subject

_NAME_LIST_RE = re.compile(r"[A-Z][\w.'’\-]{1,20},? and [A-Z][\w'’\-]{1,20}(?: [A-Z][\w'’\-]{1,20}){0,2}[ ,][^.!?]{0,60}\Z")
# a sentence whose subject is he/she, also after an opening phrase ('On this visit, though, he said')
_PRONOUN_SUBJECT = {
    g: re.compile(r"(?:(?:But|And|Still|Yet|So|Then|Now|Later|Meanwhile),? ){0,1}" + w + r"\b"
                  r"|[A-Z][\w'’\-]*(?: [\w'’\-]+){0,5},(?: (?:though|however|too),)? " + w.lower() + r"\b")
    for g, w in (("m", "He"), ("f", "She"))
}
_WHO_AFTER_NAME_RE = re.compile(r"([A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3}),? who\b[^.!?\"“”]{0,160}\Z")
_SENT_BY_RE = re.compile(r"\b(?:sent|written|signed|authored|drafted)\b[^;\n]{0,120}?\bby\b")
_ORG_SUBJECT_RE = re.compile(r"(T(?:(?<=^T)|(?<=\nT)|(?<=[.!?] T)|(?<=[.!?][\"”’] T))he [a-z\-]+(?: [a-z\-]+)?)")
_WORD_BEFORE_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_CAP_WORD_RE = re.compile(r"\b[A-Z][\w'’\-]+")
_CAP_RUN_RE = re.compile(r"\b[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)*")


def resolve_speakers(article: QuotedArticle, kept: list[QuoteSpan]) -> None:
    """Canonical speakers for the kept quotes: names first, then pronouns and descriptions."""
    known: set[str] = set()
    for sp in kept:  # names first, so that pronouns can look back at every named person
        if sp.kind == "name":
            resolve_speaker(article, sp)
            if sp.speaker and looks_personal(sp.speaker.split()):
                known.add(name_key(sp.speaker.split()))  # (not 'Police', 'Reuters': no antecedents for he/she)
    article.known_keys = known
    article.persons = None
    for sp in kept:
        if sp.kind != "name":
            resolve_speaker(article, sp)


def resolve_speaker(article: QuotedArticle, sp: QuoteSpan) -> None:
    """Set ``sp.speaker`` (and its title) from its attribution, once per attribution."""
    names, done = article.names, article.resolved
    if sp.kind is None:
        sp.speaker = None
        return
    key = sp.anchor
    if key in done:
        sp.speaker, sp.title = done[key]
        return
    if sp.kind == "name":
        _resolve_name(names, sp)
    elif sp.kind == "pronoun":
        _resolve_pronoun(article, names, sp)
    else:
        sp.speaker = (_document_author(article, sp) or named_source_of_description(article, sp)
                      or epithet_source(article, sp, named_speaker) or _name_given_after(article, sp) or sp.mention)
    done[key] = (sp.speaker, sp.title)


def _resolve_name(names: ArticleNames, sp: QuoteSpan) -> None:
    """A named speaker: the fullest form the article gives, with the title used here or at introduction."""
    toks = sp.mention.split()
    title, name = split_title(toks)
    pre = sp.title.split() if sp.title else []
    party = [t for t in pre if t.startswith("(")]
    pre = [t for t in pre if not t.startswith("(")]
    bare = norm(name[0]) if len(name) == 1 and not pre + title else None
    person = names.bare_speakers.get(bare) if bare else None
    if person is None:
        person = names.resolve(pre + title, name, sp.anchor)
        if bare and len(person.tokens) > 1:
            # '"...," Dillon said' keeps meaning the Miranda Dillion it meant before, after an
            # "Angela Dillon said" (a second person of the name comes with her given name)
            names.bare_speakers[bare] = person
    sp.speaker = person.name
    sp.gender = person.gender  # "local policeman Supran Yoga": a man
    # the title used here, else the one the article introduced the person with ("Chicago Mayor (D)")
    sp.title = " ".join(pre + title + party) or person.title


def _resolve_pronoun(article: QuotedArticle, names: ArticleNames, sp: QuoteSpan) -> None:
    """he/she: a person before it; it: an organisation; they: a group of sources; others: no one."""
    g = PRONOUN_GENDER.get(sp.mention.lower())
    if g:
        at = _pronoun_position(article.text, sp)
        sp.speaker = _antecedent(article, at, g, _bound_names(article, sp, at))
        if sp.speaker and sp.speaker[:1].isupper() and " " in sp.speaker:
            names.note_gender(name_key(sp.speaker.split()), g)  # '"...," she added': a woman from now on
        if sp.speaker and sp.speaker[:1].isupper():
            sp.title = names.resolve([], sp.speaker.split(), sp.anchor).title
    elif sp.mention.lower() == "it":
        sp.speaker = _org_antecedent(article, sp.anchor)
    elif sp.mention.lower() in ("they", "them"):
        sp.speaker = _group_antecedent(article, sp.anchor) or plural_subject(article, sp.anchor)
    elif sp.mention.lower() == "who":
        sp.speaker = _relative_antecedent(article, names, sp.anchor)
    else:
        sp.speaker = None


def _document_author(article: QuotedArticle, sp: QuoteSpan) -> str | None:
    """'the email said': the source that sent it, named just before ('The Trump campaign sent an email')."""
    words = sp.mention.split()
    if len(words) > 3 or words[0].lower() not in ("the", "this", "that") or words[-1].lower() not in DOCUMENTS:
        return None
    doc = words[-1].lower()
    for ev in article.attributions_before(sp.anchor, 600):
        near = article.text[max(0, ev.anchor - 150):min(ev.anchor + 150, sp.anchor - 40)].lower()
        if doc in near and ev.mention.split()[-1].lower() not in DOCUMENTS:
            if ev.kind == "name":
                return named_speaker(article, ev)
            if ev.kind == "description":
                return ev.mention
    return None


# 'asked the boy, who ... and said his name was Mason', 'a man, identified as Tom Lee,'
_NAME_GIVEN_RE = re.compile(r"(?:said (?:his|her) name (?:was|is)|identified (?:himself |herself )?as|(?:is |was )?named) "
                            r"((?:[A-Z][\w'’\-]+)(?: [A-Z][\w'’\-]+){0,2})")


def _name_given_after(article: QuotedArticle, sp: QuoteSpan) -> str | None:
    """A person description whose own sentence goes on to give the name ('"...," asked the boy, who
    was wearing a hat and said his name was Mason'): that name."""
    if person_noun_gender(sp.mention) is None:
        return None
    text = article.text
    at = text.find(sp.mention, sp.anchor, sp.anchor + 200)
    if at < 0:
        return None
    end = article.sentence_end(at, min(len(text), at + 250))
    m = _NAME_GIVEN_RE.search(text, at + len(sp.mention), end)
    if not m:
        return None
    title, name = split_title(m.group(1).split())
    return article.names.resolve(title, name, m.start(1)).name if name else None


def _group_antecedent(article: QuotedArticle, pos: int) -> str | None:
    """'They said': the sources just named together ('Sens. Tom Carper, Dianne Feinstein and
    Ben Cardin said' -> the first of them), or a plural description ('officials')."""
    for ev in article.attributions_before(pos, 600):
        if ev.kind == "name":
            if _NAME_LIST_RE.search(article.text, max(0, ev.anchor - 150), ev.anchor):
                return named_speaker(article, ev)
        elif ev.kind == "description":
            head = ev.mention.split()[-1].lower()
            if head.endswith("s") and not head.endswith("ss"):
                return ev.mention
        return None
    return None


def _org_antecedent(article: QuotedArticle, pos: int) -> str | None:
    """'It said': the organisation last named as a source shortly before, or the organisation
    that opens a recent sentence ('The institute estimated that ... , it said')."""
    rc = org = None
    for m in _ORG_SUBJECT_RE.finditer(article.text, max(0, pos - 900), pos):
        words = m.group(1).split()
        for k in (2, 1):  # "The research institute said", "The institute estimated", "The email, released ..."
            if len(words) > k and (words[k] in ORG_WORDS or words[k] in GROUP_NOUNS or words[k] in DOCUMENTS):
                rc, org = m, "the " + " ".join(words[1:k + 1])
                if words[k] in DOCUMENTS:
                    org = _sender_in_sentence(article, m.start(), pos) or org  # "The email ... was sent by X"
                break
    for ev in article.attributions_before(pos, 1000):
        if rc is not None and ev.anchor < rc.start():
            break
        who = named_speaker(article, ev)
        if who:
            toks = who.split()
            if (article.names.gender(name_key(toks)) is None and norm(toks[-1]) not in TITLE_WORDS  # not "Democratic"
                    and (len(toks) == 1 or norm(toks[-1]) in ORG_WORDS or _organisation_shaped(toks))):
                return who
        elif (ev.kind == "description" and can_speak(ev.mention) and person_noun_gender(ev.mention) is None
              and not _plural_people(ev.mention)):
            # 'the newspaper admitted ... "...," it added': the newspaper, by its name where given
            return named_source_of_description(article, ev) or ev.mention
    return org


def _organisation_shaped(toks: list[str]) -> bool:
    """A name of two or three words that no given name opens ('Kaspersky Lab', 'Big Machine')."""
    return len(toks) <= 3 and norm(toks[0]) not in MALE_NAMES and norm(toks[0]) not in FEMALE_NAMES \
        and "." not in toks[0]  # ("T.J. Smith")


def _plural_people(desc: str) -> bool:
    """'U.S. officials', 'analysts': people, who are 'they', not 'it'."""
    head = desc.split()[-1].lower()
    return head.endswith("s") and person_noun_gender(head[:-1]) is not None or head in ("officials", "people")


def _sender_in_sentence(article: QuotedArticle, start: int, pos: int) -> str | None:
    """The person a document's sentence says sent or wrote it ('The email ... was sent at 7:19 p.m.
    by Jeremy Bash'): the first full name after 'sent/written/signed ... by'."""
    text = article.text
    end = article.sentence_end(start, min(pos, start + 400))
    m = _SENT_BY_RE.search(text, start, end)
    if not m:
        return None
    names = article.names
    k = bisect_left(names.mention_positions, m.end())
    if k < len(names.mentions) and names.mentions[k][0] < end and len(names.mentions[k][2]) >= 2:
        pos_k, title, name = names.mentions[k]
        return names.resolve(title, name, pos_k).name
    return None


def _index_people(article: QuotedArticle) -> None:
    """People named outside quotes, photo credits and captions (for he/she), with genders learnt
    from the pronouns after them."""
    spans, names = article.spans, article.names

    def in_quote(p: int) -> bool:
        i = bisect_right(article.span_starts, p) - 1
        return i >= 0 and p < spans[i].c1

    captions = caption_spans(article.text)
    starts = [a for a, _ in captions]
    article.persons = [m for m in names.person_mentions(article.known_keys)
                       if not in_quote(m[0]) and not in_spans(captions, starts, m[0])]
    article.person_pos = [m[0] for m in article.persons]
    article.person_keys = {m[1] for m in article.persons}
    names.learn_genders(article.persons, in_quote)


def _relative_antecedent(article: QuotedArticle, names: ArticleNames, pos: int) -> str | None:
    """'... Sen. Ann Lee, who said: "..."': the name the relative clause hangs on."""
    m = _WHO_AFTER_NAME_RE.search(article.text, max(0, pos - 200), pos)
    if not m:
        return None
    title, name = split_title(m.group(1).split())
    return names.resolve(title, name, m.start(1)).name if name else None


def _named_source_before(article: QuotedArticle, pos: int, g: str, fits) -> str | None:
    """No person named in the sentences before: the latest named source of an attribution, if of
    the pronoun's gender or of none known ('Police chief General Sutanto said ... He said ...')."""
    for ev in islice(article.attributions_before(pos, 1500), 8):  # the nearest few only
        who = named_speaker(article, ev)
        if not who:
            continue
        toks = who.split()
        gw = ev.gender or article.names.gender(name_key(toks))
        if (gw == g or (gw is None and looks_personal(toks))) and fits(who):
            return who
    return None


def _pronoun_position(text: str, sp: QuoteSpan) -> int:
    """Where the pronoun subject of the cue stands: before the cue in its clause ('he is two years
    older than Trump and recalls' -> at 'he'), else the cue's own position ('said he')."""
    pos = sp.anchor
    lo = max(sp.ps, pos - 200)
    found = -1
    for m in _WORD_BEFORE_RE.finditer(text, lo, pos):
        if m.group().lower() == sp.mention.lower():
            found = m.start()
    if found < 0 or any(c in text[found:pos] for c in ".!?;\"“”"):
        return pos
    return found


def _bound_names(article: QuotedArticle, sp: QuoteSpan, pos: int) -> dict[str, set[str]]:
    """People named after the pronoun in its sentence or inside the quote are someone else
    ('He said he classed Axcell as ...', 'He said: "Lowe was a kind fellow"'): family name ->
    the first names used with it ('' for the family name alone). A name that also stands before
    the pronoun in the sentence may be its antecedent ('Moore launched what he called ...')."""
    text = article.text
    lo = article.sentence_start(max(sp.ps, pos - 300), pos)
    hi = article.sentence_end(pos, min(sp.pe, pos + 300))
    # (the quote's own words are no part of the sentence before the pronoun)
    cut_lo, cut_hi = (sp.o0, sp.c1) if lo <= sp.o0 < pos else (pos, pos)
    before = {norm(w) for w in _CAP_WORD_RE.findall(text, lo, cut_lo) + _CAP_WORD_RE.findall(text, max(lo, cut_hi), pos)}
    avoid: dict[str, set[str]] = {}
    for part in (text[pos + len(sp.mention):hi], text[sp.start:min(sp.end, sp.start + 600)]):
        for run in _CAP_RUN_RE.findall(part):
            toks = [norm(t) for t in run.split()]
            if toks[-1] not in before:
                avoid.setdefault(toks[-1], set()).add(toks[0] if len(toks) > 1 else "")
    return avoid


def _antecedent(article: QuotedArticle, pos: int, g: str, avoid: dict[str, set[str]] | None = None) -> str | None:
    """The person a he/she at ``pos`` stands for: the first compatible person named in the
    nearest sentence before it (sentence subjects first), looking back a few sentences.
    People whose family name is in ``avoid`` are passed over while another one fits."""
    fallback = []

    def fits(who: str) -> bool:
        toks = [norm(t) for t in who.split()]
        firsts = avoid.get(name_key(who.split())) if avoid else None
        alone = avoid.get(toks[0]) if avoid and len(toks) >= 2 else None
        if (firsts and ("" in firsts or firsts & set(toks[:-1]))) or (alone and "" in alone):
            # "Axcell", not "Chelsea Clinton" for Hillary; '"We gotta zap Lanny"': not Lanny Davis
            fallback.append(who)
            return False
        return True

    if article.persons is None:
        _index_people(article)
    text, names, ments = article.text, article.names, article.persons
    idx = bisect_left(article.person_pos, pos) - 1
    # (from the start of the sentence of the last person named: 'Last month, Knijah's mother pleaded
    # with Wallace ...' opens with the one the pronoun stands for)
    last = ments[idx][0] if idx >= 0 else 0
    if idx >= 0 and not _speaks(article, ments[idx]):
        last = article.sentence_start(max(0, last - 300), last)
    desc = description_antecedent(article, max(last, pos - 800), pos, g)
    if desc is None and idx < 0:
        desc = definite_subject(article, max(0, pos - 800), pos, g)
    if desc:
        return desc  # 'A 29-year-old Berlin woman received ... "Filth out!" she wrote'
    seen = 0
    while idx >= 0 and pos - ments[idx][0] < 2500 and seen < 8:
        p = ments[idx][0]
        ps = text.rfind("\n", max(0, p - 400), p) + 1
        ss = article.sentence_start(max(ps, p - 400), p)
        first = idx
        while first > 0 and ments[first - 1][0] >= ss:
            first -= 1
        if _PRONOUN_SUBJECT[g].match(text, ss, ss + 40):
            # "He also said that Paul Ryan ...": the sentence is about our man already; look further back
            idx = first - 1
            seen += 1
            continue
        who = _source_of_sentence(article, ss, min(pos, p + 150), g, fits)
        if who:
            return who
        for j in range(first, idx + 1):
            _, key, title, name = ments[j]
            if names.mention_gender(ments[j][0], title, name) in (g, None):
                who = names.resolve(title, name, ments[j][0], g).name
                if fits(who):
                    return who
        idx = first - 1
        seen += 1
    return fallback[0] if fallback else _named_source_before(article, pos, g, fits)


def _speaks(article: QuotedArticle, mention: tuple) -> bool:
    """The person mention is a cue's subject ('..., Warren said.', 'Warren told')."""
    pos, _key, title, name = mention
    end = pos + len(" ".join(title + name))
    m = CUE_RE.search(article.text, end, end + 25)
    return m is not None and not article.text[end:m.start()].strip(" ,")


def _source_of_sentence(article: QuotedArticle, lo: int, hi: int, g: str, fits) -> str | None:
    """A named source of the sentence in text[lo:hi] ('... , said Robert Shapiro, a professor') of
    gender ``g`` (or unknown, for a person), or a person described ("Donald Trump's son told ...")."""
    names = article.names
    e0 = bisect_left(article.attribution_pos, lo)
    e1 = bisect_left(article.attribution_pos, hi)
    for e in range(e0, e1):
        ev = article.attribution_at(article.attribution_pos[e])
        who = named_speaker(article, ev) if ev is not None else None
        if who:
            toks = who.split()
            key = name_key(toks)
            gw = ev.gender or names.gender(key)
            if (gw == g or (gw is None and (key in article.person_keys or looks_personal(toks)))) and fits(who):
                return who
        elif (ev is not None and ev.kind == "description" and person_noun_gender(ev.mention) in (g, "n")
              and ev.mention.split()[0].lower() not in ("the", "this", "that")):
            # "Donald Trump's son told ..." then "he said" ("the president" points further back)
            return ev.mention
    return None


def named_speaker(article: QuotedArticle, ev: QuoteSpan) -> str | None:
    """The canonical speaker of a named attribution."""
    if ev.kind != "name":
        return None
    resolve_speaker(article, ev)
    return ev.speaker
