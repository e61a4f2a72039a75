"""French function words, frequent in any French text and rare in English, for language detection."""

FUNCTION_WORDS = frozenset(
    "le la les un une des du de et est sont dans pour par sur avec qui que ne pas au aux "
    "ce cette ces il elle ils elles nous vous leur leurs son sa ses été était ont a été "
    "mais ou donc plus selon lors entre après avant".split()
)
