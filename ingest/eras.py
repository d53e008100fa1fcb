"""Era years: kept for the modules that import them from here; the reader is ingest.vocab.eras."""
from ingest.vocab.eras import date_spans, era_label, era_year, is_date, year_span

__all__ = ["date_spans", "era_label", "era_year", "is_date", "year_span"]
