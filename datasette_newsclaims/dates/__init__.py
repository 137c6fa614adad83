"""Dated events: calendar references in news text, resolved against the publication date.
"""
