#!/usr/bin/python3
"""Independent Python/SciPy peer of the default LDN Workbench pipeline.

    dosing -> pk (naltrexone) -> receptor (mu) -> rebound -> inflammation (glia)
    (pk.Cntx is also wired into inflammation)

Thirteen states, equations and defaults exactly as in the model specification
(MODELS.md, sections 1-5):

    0 gut  1 central  2 peripheral  3 naltrexol           (mg)
    4 CeNtx  5 CeNtxol                                     (ng/mL, effect site)
    6 M  7 E  8 R                                          (relative, baseline 1)
    9 A  10 TNF  11 IL6  12 IL1b                           (A fraction, cytokines relative)

Oral doses are discrete events: the solver (scipy.integrate.solve_ivp, LSODA) is
restarted at every dose time, the gut amount jumps by the dose, and no step ever
crosses a dose. Outputs are right-continuous: a grid point that coincides with a
dose time shows the post-dose state.

This file deliberately shares no code with the Java engine; it is only used to
cross-check it and to time a well-known solver on the same problem.

Use the system interpreter (/usr/bin/python3), which has python3-scipy.

Example:
    /usr/bin/python3 ldn_pipeline.py --amount 4.5 --first-dose 22 --interval 24 \\
        --count 56 --end 1344 --step 0.1 --preset pet-calibrated --out py.csv
    /usr/bin/python3 ldn_pipeline.py ... --time-repeats 3
"""

import argparse
import math
import sys
import statistics
import time

import numpy as np
from scipy.integrate import solve_ivp

# --------------------------------------------------------------------------
# Parameters (MODELS.md defaults)
# --------------------------------------------------------------------------

DEFAULTS = {
    # pk
    "ka": 3.0, "F": 0.40, "CL": 210.0, "Vc": 1000.0, "Q": 4.0, "Vp": 400.0,
    "fmSystemic": 0.80, "fmFirstPass": 0.80, "CLm": 14.0, "Vm": 240.0,
    # receptor (pet-calibrated preset, the default)
    "ke0": 0.0591, "EC50ntx": 0.650, "EC50ntxol": 13.5,
    # rebound
    "kM": 0.01, "kE": 0.05, "kR": 0.01, "gE": 1.5, "gR": 1.0, "KE": 1.0,
    # inflammation
    "drive": 1.0, "kAct": 0.05, "kDeact": 0.05, "IC50": 10.0, "n": 1.0,
    "Imax": 1.0, "tissuePartition": 1.0, "eOpioid": 0.5,
    "kTnf": 0.85, "kIl6": 0.14, "kIl1b": 0.28,
}

PRESETS = {
    "pet-calibrated": {"ke0": 0.0591, "EC50ntx": 0.650, "EC50ntxol": 13.5},
    "rapid-equilibrium": {"ke0": 3.0, "EC50ntx": 1.8, "EC50ntxol": 60.0},
}

MW_NTX = 341.4     # g/mol naltrexone
MW_NTXOL = 343.4   # g/mol 6-beta-naltrexol
FREE_FRACTION = 0.79

COLUMNS = [
    "time", "pk.Cntx", "pk.Cntxol", "receptor.occupancy", "rebound.signaling",
    "rebound.endogenousTone", "rebound.receptorDensity",
    "inflammation.glialActivation", "inflammation.tnf", "inflammation.il6",
    "inflammation.il1b", "inflammation.tlr4Inhibition",
]

NSTATE = 13
GUT = 0

# Two times closer than this (h, relative to max(1,|t|)) are the same instant:
# grid times computed as start + i*step (22.000000000000004) must match doses (22).
TIME_EPS = 1e-9


def make_params(preset="pet-calibrated", overrides=None):
    p = dict(DEFAULTS)
    p.update(PRESETS[preset])
    if overrides:
        for k, v in overrides.items():
            if k not in p:
                raise KeyError("unknown parameter %r" % k)
            p[k] = float(v)
    return p


def baseline_A(p):
    ad = p["kAct"] * p["drive"]
    return ad / (ad + p["kDeact"])


def initial_state(p):
    y = np.zeros(NSTATE)
    y[6] = y[7] = y[8] = 1.0           # M, E, R
    y[9] = baseline_A(p)               # A = A0
    y[10] = y[11] = y[12] = 1.0        # cytokines
    return y


# --------------------------------------------------------------------------
# Right-hand side
# --------------------------------------------------------------------------

