"""The search index: tokens (fugashi + BM25), vectors (FAISS), manifest, incremental updates."""
