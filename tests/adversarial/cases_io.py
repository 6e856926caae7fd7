"""File-system hostility: input kinds, --out places, user files in results folders, permissions, disk full.
Usage: python3 tests/adversarial/cases_io.py [filter]   (root; mounts small tmpfs under /tmp/adv and unmounts them)"""
import copy, json, os, socket, subprocess, sys, time
sys.path.insert(0, os.path.dirname(__file__))
from harness import *

flt = sys.argv[1] if len(sys.argv) > 1 else ""
SP = os.path.join(EX, "single-50mg.ldnpipe")
LV = os.path.join(EX, "ldn-vs-standard.ldnpipe")
W = "/tmp/adv/io"
os.makedirs(W, exist_ok=True)

def sh(cmd):
    return subprocess.run(cmd, shell=True, capture_output=True, text=True)

def tree(d):
    return sh("cd %s 2>/dev/null && find . -printf '%%y %%p\\n' | sort" % d).stdout

def C(name, args, expect, **kw):
    if flt not in name:
        return None
    return run(name, args, expect=expect, **kw)

def RUN(name, f, out, expect, extra=("--no-plots",), **kw):
    return C(name, ["run", f, "--out", out] + list(extra), expect, **kw)

def fresh(path):
    clean(path)
    os.makedirs(path)
    return path

# ---- input kinds
if flt in "i-":
    os.makedirs(W + "/in", exist_ok=True)
    p = W + "/in/fifo.ldnpipe"; clean(p); os.mkfifo(p)
    C("i-fifo", ["run", p], 1, timeout=20)
    C("i-dir", ["run", W + "/in"], 1)
    C("i-dev-zero", ["run", "/dev/zero"], 1)
    C("i-dev-urandom", ["validate", "/dev/urandom"], 1)
    C("i-dev-stdin-pipe", ["validate", "/dev/stdin"], 1, stdin=subprocess.PIPE, timeout=20)
    C("i-proc-status", ["validate", "/proc/self/status"], 1)
    C("i-proc-mem", ["validate", "/proc/self/mem"], 1)
    C("i-proc-kmsg", ["validate", "/proc/kmsg"], 1, timeout=20)
    s = W + "/in/sock.ldnpipe"; clean(s)
    so = socket.socket(socket.AF_UNIX); so.bind(s)
    C("i-socket", ["validate", s], 1)
    so.close()
    l = W + "/in/loop.ldnpipe"; clean(l); os.symlink(l, l)
    C("i-symlink-loop", ["validate", l], 1)
    d = W + "/in/dangling.ldnpipe"; clean(d); os.symlink("/nonexistent/x", d)
    C("i-dangling", ["validate", d], 1)
    z = W + "/in/zero-link.ldnpipe"; clean(z); os.symlink("/dev/zero", z)
    C("i-link-to-zero", ["validate", z], 1)
    sp = W + "/in/sparse.ldnpipe"; clean(sp); sh("truncate -s 10G " + sp)
    C("i-sparse-10G", ["validate", sp], 1, slow=3)
    C("i-notdir", ["validate", SP + "/x"], 1)
    C("i-empty-name", ["validate", ""], [1, 2])
    C("i-dot", ["validate", "."], 1)
    C("i-etc-shadow", ["validate", "/etc/shadow"], 1)
    sh("touch %s/in/ro.ldnpipe && cp %s %s/in/ro.ldnpipe && chmod 000 %s/in/ro.ldnpipe" % (W, SP, W, W))
    C("i-chmod000-root", ["validate", W + "/in/ro.ldnpipe"], [0, 1])

