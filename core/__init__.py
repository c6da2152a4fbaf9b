"""The layer below both the extractor and the graph (installed as ``aigraph.core``).

What every other package shares and nothing here imports from them: the
vocabulary of the typed graph (entity and relation types, allowed endpoints,
ids, name normalisation), money (FX and formatting) and the shipped data files.
"""
