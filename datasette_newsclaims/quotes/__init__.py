"""Direct quotations and their speakers: ``extract_quotes(text)``.

The package owns everything about quotes; the other extractors and the
pipeline (``core.analyze``) only call ``extract_quotes``.
"""
from .extractor import extract_quotes

__all__ = ["extract_quotes"]
