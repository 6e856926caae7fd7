#!/usr/bin/python3
"""Compare two or three LDN time-series CSVs column by column.

    compare.py REF.csv OTHER.csv [THIRD.csv] [--rtol 1e-4] [--floor 1e-9]

The first file is the reference; every other file is compared with it. The files
must have identical headers and the same time grid (times equal to 1e-9 h relative).

Tolerance rule, per value pair (a from the reference, b from the other file):

    |a - b| <= rtol * max(|a|, |b|) + floor_c
    floor_c  = floor * max |value| of column c over all files (1e-15 if that is 0)

i.e. 1e-4 relative, plus an absolute floor of 1e-9 of the column's scale so that
values that are zero up to round-off (e.g. concentrations before the first dose,
or the smallest TLR4 inhibition) do not produce meaningless relative errors.

Reported per column:
  max rel diff  max |a-b| / max(|a|,|b|) over the points where the floor does not
                dominate, i.e. max(|a|,|b|) >= floor_c / rtol (1e-5 of column max)
  at time       where that maximum occurs
  max abs diff  max |a-b|
  usage         max |a-b| / (rtol*max(|a|,|b|) + floor_c); the column passes iff <= 1

Output: a Markdown table per compared file, then one machine-readable line per file
    RESULT file=<path> max_rel_diff=<float> ok=<true|false>
Exit status: 0 all columns agree, 1 disagreement, 2 files not comparable.
"""

import argparse
import csv
import sys

import numpy as np

TIME_TOL = 1e-9


def read_csv(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    if not rows:
        raise ValueError("%s: empty file" % path)
    header = [h.strip() for h in rows[0]]
    body = [r for r in rows[1:] if r]
    data = np.array([[float(x) for x in r] for r in body], dtype=float)
    if data.ndim != 2 or data.shape[1] != len(header):
        raise ValueError("%s: ragged rows" % path)
    return header, data


def compare(ref, other, names, rtol, floors):
    """Per-column statistics for `other` against `ref` (both n x m arrays)."""
    stats = []
    for c, name in enumerate(names):
        if c == 0:
            continue  # time column, checked separately
        a, b = ref[:, c], other[:, c]
        both_nan = np.isnan(a) & np.isnan(b)
        diff = np.where(both_nan, 0.0, np.abs(a - b))
        diff = np.where(np.isnan(diff), np.inf, diff)
        m = np.maximum(np.abs(a), np.abs(b))
        m = np.where(np.isnan(m), 0.0, m)
        floor = floors[c]
        significant = m >= floor / rtol
        rel = np.where(significant, diff / np.where(m > 0, m, 1.0), 0.0)
        rel = np.where(np.isinf(diff), np.inf, rel)
        usage = diff / (rtol * m + floor)
        k = int(np.argmax(rel)) if rel.size else 0
        stats.append({
            "column": name,
            "max_rel": float(rel[k]) if rel.size else 0.0,
            "at_time": float(ref[k, 0]) if rel.size else float("nan"),
            "max_abs": float(diff.max()) if diff.size else 0.0,
            "floor": floor,
            "usage": float(usage.max()) if usage.size else 0.0,
            "ok": bool(usage.size == 0 or usage.max() <= 1.0),
        })
    return stats


def main(argv=None):
    ap = argparse.ArgumentParser(description="Compare LDN time-series CSVs "
                                 "(first file is the reference).")
    ap.add_argument("files", nargs="+", metavar="CSV")
    ap.add_argument("--rtol", type=float, default=1e-4, help="relative tolerance (1e-4)")
    ap.add_argument("--floor", type=float, default=1e-9,
                    help="absolute floor as a fraction of each column's max |value| (1e-9)")
    a = ap.parse_args(argv)
    if not 2 <= len(a.files) <= 3:
        ap.error("give two or three CSV files")

    try:
        tables = [read_csv(p) for p in a.files]
    except (OSError, ValueError) as e:
        print("error: %s" % e, file=sys.stderr)
        return 2
    names, ref = tables[0]
    for path, (h, d) in zip(a.files[1:], tables[1:]):
        if h != names:
            print("error: header of %s differs from %s:\n  %s\n  %s"
                  % (path, a.files[0], ",".join(h), ",".join(names)), file=sys.stderr)
            return 2
        if d.shape != ref.shape:
            print("error: %s has %d rows, %s has %d" % (path, d.shape[0], a.files[0],
                  ref.shape[0]), file=sys.stderr)
            return 2
        dt = np.abs(d[:, 0] - ref[:, 0])
        if np.any(dt > TIME_TOL * np.maximum(1.0, np.abs(ref[:, 0]))):
            k = int(np.argmax(dt))
            print("error: time grids differ (row %d: %r vs %r)" % (k + 1, d[k, 0],
                  ref[k, 0]), file=sys.stderr)
            return 2

    colmax = np.nanmax(np.abs(np.stack([d for _, d in tables])), axis=(0, 1))
    floors = [max(a.floor * float(cm), 1e-15) for cm in colmax]

    status = 0
    results = []
    for path, (_, d) in zip(a.files[1:], tables[1:]):
        stats = compare(ref, d, names, a.rtol, floors)
        print("\n### %s vs %s (reference), rtol %g, floor %g x column max\n"
              % (path, a.files[0], a.rtol, a.floor))
        print("| column | max rel diff | at time | max abs diff | floor | usage | ok |")
        print("|---|---:|---:|---:|---:|---:|---|")
        for s in stats:
            print("| %s | %.3g | %g | %.3g | %.2g | %.3g | %s |" % (
                s["column"], s["max_rel"], s["at_time"], s["max_abs"], s["floor"],
                s["usage"], "ok" if s["ok"] else "**FAIL**"))
        worst = max(s["max_rel"] for s in stats) if stats else 0.0
        ok = all(s["ok"] for s in stats)
        if not ok:
            status = 1
        results.append("RESULT file=%s max_rel_diff=%.3g ok=%s"
                       % (path, worst, "true" if ok else "false"))
    print()
    for r in results:
        print(r)
    return status


if __name__ == "__main__":
    sys.exit(main())
