#!/usr/bin/env bash
# One-line reproductions of the defects found by the adversarial pass (see tests/adversarial/DEFECTS.md).
# usage: tests/adversarial/repro.sh D1 [D2 ...]    (works under /tmp/adv/repro; D9 mounts nothing; needs root only for D14)
set -u
cd "$(dirname "$0")/../.."; ROOT=$(pwd)
W=/tmp/adv/repro; mkdir -p $W
SP=examples/pipelines/single-50mg.ldnpipe; LV=examples/pipelines/ldn-vs-standard.ldnpipe; DS=examples/pipelines/dose-scan.ldnpipe
j() { python3 -c "import json,sys; p=json.load(open('$1')); $2; json.dump(p, open('$3','w'))"; }
for d in "$@"; do echo "=== $d"; case $d in
D1) # a user's folder that fits the pre-marker layout is replaced: their summary.json / scan.csv / plots/*.png / X/timeseries.csv / empty folders are deleted
  rm -rf $W/mine; mkdir -p $W/mine/raw $W/mine/plots $W/mine/patient7; echo '{"my":"hand-written notes"}' > $W/mine/summary.json
  echo 'a,b' > $W/mine/scan.csv; echo PNG > $W/mine/plots/figure1.png; echo 't,x' > $W/mine/patient7/timeseries.csv
  ./ldnwb run $SP --out $W/mine --no-plots >/dev/null; echo "rc=$?"; find $W/mine | sort; head -c 60 $W/mine/summary.json; echo ;;
D2) # the user's own pipeline, saved as pipeline.ldnpipe in the output folder, is overwritten by the copy with the overrides
  rm -rf $W/proj; mkdir -p $W/proj; cp $SP $W/proj/pipeline.ldnpipe; md5sum $W/proj/pipeline.ldnpipe
  ./ldnwb run $W/proj/pipeline.ldnpipe --out $W/proj --set dosing.amount=3 --no-plots >/dev/null; echo "rc=$?"; md5sum $W/proj/pipeline.ldnpipe; grep -o '"amount": [0-9.]*' $W/proj/pipeline.ldnpipe ;;
D3) # RK4 with a 'stable' but far too large fixed step: exit 0, results wrong by 40-300 %
  sed 's/"integrator": "dormand-prince-853"/"integrator": "rk4", "fixedStep": 0.85/' $LV > $W/rk4.ldnpipe
  ./ldnwb run $W/rk4.ldnpipe --out $W/rk4 --no-plots | sed -n 4,8p; echo "rc=${PIPESTATUS[0]}"; ./ldnwb run $LV --out $W/ref --no-plots | sed -n 4,8p ;;
D4) # --preset is reported as applied but has no effect when the node sets the preset's parameters itself
  j $SP "p.pop('scenarios'); [n.update(parameters={'ke0':0.0591,'EC50ntx':0.65,'EC50ntxol':13.5}) for n in p['nodes'] if n['id']=='receptor']" $W/pp.ldnpipe
  ./ldnwb run $W/pp.ldnpipe --preset receptor=rapid-equilibrium --out $W/pp --no-plots | grep -E "Peak occ|Trough|overridden"
  ./ldnwb run $W/pp.ldnpipe --preset receptor=pet-calibrated --out $W/pp2 --no-plots | grep -E "Peak occ|Trough|overridden" ;;
D5) # --out inside another run's results folder is accepted and corrupts it
  rm -rf $W/outer; ./ldnwb run $LV --out $W/outer --no-plots >/dev/null; ./ldnwb run $SP --out $W/outer/ldn-pet --no-plots >/dev/null; echo "nested rc=$?"
  ls -a $W/outer $W/outer/ldn-pet; ./ldnwb run $LV --out $W/outer --no-plots >/dev/null; echo "re-run of outer rc=$?" ;;
D6) # scan records --set/--preset nowhere (no footnote, no pipeline copy, no summary.json; scan.csv silent)
  ./ldnwb scan $DS --param dosing.amount --values 1,50 --preset receptor=rapid-equilibrium --out $W/scan --no-plots | head -4
  ls -a $W/scan; grep -c rapid $W/scan/scan.csv ;;
D7) # the pipeline.ldnpipe written with overrides cannot be re-run (description or settings limit)
  j $SP "p.__setitem__('description','d'*10000)" $W/desc.ldnpipe
  ./ldnwb run $W/desc.ldnpipe --out $W/desc --set dosing.amount=3 --no-plots >/dev/null; echo "rc=$?"; ./ldnwb run $W/desc/pipeline.ldnpipe --out $W/desc2 --no-plots >/dev/null; echo "re-run rc=$?" ;;
D8) # log range endpoints are not exact: the parameter's own documented range is refused; lin range gives 30.999999999999996 for a count
  ./ldnwb scan $DS --param pk.Q --range 1:100:5:log --out $W/q --no-plots; echo "rc=$?"
  ./ldnwb scan $DS --param dosing.count --range 1:56:12 --out $W/c --no-plots; echo "rc=$?" ;;
