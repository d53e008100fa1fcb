"""Text: normalisation with offsets, lines and headings, the outline, labelled blocks, passages, page labels."""
