"""Statistics for survey percentages."""

from __future__ import annotations

import math
from dataclasses import dataclass

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


@dataclass(frozen=True)
class ProportionTest:
    """Two-proportion z-test of two survey percentages, each from its own sample."""

    z: float
    p_value: float

    @property
    def significant(self) -> bool:
        """Larger than the samples' error at the usual 5% level."""
        return self.p_value < 0.05


def two_proportion_test(percent_a: float, n_a: int, percent_b: float, n_b: int) -> ProportionTest:
    """Whether two percentages differ by more than sampling error (pooled z-test).

    The pooled proportion is the share over both samples together; with no variance at all
    (0% or 100% in both), the difference is zero and p = 1.
    """
    if n_a <= 0 or n_b <= 0:
        raise ValueError("both n must be positive")
    p_a, p_b = percent_a / 100.0, percent_b / 100.0
    pooled = (p_a * n_a + p_b * n_b) / (n_a + n_b)
    spread = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    if spread == 0:
        return ProportionTest(0.0, 1.0)
    z = (p_b - p_a) / spread
    return ProportionTest(z, math.erfc(abs(z) / math.sqrt(2)))