D9) # validate says valid, run refuses at once (recorded values, RK4 stability at t=0, events)
  sed 's/"step": 0.1,/"step": 0.0007,/' $LV > $W/rec.ldnpipe; ./ldnwb validate $W/rec.ldnpipe; ./ldnwb run $W/rec.ldnpipe --out $W/rec --no-plots; echo "rc=$?"
  sed 's/"integrator": "dormand-prince-853"/"integrator": "rk4", "fixedStep": 1/' $LV > $W/rk1.ldnpipe; ./ldnwb validate $W/rk1.ldnpipe; ./ldnwb run $W/rk1.ldnpipe --out $W/rk1 --no-plots; echo "rc=$?" ;;
D10) # a pipeline with no state (only a dosing node): valid, then 13 s of spinning and a Commons-Math message without the file
  echo '{"format":"ldn-pipeline/1","simulation":{"start":0,"end":1,"step":0.5},"nodes":[{"id":"d","mechanism":"org.ldnworkbench.pk.oralDosing"}]}' > $W/nostate.ldnpipe
  ./ldnwb validate $W/nostate.ldnpipe; time ./ldnwb run $W/nostate.ldnpipe --out $W/nostate; echo "rc=$?" ;;
D11) # nothing bounds the memory of all scenarios together: valid, then out of memory after a minute
  j $SP "p['simulation'].update(end=170000, step=0.1); p.__setitem__('scenarios', [{'id':'s%d'%i,'name':'s%d'%i} for i in range(12)])" $W/big.ldnpipe
  ./ldnwb validate $W/big.ldnpipe; time ./ldnwb run $W/big.ldnpipe --out $W/big --no-plots >/dev/null; echo "rc=$?" ;;
D12) # /proc/kmsg is a 'regular file' of size 0 that blocks forever (and consumes the kernel log)
  timeout 15 ./ldnwb validate /proc/kmsg; echo "rc=$? (124 = still hanging after 15 s)" ;;
D13) # I/O errors of the lock file name neither path nor step
  S=$W/full; mkdir -p $S; mount -t tmpfs -o size=1m tmpfs $S && dd if=/dev/zero of=$S/fill bs=4k count=1000 2>/dev/null
  ./ldnwb run $SP --out $S/r --no-plots; echo "rc=$?"; umount $S
  rm -rf $W/lk; mkdir -p $W/lk; mkfifo $W/lk/.r.ldnwb-lock; ./ldnwb run $SP --out $W/lk/r --no-plots; echo "rc=$?" ;;
D14) # invisible format characters pass the name rules and are printed raw (tables and messages)
  j $LV "p.__setitem__('name', 'LDN\u200b\u2060 4.5 mg' + ''.join(chr(0xE0000+ord(c)) for c in 'hidden text'))" $W/zw.ldnpipe
  ./ldnwb run $W/zw.ldnpipe --out $W/zw --no-plots | head -1 | od -c | sed -n 1,6p ;;
D15) # step larger than the span: a one-row time series, all metrics of the initial state, exit 0
  j $SP "p['simulation'].__setitem__('step', 100); p.pop('scenarios')" $W/step.ldnpipe
  ./ldnwb run $W/step.ldnpipe --out $W/step --no-plots | sed -n 4,6p; cat $W/step/timeseries.csv | cut -c1-60 ;;
D16) # huge doses in the dose list: the regimen's amount stops at 1000 mg, the list takes 1e100 mg (exit 0) and 1e150 mg fails 'at t = NaN h'
  for a in 1e100 1e150; do j $SP "p.pop('scenarios'); p['nodes'][0]['tables']={'doses':[[1.0,$a]]}" $W/amt.ldnpipe
  ./ldnwb validate $W/amt.ldnpipe; ./ldnwb run $W/amt.ldnpipe --out $W/amt --no-plots | grep 'Peak plasma'; done ;;
D17) # a scan refuses a bad value in the middle only when it reaches it
  time ./ldnwb scan $DS --param dosing.count --values "$(seq -s, 1 3000),2.5" --out $W/late --no-plots >/dev/null; echo "rc=$?" ;;
D18) # default output place of a file named '.ldnpipe' is results/ itself; later runs nest inside it
  rm -rf $W/cwd; mkdir -p $W/cwd; cp $SP $W/cwd/.ldnpipe; (cd $W/cwd && $ROOT/ldnwb run .ldnpipe --no-plots | tail -1; $ROOT/ldnwb run $ROOT/$SP --no-plots | tail -1) ;;
D19) # -Xmx8m: exit 0 and no output at all
  LDNWB_JAVA_OPTS=-Xmx8m ./ldnwb run $SP --out $W/heap8; echo "rc=$?"; ls $W/heap8 2>&1 | head -1 ;;
D20) # --out --no-plots makes a folder named '--no-plots'
  (cd $W && $ROOT/ldnwb run $ROOT/$SP --out --no-plots | tail -1) ;;
*) echo "unknown $d" ;;
esac; done
