"""Reading plan documents: files -> Document -> Passage, with offsets into the document text."""
