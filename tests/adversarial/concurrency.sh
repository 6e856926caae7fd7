#!/usr/bin/env bash
# two runs into one folder; run vs scan; a user file saved into the results folder during a run
set -u
cd "$(dirname "$0")/../.."
LV=examples/pipelines/ldn-vs-standard.ldnpipe; DS=examples/pipelines/dose-scan.ldnpipe
K=/tmp/adv/conc; rm -rf $K; mkdir -p $K
sed 's/"step": 0.1,/"step": 0.01,/' $LV > $K/slow.ldnpipe      # ~10x more output: a longer run
./ldnwb run $LV --out $K/r --no-plots >/dev/null
./ldnwb run $K/slow.ldnpipe --out $K/r --no-plots >$K/o1 2>$K/e1 & p1=$!
sleep 1.2
./ldnwb run $LV --out $K/r --no-plots >$K/o2 2>$K/e2; echo "second run rc=$? : $(cat $K/e2) (first pid $p1)"
./ldnwb scan $DS --param dosing.amount --values 1,2 --out $K/r >$K/o3 2>$K/e3; echo "scan into it rc=$? : $(cat $K/e3)"
# the user saves notes into the folder while the first run still simulates
echo "my notes" > $K/r/notes.txt
wait $p1; echo "first run rc=$? : $(cat $K/e1)"; echo "notes kept: $(cat $K/r/notes.txt 2>/dev/null || echo LOST)"; ls -a $K
# user adds a file to a scenario sub-folder during the run
rm -f $K/r/notes.txt
./ldnwb run $K/slow.ldnpipe --out $K/r --no-plots >$K/o1 2>$K/e1 & p1=$!
sleep 2; echo x > $K/r/ldn-pet/mine.txt
wait $p1; echo "run rc=$? : $(cat $K/e1)"; ls $K/r/ldn-pet
# 4 processes racing on one fresh place
rm -rf $K/race; mkdir $K/race
for i in 1 2; do ./ldnwb run examples/pipelines/single-50mg.ldnpipe --out $K/race/r --no-plots >/dev/null 2>$K/race-e$i & done; wait
for i in 1 2; do echo "race $i: $(cat $K/race-e$i)"; done; ls -a $K/race