# ---- --out places
if flt in "o-":
    C("o-out-file", ["run", SP, "--out", SP, "--no-plots"], 1)
    fifo = W + "/outfifo"; clean(fifo); os.mkfifo(fifo)
    C("o-out-fifo", ["run", SP, "--out", fifo, "--no-plots"], 1, timeout=20)
    link = W + "/outlink"; clean(link); fresh(W + "/outlink-target"); os.symlink(W + "/outlink-target", link)
    C("o-out-symlink", ["run", SP, "--out", link, "--no-plots"], 1)
    C("o-out-symlink-slash", ["run", SP, "--out", link + "/", "--no-plots"], 1)
    C("o-out-proc", ["run", SP, "--out", "/proc/self/x", "--no-plots"], 1)
    C("o-out-proc-fd", ["run", SP, "--out", "/proc/self/fd", "--no-plots"], 1)
    C("o-out-sys", ["run", SP, "--out", "/sys/adv-x", "--no-plots"], 1)
    C("o-out-dev-null", ["run", SP, "--out", "/dev/null", "--no-plots"], 1)
    C("o-out-dev-shm-sub-of-dev", ["run", SP, "--out", "/dev/adv-ldnwb-test", "--no-plots"], [0, 1])
    print("   /dev after:", sh("ls -a /dev | grep -i adv").stdout.split())
    sh("rm -rf /dev/adv-ldnwb-test /dev/.adv-ldnwb-test.ldnwb-lock")
    C("o-out-root", ["run", SP, "--out", "/", "--no-plots"], 2)
    C("o-out-root-dotdot", ["run", SP, "--out", "/tmp/../..", "--no-plots"], 2)
    C("o-out-home", ["run", SP, "--out", os.path.expanduser("~"), "--no-plots"], 2)
    C("o-out-home-slash", ["run", SP, "--out", os.path.expanduser("~") + "//", "--no-plots"], 2)
    C("o-out-empty", ["run", SP, "--out", "", "--no-plots"], 2)
    C("o-out-dot", ["run", SP, "--out", ".", "--no-plots"], 2)
    C("o-out-dotdot", ["run", SP, "--out", "..", "--no-plots"], 2)
    C("o-out-cwd-abs-trailing", ["run", SP, "--out", ROOT + "/./", "--no-plots"], 2)
    C("o-out-tmp", ["run", SP, "--out", "/tmp", "--no-plots"], 1)
    C("o-out-etc", ["run", SP, "--out", "/etc", "--no-plots"], 1)
    C("o-out-rel-dotdot", ["run", SP, "--out", "../../tmp/adv/o/rel-dotdot", "--no-plots"], 0)
    C("o-out-trailing-slash", ["run", SP, "--out", "/tmp/adv/o/trail/", "--no-plots"], 0)
    C("o-out-trailing-dot", ["run", SP, "--out", "/tmp/adv/o/trail/.", "--no-plots"], 0)
    print("   ", sh("ls -a /tmp/adv/o | grep trail").stdout.split())
    C("o-out-255", ["run", SP, "--out", "/tmp/adv/o/" + "n" * 255, "--no-plots"], 1)
    C("o-out-240", ["run", SP, "--out", "/tmp/adv/o/" + "n" * 240, "--no-plots"], [0, 1])
    C("o-out-newline", ["run", SP, "--out", "/tmp/adv/o/new\nline\x1b[31m", "--no-plots"], 0)
    C("o-out-parent-is-file", ["run", SP, "--out", SP + "/x", "--no-plots"], 1)
    loopd = W + "/loopdir"; clean(loopd); os.symlink(loopd, loopd)
    C("o-out-parent-loop", ["run", SP, "--out", loopd + "/x", "--no-plots"], 1)
    # --out through a symlinked parent + '..' : the OS resolves link/.. physically, ldnwb lexically
    fresh(W + "/phys/a/b"); clean(W + "/phys/lnk"); os.symlink(W + "/phys/a/b", W + "/phys/lnk")
    clean(W + "/phys/x"); clean(W + "/phys/a/x")
    C("o-out-link-dotdot", ["run", SP, "--out", W + "/phys/lnk/../x", "--no-plots"], 0)
    print("    lexical x exists:", os.path.exists(W + "/phys/x"), " physical a/x exists:", os.path.exists(W + "/phys/a/x"))
    # lock file planted as a folder / fifo / symlink
    fresh(W + "/lk"); os.makedirs(W + "/lk/.r.ldnwb-lock")
    C("o-lock-is-dir", ["run", SP, "--out", W + "/lk/r", "--no-plots"], 1)
    fresh(W + "/lk2"); os.mkfifo(W + "/lk2/.r.ldnwb-lock")
    C("o-lock-is-fifo", ["run", SP, "--out", W + "/lk2/r", "--no-plots"], [0, 1], timeout=20)
    fresh(W + "/lk3"); write(W + "/precious.txt", "precious\n"); os.symlink(W + "/precious.txt", W + "/lk3/.r.ldnwb-lock")
    C("o-lock-is-symlink", ["run", SP, "--out", W + "/lk3/r", "--no-plots"], 1)
    print("    precious:", open(W + "/precious.txt").read().strip())

