#!/usr/bin/python3
"""The default example of LDN Workbench as a plain Python/SciPy script, for timing a whole command.

Computes the same four scenarios as examples/pipelines/ldn-vs-standard.ldnpipe (56 days, output
every 0.1 h, rtol 1e-8, atol 1e-10):

    ldn-pet    4.5 mg at 22:00, daily, pet-calibrated receptor
    std-pet    50 mg at 08:00, daily, pet-calibrated receptor
    ldn-rapid  4.5 mg at 22:00, daily, rapid-equilibrium receptor
    std-rapid  50 mg at 08:00, daily, rapid-equilibrium receptor

and writes what `ldnwb run` writes for them that a script would write too: OUT/<scenario>/timeseries.csv
(same columns, 17 significant digits) and, with --plots, one PNG per output column with the four
scenarios as lines (matplotlib, 1000 x 560 pixels, as ldnwb's plots). The equations, dosing and
sampling are those of ldn_pipeline.py (SciPy solve_ivp, LSODA, restarted at every dose).

It exists so that docs/BENCHMARKS.md can time `ldnwb run` of the default example against the
script a user would otherwise write, whole process against whole process (start-up included):

    /usr/bin/python3 bench/peers/default_example.py --out /tmp/py-default [--plots]
"""

import argparse
import os
import sys

import ldn_pipeline as peer

SCENARIOS = [
    # id, name, amount [mg], first dose [h], receptor preset
    ("ldn-pet", "LDN 4.5 mg 22:00 (PET)", 4.5, 22.0, "pet-calibrated"),
    ("std-pet", "50 mg 08:00 (PET)", 50.0, 8.0, "pet-calibrated"),
    ("ldn-rapid", "LDN 4.5 mg 22:00 (rapid-eq.)", 4.5, 22.0, "rapid-equilibrium"),
    ("std-rapid", "50 mg 08:00 (rapid-eq.)", 50.0, 8.0, "rapid-equilibrium"),
]

START, END, STEP = 0.0, 1344.0, 0.1
INTERVAL, COUNT = 24.0, 56
RTOL, ATOL = 1e-8, 1e-10

UNITS = {
    "pk.Cntx": "ng/mL", "pk.Cntxol": "ng/mL", "receptor.occupancy": "fraction",
    "rebound.signaling": "relative", "rebound.endogenousTone": "relative",
    "rebound.receptorDensity": "relative", "inflammation.glialActivation": "relative",
    "inflammation.tnf": "relative", "inflammation.il6": "relative", "inflammation.il1b": "relative",
    "inflammation.tlr4Inhibition": "fraction",
}


def run_scenarios():
    """[(id, name, params, grid, states)] for the four scenarios, one after the other."""
    runs = []
    for sid, name, amount, first, preset in SCENARIOS:
        p = peer.make_params(preset)
        doses = peer.regimen(amount, first, INTERVAL, COUNT)
        grid, states = peer.simulate(p, doses, START, END, STEP, RTOL, ATOL)
        runs.append((sid, name, p, grid, states))
    return runs


def write_plots(folder, runs):
    """One PNG per output column, time in days, the four scenarios as lines with a legend."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    os.makedirs(folder, exist_ok=True)
    outputs = [(name, peer.outputs(p, states), grid / 24.0) for _, name, p, grid, states in runs]
    for column in peer.COLUMNS[1:]:
        fig, ax = plt.subplots(figsize=(10, 5.6), dpi=100)
        for name, out, days in outputs:
            ax.plot(days, out[column], label=name, linewidth=1.6)
        ax.set_title(column)
        ax.set_xlabel("Time [days]")
        ax.set_ylabel("%s [%s]" % (column.split(".", 1)[1], UNITS[column]))
        ax.grid(True, color="#dddddd")
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=len(outputs), frameon=False)
        fig.tight_layout()
        fig.savefig(os.path.join(folder, column + ".png"))
        plt.close(fig)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="results folder")
    ap.add_argument("--plots", action="store_true", help="also write one PNG per output (matplotlib)")
    a = ap.parse_args(argv)
    runs = run_scenarios()
    for sid, _, p, grid, states in runs:
        os.makedirs(os.path.join(a.out, sid), exist_ok=True)
        peer.write_csv(os.path.join(a.out, sid, "timeseries.csv"), p, grid, states)
    if a.plots:
        write_plots(os.path.join(a.out, "plots"), runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
