"""Extractors: plain Python, one module per kind of material."""
