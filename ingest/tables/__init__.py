"""Tables: the Table record, building it from a grid, tables found in plain text, passages from tables."""
