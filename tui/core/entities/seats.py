"""Seats of power news names for the body working there (« le Kremlin a démenti »,
« fait-on valoir à Matignon »): an organisation wherever the text names one."""

from __future__ import annotations

SEATS_OF_POWER = (
    "Maison Blanche",
    "Maison-Blanche",
    "Kremlin",
    "Pentagone",
    "Matignon",
    "Quai d'Orsay",
    "Quai d’Orsay",
)
