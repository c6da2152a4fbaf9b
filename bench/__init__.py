"""Benchmarks: each ``bench_*.py`` module has ``main() -> dict`` and reports ratios, not absolute times."""


def wipe_neo4j(store) -> None:
    """Empty a Neo4j database but its schema marker, 5,000 nodes per transaction: one statement over a large
    graph outgrows the server's transaction memory (``dbms.memory.transaction.total.max``)."""
    while store.execute_write("MATCH (n) WHERE NOT n:Meta WITH n LIMIT 5000 DETACH DELETE n RETURN count(*)").rows[0][0]:
        pass
