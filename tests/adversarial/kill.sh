#!/usr/bin/env bash
# kill -9 at random moments during `run` (4-scenario example, with plots) or `scan`; after each kill check that
# the results place holds exactly the complete earlier results, the complete new ones, or (only) nothing with the
# complete earlier results in .r.ldnwb-old-*; then a clean run must recover and leave only r and the lock.
# usage: adv/kill.sh run|scan N   (uses /tmp/adv/k)
set -u
cd "$(dirname "$0")/../.."
MODE=${1:-run}; N=${2:-25}
K=/tmp/adv/k/$MODE; rm -rf "$K"; mkdir -p "$K"
LV=examples/pipelines/ldn-vs-standard.ldnpipe; DS=examples/pipelines/dose-scan.ldnpipe
if [ "$MODE" = run ]; then
  A=(run $LV); B=(run $LV --set dosing.amount=3)
else
  A=(scan $DS --param dosing.amount --range 1:50:24); B=(scan $DS --param dosing.amount --range 2:60:24)
fi
sig() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | grep -v 'ldnwb-results$' | sha256sum | cut -c1-16); }
./ldnwb "${A[@]}" --out "$K/refA" >/dev/null 2>&1; ./ldnwb "${B[@]}" --out "$K/refB" >/dev/null 2>&1
SA=$(sig "$K/refA"); SB=$(sig "$K/refB")
# how long does a run take (wall)?
t0=$(date +%s%N); ./ldnwb "${A[@]}" --out "$K/p/r" >/dev/null 2>&1; t1=$(date +%s%N)
DUR=$(( (t1 - t0) / 1000000 )); echo "one run: ${DUR} ms  sigA=$SA sigB=$SB"
bad=0; cur=A
for i in $(seq 1 "$N"); do
  if [ $cur = A ]; then args=("${B[@]}"); next=B; else args=("${A[@]}"); next=A; fi
  delay=$(( (RANDOM * 7919 + i * 104729) % (DUR + 200) ))
  ./ldnwb "${args[@]}" --out "$K/p/r" >/dev/null 2>"$K/err$i" &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  # the launcher execs java, so $pid is the JVM
  kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null; rc=$?
  state="?"
  if [ -d "$K/p/r" ]; then
    s=$(sig "$K/p/r")
    if [ "$s" = "$SA" ]; then state=A; elif [ "$s" = "$SB" ]; then state=B; else state="MIXED($s)"; fi
  else
    olds=$(ls -d "$K/p/".r.ldnwb-old-* 2>/dev/null | wc -l)
    if [ "$olds" = 1 ]; then s=$(sig "$K/p/".r.ldnwb-old-*); state="missing,old=$([ "$s" = "$SA" ] && echo A || ([ "$s" = "$SB" ] && echo B || echo MIXED))"; else state="MISSING(olds=$olds)"; fi
  fi
  left=$(ls -a "$K/p" | grep -v -E '^(\.|\.\.|r|\.r\.ldnwb-lock)$' | tr '\n' ' ')
  echo "kill $i at ${delay}ms rc=$rc: r=$state expected $cur or $next; leftovers: ${left:-none}"
  case "$state" in A|B) [ "$state" = "$next" ] && cur=$next ;; missing,old=A|missing,old=B) cur=${state#missing,old=} ;; *) bad=$((bad+1)) ;; esac
done
# recovery run
./ldnwb "${A[@]}" --out "$K/p/r" >/dev/null 2>"$K/err-final"; rc=$?
echo "final run rc=$rc r=$( [ "$(sig "$K/p/r")" = "$SA" ] && echo A-complete || echo WRONG) left: $(ls -a "$K/p" | tr '\n' ' ') stderr: $(cat "$K/err-final")"
echo "bad states: $bad"
