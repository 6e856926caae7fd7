"""Command-line hostility: numbers, counts, options, overrides, scan ranges. Usage: python3 tests/adversarial/cases_cli.py [filter]"""
import copy, json, sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from harness import *

flt = sys.argv[1] if len(sys.argv) > 1 else ""
SP = os.path.join(EX, "single-50mg.ldnpipe")
DS = os.path.join(EX, "dose-scan.ldnpipe")
LV = os.path.join(EX, "ldn-vs-standard.ldnpipe")

def C(name, args, expect, **kw):
    if flt not in name:
        return
    return run(name, args, expect=expect, **kw)

def R(name, extra, expect, f=SP):
    return C(name, ["run", f, "--out", "/tmp/adv/o/" + name, "--no-plots"] + list(extra), expect)

def SC(name, extra, expect, f=DS, **kw):
    return C(name, ["scan", f, "--out", "/tmp/adv/o/" + name, "--no-plots"] + list(extra), expect, **kw)

C("c-noargs", [], 2)
C("c-help", ["--help"], 0)
C("c-debug-only", ["--debug"], 2)
C("c-unknown-cmd-ansi", ["\x1b[31mrun"], 2)
C("c-run-nofile", ["run"], 2)
C("c-run-two-files", ["run", SP, SP], 2)
C("c-run-missing-file", ["run", "/tmp/adv/nope.ldnpipe"], 1)
C("c-run-help-opt", ["run", "--help"], 2)
C("c-run-out-noval", ["run", SP, "--out"], 2)
C("c-run-unknown-opt", ["run", SP, "--frobnicate"], 2)
C("c-run-dashdash", ["run", "--", SP], 2)
C("c-list-arg", ["list", "x"], 2)
C("c-arg-100k", ["run", "x" * 100_000], 1, slow=5)
C("c-arg-ansi-file", ["validate", "/tmp/adv/\x1b]0;pwn\x07\x1b[2J.ldnpipe"], 1)
C("c-arg-bidi-file", ["validate", "/tmp/adv/\u202egnp.ldnpipe"], 1)
for v, e in [("4.5d", 2), ("0x1p2", 2), ("1_000", 2), (" 3", 2), ("3 ", 2), ("+3", 2), ("1e400", 2), ("NaN", 2),
             ("Infinity", 2), ("", 2), (".", 2), ("-", 2), ("1.", 2), ("\uff14", 2), ("1e-400", 1),
             ("3,5", 2), ("1e+1", 0), ("-0", 1), ("0" * 2000 + "1", 0)]:
    R("c-set-" + repr(v)[1:-1].replace("/", "_")[:30], ["--set", "dosing.amount=" + v], e)
