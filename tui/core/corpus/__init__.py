"""Opening a corpus: finding files, decoding them, reading front matter, spotting page furniture."""
