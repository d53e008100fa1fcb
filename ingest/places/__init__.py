"""Places: the gazetteer of Japan, the place names a text mentions, the place of a document and of its records."""
