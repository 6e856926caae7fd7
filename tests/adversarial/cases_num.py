"""Numerics and size limits: run vs validate. Usage: python3 tests/adversarial/cases_num.py [filter]"""
import copy, json, sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from harness import *

flt = sys.argv[1] if len(sys.argv) > 1 else ""
B = base()
S = base("single-50mg")
D = base("dose-scan")

def mut(fn, src=None):
    p = copy.deepcopy(src or B)
    fn(p)
    return p

def sim(**kw):
    def f(p):
        p["simulation"].update(kw)
        for k, v in list(p["simulation"].items()):
            if v is None:
                del p["simulation"][k]
    return f

def VR(name, content, vexpect=1, rexpect=1, extra=(), timeout=180, slow=60, env=None):
    """validate and run the same file; flags when they disagree"""
    if flt not in name:
        return
    f = casefile(name, content)
    v = run(name + "#validate", ["validate", f] + list(extra), expect=vexpect, slow=15, env=env)
    r = run(name + "#run", ["run", f, "--out", "/tmp/adv/o/" + name, "--no-plots"] + list(extra), expect=rexpect,
            timeout=timeout, slow=slow, env=env)
    if (v["rc"] == 0) != (r["rc"] == 0):
        print("    ** validate rc=%s but run rc=%s" % (v["rc"], r["rc"]))
    return v, r

# grid / recorded values
VR("n-step-1e-3", json.dumps(mut(sim(step=1e-3))))  # 1.344M points x outputs > 20M values
VR("n-points-2000001", json.dumps(mut(sim(start=0, end=200000, step=0.1), S)))
VR("n-denormal-step", json.dumps(mut(sim(step=5e-324))))
VR("n-span-1e6-plus", json.dumps(mut(sim(start=0, end=1000000.0000001, step=1))))
VR("n-start-1e15", json.dumps(mut(sim(start=1e15, end=1e15 + 100, step=0.1))))
VR("n-end-lt-start", json.dumps(mut(sim(start=10, end=5))))
VR("n-step-gt-span", json.dumps(mut(sim(start=0, end=1, step=5))), vexpect=[0, 1], rexpect=[0, 1])
VR("n-neg-start", json.dumps(mut(sim(start=-100, end=100, step=0.1), S)), vexpect=[0, 1], rexpect=[0, 1])
VR("n-rtol-loose", json.dumps(mut(sim(rtol=0.99, atol=1000))))
VR("n-rtol-edge", json.dumps(mut(sim(rtol=1.0000000000000002e-3))))
VR("n-atol-tiny", json.dumps(mut(sim(atol=1e-17))))
VR("n-rtol-zero", json.dumps(mut(sim(rtol=0))))
VR("n-integrator-case", json.dumps(mut(sim(integrator="RK4", fixedStep=0.01))))
VR("n-integrator-unknown", json.dumps(mut(sim(integrator="euler"))))
VR("n-rk4-no-fixedstep", json.dumps(mut(sim(integrator="rk4", fixedStep=None))), vexpect=[0, 1], rexpect=[0, 1])
VR("n-fixedstep-with-dp853", json.dumps(mut(sim(fixedStep=500))), vexpect=[0, 1], rexpect=[0, 1])
VR("n-rk4-step1", json.dumps(mut(sim(integrator="rk4", fixedStep=1))))
VR("n-rk4-step-span", json.dumps(mut(sim(integrator="rk4", fixedStep=1344))))
VR("n-rk4-step-0.9", json.dumps(mut(sim(integrator="rk4", fixedStep=0.9))), vexpect=[0, 1], rexpect=[0, 1])
VR("n-rk4-step-0.5", json.dumps(mut(sim(integrator="rk4", fixedStep=0.5))), vexpect=[0, 1], rexpect=[0, 1])
VR("n-rk4-step-tiny-1e9", json.dumps(mut(sim(integrator="rk4", fixedStep=1.344e-6))))
VR("n-rk4-fixed-denormal", json.dumps(mut(sim(integrator="rk4", fixedStep=5e-324))))
VR("n-dp54-loosest", json.dumps(mut(sim(integrator="dormand-prince-54", rtol=1e-3, atol=1e-6))), vexpect=0, rexpect=0)
VR("n-dp853-loosest", json.dumps(mut(sim(rtol=1e-3, atol=1e-6))), vexpect=0, rexpect=0)
# integer parameter
VR("n-count-2.5", json.dumps(mut(lambda p: p["nodes"][0]["parameters"].__setitem__("count", 2.5))))
VR("n-count-tiny-frac", json.dumps(mut(lambda p: p["nodes"][0]["parameters"].__setitem__("count", 1e-300))))
VR("n-count-scen-frac", json.dumps(mut(lambda p: p["scenarios"][2]["parameters"].__setitem__("dosing.count", 55.5))))
VR("n-count-neg-zero", json.dumps(mut(lambda p: p["nodes"][0]["parameters"].__setitem__("count", -0.0))), vexpect=0, rexpect=0)
VR("n-count-100001", json.dumps(mut(lambda p: p["nodes"][0]["parameters"].__setitem__("count", 100001))))
# doses table
def doses(rows):
    return lambda p: p["nodes"][0].__setitem__("tables", {"doses": rows})
