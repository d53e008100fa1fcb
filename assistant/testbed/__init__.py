"""What tests/ and bench/ both use, so neither imports the other: the made documents of every format and the
fixture document sets (their questions, READMEs and expected records stay in tests/fixtures/, read by path),
the own question set's loader and judge, the synthetic large corpus and the real browser. Not part of the
installed package."""
