"""datasette-newsclaims: quotes, dated events and figures from news articles."""
from .core import EXTRACTOR_VERSION, analyze, parse_published
from .corpus import analyze_corpus

__all__ = ["analyze", "analyze_corpus", "parse_published", "EXTRACTOR_VERSION"]

try:  # Datasette hooks; analyze() works without Datasette installed
    from .hooks import *  # noqa: F401,F403
except ImportError:  # pragma: no cover
    pass
