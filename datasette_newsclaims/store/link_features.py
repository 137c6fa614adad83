"""What linking reads from an article's text: its proper-name features and its figures' subjects.

Owns computing them (in the worker that analyzed the article, so the writer
does not read the text again) and their stored JSON form in
``_newsclaims_link_features``. The decisions are the corpus package's
(story_features, claim_subjects); no database access here.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..corpus.claim_subjects import Subject, subject_of
from ..corpus.story_features import proper_names

__all__ = ["LinkFeatures", "link_features", "subject_json", "subject_from_json"]


@dataclass
class LinkFeatures:
    """One article's proper-name features (name -> weight) and one subject per figure, in order."""

    features: dict[str, int]
    subjects: list[Subject]


def link_features(text: str, figures: list[dict]) -> LinkFeatures:
    """The features of ``text`` and the subjects of its ``figures`` (rows with start, end, kind, unit, value)."""
    return LinkFeatures(proper_names(text), [subject_of(f, text) for f in figures])


def subject_json(subject: Subject) -> list:
    """A subject as stored."""
    return [subject.kind, subject.noun, subject.event, subject.name, subject.phrase, sorted(subject.context),
            subject.scale, subject.sex, subject.direction, subject.change]


def subject_from_json(data: list) -> Subject:
    """The Subject ``subject_json`` stored; rows stored before sex, direction and change were kept get defaults."""
    kind, noun, event, name, phrase, context, scale, *rest = data
    sex, direction, change = rest if rest else ("", 1.0, False)
    return Subject(kind, noun, event, name, phrase, frozenset(context), scale, sex, direction, change)