R("c-set-noeq", ["--set", "dosing.amount"], 2)
R("c-set-emptykey", ["--set", "=3"], 2)
R("c-set-nodot", ["--set", "amount=3"], 2)
R("c-set-spacekey", ["--set", " dosing.amount =3"], [0, 2])
R("c-set-unknown-node", ["--set", "nosuch.amount=3"], 1)
R("c-set-ansi-key", ["--set", "dosing.\x1b[31mamount=3"], [1, 2])
R("c-set-longkey", ["--set", "dosing." + "a" * 100_000 + "=3"], [1, 2])
R("c-set-count-frac", ["--set", "dosing.count=2.5"], 1)
R("c-set-count-1e0", ["--set", "dosing.count=1e0"], 0)
R("c-set-twice", ["--set", "dosing.amount=3", "--set", "dosing.amount=4"], [0, 2])
R("c-preset-bad", ["--preset", "receptor=nosuch"], 1)
R("c-preset-noeq", ["--preset", "receptor"], 2)
R("c-preset-empty", ["--preset", "receptor="], 2)
R("c-preset-ansi", ["--preset", "receptor=\x1b[31mx"], [1, 2])
R("c-preset-nonode", ["--preset", "nosuch=pet-calibrated"], 1)
R("c-preset-on-nopreset-mech", ["--preset", "pk=pet-calibrated"], 1)
R("c-out-twice", ["--out", "/tmp/adv/o/c-out-twice-a"], [0, 2])
R("c-noplots-eq", ["--no-plots=yes"], 2)
# scan
SC("c-scan-noparam", ["--values", "1,2"], 2)
SC("c-scan-both", ["--param", "dosing.amount", "--values", "1", "--range", "1:2:2"], 2)
SC("c-scan-values-empty", ["--param", "dosing.amount", "--values", ""], 2)
SC("c-scan-values-double-comma", ["--param", "dosing.amount", "--values", "1,,2"], 2)
SC("c-scan-values-10001", ["--param", "dosing.amount", "--values", ",".join(["1"] * 10001)], 2)
SC("c-scan-range-n-frac", ["--param", "dosing.amount", "--range", "1:2:2.5"], 2)
SC("c-scan-range-n-1e1", ["--param", "dosing.amount", "--range", "1:2:1e1"], [0, 2])
SC("c-scan-range-n-1", ["--param", "dosing.amount", "--range", "1:2:1"], 2)
SC("c-scan-range-n-10001", ["--param", "dosing.amount", "--range", "1:2:10001"], 2)
SC("c-scan-range-LOG", ["--param", "dosing.amount", "--range", "1:2:2:LOG"], 2)
SC("c-scan-range-extra", ["--param", "dosing.amount", "--range", "1:2:2:log:"], 2)
SC("c-scan-range-log-neg", ["--param", "dosing.amount", "--range", "-1:2:2:log"], 2)
SC("c-scan-range-overflow", ["--param", "dosing.amount", "--range", "-1e308:1e308:3"], [1, 2])
SC("c-scan-range-hi-out", ["--param", "dosing.amount", "--range", "1:1001:3"], [1, 2])
SC("c-scan-param-bad", ["--param", "dosing", "--values", "1"], 2)
SC("c-scan-param-unknown", ["--param", "dosing.nosuch", "--values", "1"], [1, 2])
SC("c-scan-param-ansi", ["--param", "dosing.\x1b[31m", "--values", "1"], [1, 2])
SC("c-scan-threads-0", ["--param", "dosing.amount", "--values", "1", "--threads", "0"], 2)
SC("c-scan-threads-hex", ["--param", "dosing.amount", "--values", "1", "--threads", "0x10"], 2)
SC("c-scan-threads-huge", ["--param", "dosing.amount", "--values", "1", "--threads", "99999999999999999999999"], 2)
SC("c-scan-threads-100000", ["--param", "dosing.amount", "--values", "1,2", "--threads", "100000"], 0)
SC("c-scan-Q-documented-range-log", ["--param", "pk.Q", "--range", "1:100:5:log"], 0)
SC("c-scan-count-log", ["--param", "dosing.count", "--range", "1:56:5:log"], [0, 1, 2])
SC("c-scan-count-mid-frac", ["--param", "dosing.count", "--range", "1:56:12"], [1, 2])
SC("c-scan-count-mid-frac-time", ["--param", "dosing.count", "--values", "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,55.5,56"], [1, 2])
SC("c-scan-amount-mid-out-of-range", ["--param", "dosing.amount", "--values", "1,5000,2,3"], [1, 2])
SC("c-scan-readme-example", ["--param", "dosing.amount", "--range", "0.5:100:12:log"], 0)
C("c-bench-repeat-0", ["bench", SP, "--repeat", "0"], 2)
C("c-bench-warmup-1e3", ["bench", SP, "--warmup", "1e3"], 2)
C("c-bench-repeat-huge", ["bench", SP, "--repeat", "100000", "--warmup", "0"], [0, 1, 2], timeout=60)
C("c-validate-set", ["validate", SP, "--set", "dosing.count=2.5"], 1)
C("c-validate-out", ["validate", SP, "--out", "/tmp/adv/x"], 2)
