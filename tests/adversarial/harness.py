"""Tiny harness for adversarial ldnwb cases. Each case runs ./ldnwb with a timeout and records rc/stdout/stderr/time.
Automatic checks (flagged as SUSPECT): exit code outside {0,1,2,70}; stderr of a failing run not exactly one line;
raw control characters / bidi / ESC in stdout or stderr; a run taking longer than `slow` seconds; a timeout."""
import json, os, re, subprocess, sys, time, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LDNWB = os.path.join(ROOT, "ldnwb")
CASES = "/tmp/adv/cases"
EX = os.path.join(ROOT, "examples/pipelines")
os.makedirs(CASES, exist_ok=True)
RESULTS = []

UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]")

def base(name="ldn-vs-standard"):
    with open(os.path.join(EX, name + ".ldnpipe")) as f:
        return json.load(f)

def write(path, content):
    d = os.path.dirname(path)
    os.makedirs(d, exist_ok=True)
    mode = "wb" if isinstance(content, (bytes, bytearray)) else "w"
    with open(path, mode) as f:
        if isinstance(content, (dict, list)):
            f.write(json.dumps(content))
        else:
            f.write(content)
    return path

def casefile(name, content, ext=".ldnpipe"):
    return write(os.path.join(CASES, "files", name + ext), content)

def run(name, args, expect=None, env=None, timeout=120, cwd=ROOT, slow=None, note="", stdin=subprocess.DEVNULL):
    e = dict(os.environ)
    if env:
        e.update(env)
    t0 = time.time()
    timed_out = False
    try:
        p = subprocess.run([LDNWB] + list(args), cwd=cwd, env=e, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, stdin=stdin)
        rc, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as ex:
        rc, out, err, timed_out = None, ex.stdout or b"", ex.stderr or b"", True
    dt = time.time() - t0
    out_s = out.decode("utf-8", "replace")
    err_s = err.decode("utf-8", "replace")
    flags = []
    if timed_out:
        flags.append("TIMEOUT")
    if rc not in (0, 1, 2, 70, None):
        flags.append("rc=%s" % rc)
    if expect is not None and rc not in (expect if isinstance(expect, (list, tuple, set)) else [expect]):
        flags.append("unexpected rc %s (want %s)" % (rc, expect))
    errlines = [l for l in err_s.split("\n") if l and not l.startswith("warning:")]
    if rc not in (0, None) and len(errlines) != 1:
        flags.append("stderr has %d lines" % len(errlines))
    if UNSAFE.search(out_s):
        flags.append("raw control/bidi char in stdout: %r" % UNSAFE.search(out_s).group())
    if UNSAFE.search(err_s):
        flags.append("raw control/bidi char in stderr: %r" % UNSAFE.search(err_s).group())
    if slow and dt > slow:
        flags.append("slow %.1fs" % dt)
    if len(err_s) > 1500:
        flags.append("stderr %d chars" % len(err_s))
    rec = dict(name=name, args=args, rc=rc, time=round(dt, 2), out=out_s, err=err_s, flags=flags, note=note)
    RESULTS.append(rec)
    d = os.path.join(CASES, "log")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".json"), "w") as f:
        json.dump(rec, f, indent=1)
    shown_err = err_s.strip().replace("\n", " | ")
    print("%-40s rc=%-4s %5.1fs %s\n    err: %s\n    out: %s" % (name, rc, dt, ("SUSPECT " + "; ".join(flags)) if flags else "",
          shown_err[:400], out_s.strip().split("\n")[0][:200] if out_s.strip() else ""), flush=True)
    return rec

def clean(path):
    if os.path.islink(path) or os.path.isfile(path):
        os.remove(path)
    elif os.path.isdir(path):
        subprocess.run(["chattr", "-R", "-i", path], stderr=subprocess.DEVNULL)
        shutil.rmtree(path)
