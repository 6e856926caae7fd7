#!/usr/bin/env bash
# SIGKILL injected exactly at the 1st / 2nd rename(2) of the swap (strace fault injection), then the next run.
set -u
cd "$(dirname "$0")/../.."
SP=examples/pipelines/single-50mg.ldnpipe
sig() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | grep -v 'ldnwb-results$' | sha256sum | cut -c1-16); }
for when in 1 2; do
  K=/tmp/adv/k/swap$when; rm -rf $K; mkdir -p $K
  ./ldnwb run $SP --out $K/r --no-plots >/dev/null; SA=$(sig $K/r)
  strace -f -qq -o /dev/null -e trace=rename -e inject=rename:signal=SIGKILL:when=$when \
     ./ldnwb run $SP --out $K/r --no-plots --set dosing.amount=3 >/dev/null 2>&1; echo "kill at rename #$when rc=$?"
  echo "  after kill: $(ls -a $K | tr '\n' ' ')"
  ./ldnwb run $SP --out $K/r2 --no-plots >/dev/null 2>&1   # another place: must not touch r
  out=$(./ldnwb run $SP --out $K/r --no-plots --set dosing.amount=3 2>&1 >/dev/null); echo "  next run rc=$? stderr: $out"
  echo "  after next: $(ls -a $K | tr '\n' ' ')"
done
# killed between the renames, then the user runs *another* pipeline into the same place: the earlier results come back first?
K=/tmp/adv/k/swap3; rm -rf $K; mkdir -p $K
./ldnwb run $SP --out $K/r --no-plots >/dev/null
strace -f -qq -o /dev/null -e trace=rename -e inject=rename:signal=SIGKILL:when=2 ./ldnwb run $SP --out $K/r --no-plots --set dosing.amount=3 >/dev/null 2>&1
mkdir $K/r; echo "my notes" > $K/r/notes.txt      # the user recreates r by hand meanwhile
out=$(./ldnwb run $SP --out $K/r --no-plots 2>&1 >/dev/null); echo "user made r meanwhile: rc=$? $out"; echo "  $(ls -a $K | tr '\n' ' ')"
