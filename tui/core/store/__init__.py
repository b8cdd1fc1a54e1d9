"""SQLite stores: analysis and article caches, corpus snapshots, reading state."""
