"""aigraph's shipped data (installed as ``aigraph.data``); read it through ``core.resources``, see README.md here."""
