"""Juwelier-simulator: oefenen met de werkprocessen van het kwalificatiedossier Juwelier."""

__version__ = "0.1.0"
