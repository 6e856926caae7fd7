"""More: empty pipelines, event limits over long spans, across-scenario sizes, reproduction of overrides."""
import copy, json, sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from harness import *
flt = sys.argv[1] if len(sys.argv) > 1 else ""
S = base("single-50mg"); B = base(); D = base("dose-scan")
def mut(fn, src=None):
    p = copy.deepcopy(src or B); fn(p); return p
def VR(name, content, vexpect=1, rexpect=1, extra=(), cmd_extra=("--no-plots",), **kw):
    if flt not in name: return
    f = casefile(name, content)
    v = run(name + "#validate", ["validate", f], expect=vexpect)
    r = run(name + "#run", ["run", f, "--out", "/tmp/adv/o/" + name] + list(cmd_extra) + list(extra), expect=rexpect, **kw)
    if (v["rc"] == 0) != (r["rc"] == 0): print("    ** validate rc=%s but run rc=%s" % (v["rc"], r["rc"]))
    return r

VR("m-no-nodes", json.dumps({"format": "ldn-pipeline/1", "nodes": []}), vexpect=[0, 1], rexpect=[0, 1])
VR("m-only-dosing", json.dumps({"format": "ldn-pipeline/1", "nodes": [{"id": "d", "mechanism": "org.ldnworkbench.pk.oralDosing"}]}), vexpect=[0, 1], rexpect=[0, 1], cmd_extra=())
VR("m-count-0", json.dumps(mut(lambda p: p["nodes"][0]["parameters"].__setitem__("count", 0), S)), vexpect=0, rexpect=0)
def many_dosing(n, count):
    def f(p):
        p["simulation"].update(start=0, end=60000, step=10)
        for i in range(n):
            p["nodes"].append({"id": "d%d" % i, "mechanism": "org.ldnworkbench.pk.oralDosing",
                               "parameters": {"count": count, "interval": 0.5, "amount": 0, "firstDose": 0}})
            p["connections"].append({"from": "d%d.dose" % i, "to": "pk.dose"})
        p.pop("scenarios", None)
    return f
VR("m-events-1.1M-long", json.dumps(mut(many_dosing(11, 100000), S)), timeout=600, slow=60)
# 12 scenarios x ~18.7M recorded values each (each run alone is under the 20M limit)
def big(p):
    p["simulation"].update(start=0, end=170000, step=0.1)
    p["scenarios"] = [{"id": "s%d" % i, "name": "s%d" % i, "parameters": {"dosing.amount": 1 + i}} for i in range(12)]
VR("m-12-scen-x-18M", json.dumps(mut(big, S)), vexpect=[0, 1], rexpect=[0, 1], timeout=600, slow=60)
