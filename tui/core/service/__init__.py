"""The opened corpus: one headless service behind the reader and every subcommand.

:class:`~tui.core.service.corpus.CorpusService` owns a corpus once opened (its roots
and file stamps, loading from a snapshot or from files, reload), runs its analysis
through the shared cache, keeps its search index, and answers the lookups panels and
commands ask (:class:`~tui.core.service.lookups.CorpusView`).
"""