# ---- user files and results folders
if flt in "u-":
    # folder holding the input pipeline
    fresh(W + "/proj"); sh("cp %s %s/proj/my.ldnpipe" % (SP, W))
    C("u-out-is-input-folder", ["run", W + "/proj/my.ldnpipe", "--out", W + "/proj", "--no-plots"], 1)
    # ... named pipeline.ldnpipe, with an override
    fresh(W + "/proj2"); sh("cp %s %s/proj2/pipeline.ldnpipe" % (SP, W))
    before = open(W + "/proj2/pipeline.ldnpipe").read()
    C("u-out-holds-input-pipeline", ["run", W + "/proj2/pipeline.ldnpipe", "--out", W + "/proj2", "--set", "dosing.amount=3", "--no-plots"], 1)
    after = open(W + "/proj2/pipeline.ldnpipe").read() if os.path.exists(W + "/proj2/pipeline.ldnpipe") else "(gone)"
    print("    user's pipeline.ldnpipe unchanged:", before == after)
    # user's own folder that happens to fit the old layout
    fresh(W + "/mydata"); write(W + "/mydata/summary.json", '{"my": "hand-written notes"}')
    write(W + "/mydata/scan.csv", "my,own,measurements\n1,2,3\n"); write(W + "/mydata/patient7/timeseries.csv", "t,x\n0,1\n")
    write(W + "/mydata/plots/figure1.png", "PNGDATA")
    C("u-legacy-looking-user-folder", ["run", SP, "--out", W + "/mydata", "--no-plots"], 1)
    print("    mydata now:", tree(W + "/mydata").split("\n")[:12])
    # empty sub-folders (user's structure) in a marked results folder
    clean("/tmp/adv/o/u-empty"); sh("%s run %s --out /tmp/adv/o/u-empty --no-plots >/dev/null 2>&1" % (LDNWB, SP))
    os.makedirs("/tmp/adv/o/u-empty/my-analysis/2024/drafts")
    C("u-empty-user-folders", ["run", SP, "--out", "/tmp/adv/o/u-empty", "--no-plots"], 1)
    print("    user folder kept:", os.path.isdir("/tmp/adv/o/u-empty/my-analysis/2024/drafts"))
    # nested inside another run's results
    clean("/tmp/adv/o/outer"); sh("%s run %s --out /tmp/adv/o/outer --no-plots >/dev/null 2>&1" % (LDNWB, LV))
    t0 = tree("/tmp/adv/o/outer")
    C("u-nested-in-results", ["run", SP, "--out", "/tmp/adv/o/outer/ldn-pet", "--no-plots"], 1)
    print("    outer changed:", t0 != tree("/tmp/adv/o/outer"))
    print("   ", [l for l in tree("/tmp/adv/o/outer").split("\n") if "ldn-pet" in l][:8])
    C("u-outer-rerun", ["run", LV, "--out", "/tmp/adv/o/outer", "--no-plots"], 0)
    C("u-nested-plots", ["run", SP, "--out", "/tmp/adv/o/outer/plots"], 1)
    C("u-parent-of-results", ["run", SP, "--out", "/tmp/adv/o", "--no-plots"], 1)
    # input pipeline inside the out folder (the copy), with an override: re-run reproduces?
    clean("/tmp/adv/o/u-self"); sh("%s run %s --out /tmp/adv/o/u-self --no-plots >/dev/null 2>&1" % (LDNWB, LV))
    C("u-self-input", ["run", "/tmp/adv/o/u-self/pipeline.ldnpipe", "--out", "/tmp/adv/o/u-self", "--set", "dosing.amount=3", "--no-plots"], 0)
    # default output place from odd file names
    cwd = fresh(W + "/cwd")
    write(cwd + "/.ldnpipe", open(SP).read()); write(cwd + "/...ldnpipe", open(SP).read())
    C("u-default-out-dotfile", ["run", cwd + "/.ldnpipe", "--no-plots"], [0, 1], cwd=cwd)
    print("    cwd tree:", tree(cwd).split("\n")[:8])
    C("u-default-out-dotdot", ["run", cwd + "/...ldnpipe", "--no-plots"], [1, 2], cwd=cwd)
    C("u-then-normal", ["run", SP, "--no-plots"], [0, 1], cwd=cwd)
    print("    cwd tree:", tree(cwd).split("\n")[:14])
    # stale staging / old folders
    fresh("/tmp/adv/o/st"); clean("/tmp/adv/o/st-r")
    sh("%s run %s --out /tmp/adv/o/st/r --no-plots >/dev/null 2>&1" % (LDNWB, SP))
    os.makedirs("/tmp/adv/o/st/.r.ldnwb-staging-abc123/x"); os.makedirs("/tmp/adv/o/st/.r.ldnwb-old-zz9")
    os.makedirs("/tmp/adv/o/st/.r.ldnwb-staging-My-Notes"); write("/tmp/adv/o/st/.r.ldnwb-staging-notes/keep.txt", "mine")
    C("u-stale-cleaned", ["run", SP, "--out", "/tmp/adv/o/st/r", "--no-plots"], 0)
    print("    st:", sh("ls -a /tmp/adv/o/st").stdout.split())

