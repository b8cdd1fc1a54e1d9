"""Running the analysis: one article, a whole corpus in parallel, and the optional spaCy engine."""
