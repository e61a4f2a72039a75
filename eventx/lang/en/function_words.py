"""English function words, frequent in any English text and rare in French, for language detection."""

FUNCTION_WORDS = frozenset(
    "the a an and is are was were of in to for by on with who which that not it its "
    "this these those he she they we you their his her has have had been be but or "
    "more said after before between from at as".split()
)