def make_rhs(p):
    """Return f(t, y) for the 13-state system, with parameters bound as floats."""
    ka, F, CL, Vc, Q, Vp = p["ka"], p["F"], p["CL"], p["Vc"], p["Q"], p["Vp"]
    fmS, fmF, CLm, Vm = p["fmSystemic"], p["fmFirstPass"], p["CLm"], p["Vm"]
    ke0, ec1, ec2 = p["ke0"], p["EC50ntx"], p["EC50ntxol"]
    kM, kE, kR, gE, gR, KE = p["kM"], p["kE"], p["kR"], p["gE"], p["gR"], p["KE"]
    kAct, kDeact, drive = p["kAct"], p["kDeact"], p["drive"]
    IC50, nH, Imax = p["IC50"], p["n"], p["Imax"]
    part, eOp = p["tissuePartition"], p["eOpioid"]
    kT, k6, k1 = p["kTnf"], p["kIl6"], p["kIl1b"]
    A0 = baseline_A(p)
    k10, k12, k21, kmet = CL / Vc, Q / Vc, Q / Vp, CLm / Vm
    mw_ratio = MW_NTXOL / MW_NTX
    eKE = 1.0 + KE
    cu = part * FREE_FRACTION / MW_NTX
    IC50n = IC50 ** nH
    kAd = kAct * drive
    exp = math.exp

    def rhs(t, y):
        gut, cen, per, mol, ce1, ce2, M, E, R, A, T, I6, I1 = y.tolist()
        absorb = ka * gut
        cntx = 1000.0 * cen / Vc
        cntxol = 1000.0 * mol / Vm
        x = ce1 / ec1 + ce2 / ec2
        occ = x / (1.0 + x)
        S = R * (1.0 - occ) * E * eKE / (E + KE)
        c = cu * cntx
        if c > 0.0:
            cn = c ** nH
            inh = Imax * cn / (IC50n + cn)
        else:
            inh = 0.0
        rA = A / A0
        return [
            -absorb,
            F * absorb - (k10 + k12) * cen + k21 * per,
            k12 * cen - k21 * per,
            (fmF * (1.0 - F) * absorb + fmS * k10 * cen) * mw_ratio - kmet * mol,
            ke0 * (cntx - ce1),
            ke0 * (cntxol - ce2),
            kM * (S - M),
            kE * (exp(gE * (1.0 - M)) - E),
            kR * (exp(gR * (1.0 - M)) - R),
            kAd * (1.0 - inh) * exp(-eOp * (S - 1.0)) * (1.0 - A) - kDeact * A,
            kT * (rA - T),
            k6 * (rA - I6),
            k1 * (rA - I1),
        ]

    return rhs


def outputs(p, Y):
    """Observed outputs for states Y (shape (13, n)); returns dict column -> array."""
    Y = np.asarray(Y, dtype=float)
    cntx = 1000.0 * Y[1] / p["Vc"]
    cntxol = 1000.0 * Y[3] / p["Vm"]
    x = Y[4] / p["EC50ntx"] + Y[5] / p["EC50ntxol"]
    occ = x / (1.0 + x)
    E, R = Y[7], Y[8]
    S = R * (1.0 - occ) * E * (1.0 + p["KE"]) / (E + p["KE"])
    c = np.maximum(p["tissuePartition"] * FREE_FRACTION * cntx / MW_NTX, 0.0)
    cn = c ** p["n"]
    inh = p["Imax"] * cn / (p["IC50"] ** p["n"] + cn)
    A0 = baseline_A(p)
    return {
        "pk.Cntx": cntx, "pk.Cntxol": cntxol, "receptor.occupancy": occ,
        "rebound.signaling": S, "rebound.endogenousTone": E,
        "rebound.receptorDensity": R,
        "inflammation.glialActivation": Y[9] / A0, "inflammation.tnf": Y[10],
        "inflammation.il6": Y[11], "inflammation.il1b": Y[12],
        "inflammation.tlr4Inhibition": inh,
    }


# --------------------------------------------------------------------------
# Dosing and piecewise integration
# --------------------------------------------------------------------------

def regimen(amount, first_dose, interval, count):
    """Doses at firstDose + k*interval, k < count, as a list of (time, mg)."""
    return [(first_dose + k * interval, amount) for k in range(int(count))]


def same_time(a, b):
    return abs(a - b) <= TIME_EPS * max(1.0, abs(a), abs(b))


def dose_events(doses, start, end):
    """Sort, drop doses outside [start, end], merge doses at the same instant."""
    ev = []
    for t, amt in sorted(doses):
        if t < start and not same_time(t, start):
            continue
        if t > end and not same_time(t, end):
            continue
        if ev and same_time(ev[-1][0], t):
            ev[-1][1] += amt
        else:
            ev.append([t, amt])
    return ev


def segments(p, doses, start, end, rtol, atol):
    """Generator over the integration segments between dose times, with dense output.

    Yields (t0, t1, sol): sol is the solve_ivp result on [t0, t1] started from the
    post-dose state at t0 (sol.sol(t) evaluates the states), or None when the final
    segment has zero length (a dose exactly at `end`). Used by checkpoints.py for
    fine-resolution maxima without storing a fine grid for the whole run.
    """
    rhs = make_rhs(p)
    y = initial_state(p)
    bounds = [(td, amt) for td, amt in dose_events(doses, start, end)] + [(end, None)]
    t = start
    for td, amt in bounds:
        if same_time(td, t):
            td = t
        if td > t:
            sol = solve_ivp(rhs, (t, td), y, method="LSODA", rtol=rtol, atol=atol,
                            dense_output=True)
            if sol.status != 0:
                raise RuntimeError("LSODA failed on [%g, %g]: %s" % (t, td, sol.message))
            yield t, td, sol
            y = sol.y[:, -1].copy()
        elif amt is None:
            yield t, td, None
        if amt is not None:
            y[GUT] += amt
        t = td


