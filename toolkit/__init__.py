"""Toolkit: Vietnamese news articles in, typed tables of the figures they report out."""

__version__ = "0.1.0"