# ---- permissions and disk full
if flt in "p-":
    # immutable parent: no lock file can be made
    fresh(W + "/imm"); sh("chattr +i " + W + "/imm")
    C("p-immutable-parent", ["run", SP, "--out", W + "/imm/r", "--no-plots"], 1)
    sh("chattr -i " + W + "/imm")
    # existing results, results folder immutable -> rename fails
    fresh(W + "/imm2"); sh("%s run %s --out %s/imm2/r --no-plots >/dev/null 2>&1" % (LDNWB, SP, W))
    t0 = tree(W + "/imm2/r"); sh("chattr +i %s/imm2/r" % W)
    C("p-immutable-results", ["run", SP, "--out", W + "/imm2/r", "--no-plots"], 1)
    sh("chattr -i %s/imm2/r" % W); print("    results unchanged:", t0 == tree(W + "/imm2/r"), sh("ls -a %s/imm2" % W).stdout.split())
    # immutable file inside old results: delete of the old folder fails after the swap
    fresh(W + "/imm3"); sh("%s run %s --out %s/imm3/r --no-plots >/dev/null 2>&1" % (LDNWB, SP, W))
    sh("chattr +i %s/imm3/r/summary.json" % W)
    C("p-immutable-old-file", ["run", SP, "--out", W + "/imm3/r", "--no-plots"], [0, 1])
    print("    imm3:", sh("ls -a %s/imm3" % W).stdout.split())
    sh("chattr -R -i %s/imm3" % W)
    C("p-immutable-old-file-next", ["run", SP, "--out", W + "/imm3/r", "--no-plots"], 0)
    print("    imm3:", sh("ls -a %s/imm3" % W).stdout.split())
    # read-only bind mount
    fresh(W + "/robase"); fresh(W + "/ro"); sh("%s run %s --out %s/robase/r --no-plots >/dev/null 2>&1" % (LDNWB, SP, W))
    sh("mount --bind %s/robase %s/ro && mount -o remount,bind,ro %s/ro" % (W, W, W))
    C("p-readonly-mount", ["run", SP, "--out", W + "/ro/r", "--no-plots"], 1)
    C("p-readonly-mount-new", ["run", SP, "--out", W + "/ro/new/deeper", "--no-plots"], 1)
    sh("umount %s/ro" % W)
    # disk full
    small = W + "/small"; os.makedirs(small, exist_ok=True); sh("umount %s 2>/dev/null" % small)
    sh("mount -t tmpfs -o size=2m tmpfs " + small)
    C("p-full-first", ["run", LV, "--out", small + "/r", "--no-plots"], 1)
    print("    small:", sh("ls -aR %s | head -20; df -k %s | tail -1" % (small, small)).stdout)
    sh("umount " + small); sh("mount -t tmpfs -o size=6m tmpfs " + small)
    C("p-fits", ["run", SP, "--out", small + "/r", "--no-plots"], 0)
    t0 = tree(small + "/r")
    C("p-full-replace", ["run", LV, "--out", small + "/r", "--no-plots"], 1)
    print("    earlier results unchanged:", t0 == tree(small + "/r"), sh("ls -a %s; df -k %s | tail -1" % (small, small)).stdout.split())
    # nearly full: fill so that only the marker / a plot fails
    sh("umount " + small); sh("mount -t tmpfs -o size=3m tmpfs " + small)
    C("p-full-plots", ["run", SP, "--out", small + "/r"], [0, 1])
    print("    small:", sh("ls -a %s; df -k %s | tail -1" % (small, small)).stdout.split())
    sh("umount " + small)
    # inode exhaustion
    sh("mount -t tmpfs -o size=20m,nr_inodes=12 tmpfs " + small)
    C("p-no-inodes", ["run", LV, "--out", small + "/r"], 1)
    print("    small:", sh("ls -a %s" % small).stdout.split())
    sh("umount " + small)
    # --out at an (empty) mount point: staging is on the parent file system
    sh("mount -t tmpfs -o size=20m tmpfs " + small)
    C("p-out-is-mountpoint", ["run", SP, "--out", small, "--no-plots"], 1)
    print("    parent:", sh("ls -a %s" % W).stdout.split())
    sh("umount " + small)
