"""The screens of the game, one per module: start, home, lijst, intro, dialoog, feedback, resultaten,
instellingen, pauze (and a small picker)."""