VR("n-doses-100000", json.dumps(mut(doses([[0.01 * i, 1] for i in range(100000)]), S)), vexpect=[0, 1], rexpect=[0, 1])
VR("n-doses-100001", json.dumps(mut(doses([[0.01 * i, 1] for i in range(100001)]), S)))
VR("n-doses-row-101", json.dumps(mut(doses([[1.0] * 101]), S)))
VR("n-doses-row-1", json.dumps(mut(doses([[1.0]]), S)))
VR("n-doses-row-3", json.dumps(mut(doses([[1.0, 2.0, 3.0]]), S)))
VR("n-doses-neg-amount", json.dumps(mut(doses([[1.0, -50]]), S)))
VR("n-doses-neg-time", json.dumps(mut(doses([[-5.0, 50]]), S)), vexpect=[0, 1], rexpect=[0, 1])
VR("n-doses-huge-amount", json.dumps(mut(doses([[1.0, 1e300]]), S)))
VR("n-doses-same-time", json.dumps(mut(doses([[22.0, 4.5]] * 1000), S)), vexpect=[0, 1], rexpect=[0, 1])
VR("n-doses-empty-row", json.dumps(mut(doses([[]]), S)))
VR("n-doses-unknown-table", json.dumps(mut(lambda p: p["nodes"][0].__setitem__("tables", {"dose": [[1, 2]]}), S)))
VR("n-tables-101", json.dumps(mut(lambda p: p["nodes"][0].__setitem__("tables", {("t%d" % i): [[1]] for i in range(101)}), S)))
# events: many dosing nodes
def many_dosing(n, count):
    def f(p):
        for i in range(n):
            p["nodes"].append({"id": "d%d" % i, "mechanism": "org.ldnworkbench.pk.oralDosing",
                               "parameters": {"count": count, "interval": 0.5, "amount": 0}})
            p["connections"].append({"from": "d%d.dose" % i, "to": "pk.dose"})
    return f
VR("n-events-1.1M", json.dumps(mut(many_dosing(11, 100000), S)), timeout=300)
# recorded values across scenarios: 100 scenarios x ~20M values each
def hundred_scen(p):
    p["scenarios"] = [{"id": "s%d" % i, "name": "s%d" % i, "parameters": {"dosing.amount": 1 + i}} for i in range(100)]
VR("n-100-scen-near-limit", json.dumps(mut(lambda p: (sim(start=0, end=90000, step=0.1)(p), hundred_scen(p)), S)),
   vexpect=[0, 1], rexpect=[0, 1], timeout=300, env={"LDNWB_JAVA_OPTS": "-Xmx1g"})
