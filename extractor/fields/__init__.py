"""One module per family of fields; each reads the document and its sections only."""
