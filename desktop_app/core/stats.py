"""Statistics for survey percentages."""

from __future__ import annotations

import math

Z_95 = 1.959963984540054


def wilson_interval(percent: float, n: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval of a percentage observed in ``n`` respondents, in percent.

    Wilson rather than the normal approximation because survey shares near 0% or 100%
    (8% of 104, 99% of leaders) would otherwise get intervals that leave 0 to 100.
    """
    if n <= 0:
        raise ValueError("n must be positive")
    p = percent / 100.0
    z2 = z * z
    denominator = 1.0 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    return max(0.0, centre - half) * 100.0, min(1.0, centre + half) * 100.0


def approximate_count(percent: float, n: int) -> int:
    """How many of ``n`` respondents a rounded percentage stands for."""
    return round(percent / 100.0 * n)