def make_grid(start, end, step):
    """start, start+step, ... up to end inclusive (end itself if the step hits it)."""
    n = int(math.floor((end - start) / step + 1e-9))
    grid = start + step * np.arange(n + 1)
    if same_time(grid[-1], end):
        grid[-1] = end
    return grid


def simulate(p, doses, start, end, step, rtol=1e-10, atol=1e-12):
    """Outputs on the grid start, start+step, ..., <= end (end included).

    Returns (times, states (13 x n))."""
    grid = make_grid(start, end, step)
    Y = np.empty((NSTATE, grid.size))
    rhs = make_rhs(p)
    y = initial_state(p)
    ev = dose_events(doses, start, end)
    bounds = [(td, amt) for td, amt in ev] + [(end, None)]
    t = start
    i = 0  # next grid index to fill
    for td, amt in bounds:
        last = amt is None
        if same_time(td, t):
            td = t
        if i < grid.size and same_time(grid[i], t):
            grid[i] = t  # a grid point at a dose time shows exactly the post-dose state
        # grid points belonging to [t, td) (or [t, td] on the last segment)
        j = i
        while j < grid.size and (last or (grid[j] < td and not same_time(grid[j], td))):
            j += 1
        if td > t:
            te = np.clip(grid[i:j], t, td)
            # always evaluate td too, to carry the state over to the next segment
            te = np.append(te, td) if (te.size == 0 or te[-1] < td) else te
            sol = solve_ivp(rhs, (t, td), y, method="LSODA", rtol=rtol, atol=atol,
                            t_eval=te)
            if sol.status != 0:
                raise RuntimeError("LSODA failed on [%g, %g]: %s" % (t, td, sol.message))
            Y[:, i:j] = sol.y[:, : j - i]
            if j > i and grid[i] == t:
                Y[:, i] = y  # exact post-dose state (LSODA's interpolant at t0 is not)
            y = sol.y[:, -1].copy()
        else:
            Y[:, i:j] = y[:, None]
        i = j
        if not last:
            y[GUT] += amt
        t = td
    return grid, Y


def write_csv(path, p, grid, Y):
    out = outputs(p, Y)
    cols = [out[c] for c in COLUMNS[1:]]
    with open(path, "w") as f:
        f.write(",".join(COLUMNS) + "\n")
        for k in range(grid.size):
            f.write(format(round(float(grid[k]), 9), ".15g"))
            for c in cols:
                f.write(",")
                f.write(repr(float(c[k])))
            f.write("\n")


# --------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------

def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--amount", type=float, default=4.5, help="dose, mg")
    ap.add_argument("--first-dose", type=float, default=22.0, help="time of first dose, h")
    ap.add_argument("--interval", type=float, default=24.0, help="dosing interval, h")
    ap.add_argument("--count", type=int, default=56, help="number of doses")
    ap.add_argument("--start", type=float, default=0.0, help="start of run, h")
    ap.add_argument("--end", type=float, default=1344.0, help="end of run, h")
    ap.add_argument("--step", type=float, default=0.1, help="output step, h")
    ap.add_argument("--preset", default="pet-calibrated", choices=sorted(PRESETS))
    ap.add_argument("--rtol", type=float, default=1e-10)
    ap.add_argument("--atol", type=float, default=1e-12)
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="override a model parameter (repeatable), e.g. --set ka=2.5")
    ap.add_argument("--out", help="CSV file to write")
    ap.add_argument("--time-repeats", type=int, default=0, metavar="N",
                    help="after one warm-up run, time N runs and print "
                         "seconds_per_simulation=<median>")
    return ap.parse_args(argv)


def main(argv=None):
    a = parse_args(argv)
    overrides = dict(s.split("=", 1) for s in a.set)
    p = make_params(a.preset, overrides)
    doses = regimen(a.amount, a.first_dose, a.interval, a.count)

    def run():
        return simulate(p, doses, a.start, a.end, a.step, a.rtol, a.atol)

    grid, Y = run()  # also the warm-up run when timing
    if a.out:
        write_csv(a.out, p, grid, Y)
    if a.time_repeats > 0:
        times = []
        for _ in range(a.time_repeats):
            t0 = time.perf_counter()
            run()
            times.append(time.perf_counter() - t0)
        # the median, as ldnwb bench reports it
        print("seconds_per_simulation=%.6g" % statistics.median(times))
    return 0


if __name__ == "__main__":
    sys.exit(main())
