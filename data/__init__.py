"""aigraph's shipped data (installed as ``aigraph.data``); read it through ``graph.resources``, see README.md here."""
