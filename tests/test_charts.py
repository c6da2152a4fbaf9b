"""The type palette stays readable for colour-blind analysts: every pair of types apart under simulated CVD.

Simulation: Machado, Oliveira & Fernandes (2009) matrices at full severity
on linear RGB, distances as CIE76 ΔE in Lab (about 2.3 is just noticeable;
15 is plainly different at a glance).
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from aigraph.dashboard.charts import TYPE_COLOURS

SIMULATIONS = {
    "none": np.eye(3),
    "protanopia": np.array(
        [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
    ),
    "deuteranopia": np.array(
        [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    ),
    "tritanopia": np.array(
        [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
    ),
}
SRGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
WHITE = np.array([0.9505, 1.0, 1.089])


def linear_rgb(hex_colour: str) -> np.ndarray:
    c = np.array([int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)])
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def lab(rgb: np.ndarray) -> np.ndarray:
    t = SRGB_TO_XYZ @ rgb / WHITE
    f = np.where(t > 0.008856, np.cbrt(t), 7.787 * t + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def seen(hex_colour: str, simulation: str) -> np.ndarray:
    return lab(np.clip(SIMULATIONS[simulation] @ linear_rgb(hex_colour), 0, 1))


@pytest.mark.parametrize("simulation", list(SIMULATIONS))
def test_every_pair_of_types_stays_apart(simulation):
    colours = {name: seen(value, simulation) for name, value in TYPE_COLOURS.items()}
    closest = min((float(np.linalg.norm(colours[a] - colours[b])), a, b) for a, b in itertools.combinations(colours, 2))
    assert closest[0] >= 15, closest


@pytest.mark.parametrize("simulation", list(SIMULATIONS))
def test_company_and_technology_are_clearly_different(simulation):
    assert (
        np.linalg.norm(seen(TYPE_COLOURS["Company"], simulation) - seen(TYPE_COLOURS["Technology"], simulation)) >= 40
    )
