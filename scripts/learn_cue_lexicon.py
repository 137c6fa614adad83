"""Learn cue verbs from the cue spans of PolNeAR's attributions, and write them into quotes/lexicon.py.

PolNeAR annotates, for each attributed quote, the cue span ("said", "told reporters",
"issued a statement saying", "sighed:"). A verb form counts as a cue when:

1. it stands in the cue spans of at least ``MIN_EVIDENCE`` attributions (direct quotes and
   indirect speech alike), shaped like a verb form
   (a past tense or participle in -ed, a present in -s, a gerund in -ing, or the first word
   of the span), and is no closed-class word (determiner, preposition, pronoun, auxiliary);
2. it introduces at least one direct quote (forms seen only in indirect speech are often
   attitudes, "supports", "endorsed", "fears", not speech);
3. near attributions it is mostly a cue: of its occurrences within ``WINDOW`` characters of
   an attributed span, at least ``MIN_PRECISION`` lie inside a cue span.

The forms found, and the regular inflections of the bases that give them (never the bare
base: "release", "issue" are nouns far more often), replace the block between the
``BEGIN LEARNED CUES`` and ``END LEARNED CUES`` markers of ``quotes/lexicon.py``.

    python scripts/learn_cue_lexicon.py                # rewrite the block
    python scripts/learn_cue_lexicon.py --dry-run      # print the forms and their counts
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "polnear" / "polnear-test.jsonl"
LEXICON = ROOT / "datasette_newsclaims" / "quotes" / "lexicon.py"

from datasette_newsclaims.quotes.lexicon import DAY_WORDS, _verb_forms  # noqa: E402

WINDOW = 120
MIN_PRECISION = 0.5
MIN_EVIDENCE = 2  # cue spans a form must stand in (one is as likely an annotation's accident)
_NOUN_OR_ADJECTIVE_ENDINGS = ("tion", "tions", "sion", "sions", "ment", "ments", "ness", "ance", "ence",
                              "ity", "ous", "ism", "ist", "ists")
# closed-class words: grammar, not vocabulary
CLOSED = frozenset("""
a an the this that these those his her its their our my your him them us me it he she they we i you
to of in on at for with by from about as into onto over under after before during than then there
is was are were be been being has have had do does did will would can could should shall may might must
not no and or but so also just still even already again now later once ever never according
who whom whose which what where when why how
""".split())
MONTHS = frozenset("january february march april may june july august september october november december".split())
_WORD = re.compile(r"[A-Za-z][a-z]+(?:'[a-z]+)?")


def verb_shaped(word: str, first: bool) -> bool:
    """A form that can be a verb: -ed, -s, -ing, or the head of the span."""
    if word in CLOSED or word in DAY_WORDS or word in MONTHS or word.endswith("ly") or len(word) < 3:
        return False
    if word.endswith(_NOUN_OR_ADJECTIVE_ENDINGS) or "'" in word:
        return False
    return first or word.endswith(("ed", "ing")) or (word.endswith("s") and not word.endswith("ss"))


def attributions(record: dict) -> list[dict]:
    """The attributed spans of a record: direct quotes and indirect speech."""
    return record.get("quotes", []) + record.get("indirect", [])


def cue_occurrences(record: dict):
    """(attribution, cue span start, cue text) for each attribution whose cue span is found near it."""
    text = record["text"]
    for q in attributions(record):
        cue = (q.get("cue") or "").strip()
        if not cue or not any(ch.isalpha() for ch in cue):
            continue
        lo, hi = max(0, q["start"] - 300), min(len(text), q["end"] + 300)
        at = text.find(cue, q["end"], hi)
        if at < 0:
            at = text.rfind(cue, lo, q["start"])
        if at < 0:
            continue
        yield q, at, cue


def learn(path: Path) -> dict[str, tuple[int, int, int]]:
    """Verb form -> (times in a direct quote's cue span, times in any cue span, times near an
    attributed span at all), for the forms that pass both tests."""
    direct: Counter = Counter()
    inside: Counter = Counter()
    near: Counter = Counter()
    candidates: set[str] = set()
    with path.open(encoding="utf8") as fp:
        records = [json.loads(line) for line in fp if line.strip()]
    for record in records:
        text = record["text"]
        cue_spans, direct_spans = [], []
        quotes = {id(q) for q in record.get("quotes", [])}
        for q, at, cue in cue_occurrences(record):
            words = [w.lower() for w in _WORD.findall(cue)]
            candidates |= {w for k, w in enumerate(words) if verb_shaped(w, k == 0)}
            cue_spans.append((at, at + len(cue)))
            if id(q) in quotes:
                direct_spans.append((at, at + len(cue)))
        windows = [(max(0, q["start"] - WINDOW), q["end"] + WINDOW) for q in attributions(record)]
        for m in _WORD.finditer(text):
            w = m.group().lower()
            if not any(a <= m.start() < b for a, b in windows):
                continue
            near[w] += 1
            if any(a <= m.start() < b for a, b in cue_spans):
                inside[w] += 1
            if any(a <= m.start() < b for a, b in direct_spans):
                direct[w] += 1
    return {w: (direct[w], inside[w], near[w]) for w in candidates if _passes(direct[w], inside[w], near[w])}


def _passes(direct: int, inside: int, near: int) -> bool:
    """Evidence enough: the cue of a direct quote at least once, ``MIN_EVIDENCE`` cue spans in all,
    and mostly a cue near attributions. (Forms seen only in indirect speech are left out: many are
    attitudes rather than speech, "supports", "endorsed", "fears", and would present quotes.)"""
    return direct > 0 and inside >= MIN_EVIDENCE and inside / near >= MIN_PRECISION


def inflections(form: str, attested: set[str]) -> set[str]:
    """The form and the regular inflections of the bases that give it, kept only where the corpus
    attests them (so "assured" brings "assures" and "assuring", never "assurs"); bare bases left out."""
    out = {form}
    bases = {form[:-cut] for cut in (1, 2, 3)} | {form[:-3] + "y"} | {form[:-2] + "e"}
    for b in bases:
        forms = _verb_forms(b) if len(b) > 2 else set()
        if form in forms:
            out |= (forms - {b}) & attested
    return out


def render(learned: dict[str, tuple[int, int, int]], attested: set[str]) -> str:
    forms = sorted({f for w in learned for f in inflections(w, attested)})
    lines = ["# BEGIN LEARNED CUES (scripts/learn_cue_lexicon.py writes this block: do not edit by hand)",
             "LEARNED_CUES: frozenset[str] = frozenset(\"\"\""]
    line = ""
    for f in forms:
        if len(line) + len(f) + 1 > 100:
            lines.append(line.rstrip())
            line = ""
        line += f + " "
    lines += [line.rstrip(), "\"\"\".split())", "# END LEARNED CUES"]
    return "\n".join(lines)


def attested_words(path: Path) -> set[str]:
    """Every lower-case word of the corpus."""
    with path.open(encoding="utf8") as fp:
        return {w.lower() for line in fp if line.strip() for w in _WORD.findall(json.loads(line)["text"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    learned = learn(Path(args.gold))
    if args.dry_run:
        for w, (d, i, n) in sorted(learned.items(), key=lambda x: -x[1][1]):
            print(f"{w:16} {d:4} {i:4} / {n:4}")
        return
    source = LEXICON.read_text(encoding="utf8")
    block = re.compile(r"# BEGIN LEARNED CUES.*?# END LEARNED CUES", re.S)
    new = render(learned, attested_words(Path(args.gold)))
    if not block.search(source):
        sys.exit(f"no BEGIN/END LEARNED CUES block in {LEXICON}")
    source = block.sub(lambda _: new, source)
    LEXICON.write_text(source, encoding="utf8")
    print(f"{len(learned)} forms learned -> {LEXICON}")


if __name__ == "__main__":
    main()
