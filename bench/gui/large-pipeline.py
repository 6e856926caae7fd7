#!/usr/bin/env python3
"""Writes a valid pipeline of N nodes (default 200) for the editor benchmark of docs/BENCHMARKS.md:
N/5 copies of the default LDN chain (dosing -> pk -> receptor -> rebound -> inflammation), wired as in
examples/pipelines/ldn-vs-standard.ldnpipe, without a layout (the editor lays it out with ELK on open).

    bench/gui/large-pipeline.py [N] > /tmp/large.ldnpipe
"""
import json
import sys

CHAIN = [
    ("dosing", "org.ldnworkbench.pk.oralDosing"),
    ("pk", "org.ldnworkbench.pk.naltrexone"),
    ("receptor", "org.ldnworkbench.receptor.mu"),
    ("rebound", "org.ldnworkbench.rebound.endogenous"),
    ("inflammation", "org.ldnworkbench.inflammation.glia"),
]
WIRES = [
    ("dosing.dose", "pk.dose"), ("pk.Cntx", "receptor.Cntx"), ("pk.Cntxol", "receptor.Cntxol"),
    ("receptor.occupancy", "rebound.occupancy"), ("pk.Cntx", "inflammation.Cntx"),
    ("rebound.signaling", "inflammation.signaling"),
]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    if n < 5 or n % 5:
        sys.exit("large-pipeline.py: N must be a positive multiple of 5, not %s" % n)
    nodes, connections = [], []
    for copy in range(1, n // 5 + 1):
        for short, mechanism in CHAIN:
            nodes.append({"id": "%s%d" % (short, copy), "mechanism": mechanism})
        for source, target in WIRES:
            (sn, sp), (tn, tp) = source.split("."), target.split(".")
            connections.append({"from": "%s%d.%s" % (sn, copy, sp), "to": "%s%d.%s" % (tn, copy, tp)})
    pipeline = {"format": "ldn-pipeline/1", "name": "%d-node editor benchmark" % n,
                "simulation": {"start": 0, "end": 168, "step": 0.5},
                "nodes": nodes, "connections": connections}
    json.dump(pipeline, sys.stdout, indent=1)
    sys.stdout.write("\n")


main()
