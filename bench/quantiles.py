"""Small helpers shared by the benchmark scripts."""
from __future__ import annotations


def percentile(values: list[float], q: float) -> float:
    """The nearest-rank q-quantile (q in [0, 1]) of the values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]
