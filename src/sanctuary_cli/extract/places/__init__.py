"""Places: the shipped gazetteer and the US cities an article speaks of."""
