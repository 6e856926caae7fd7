#!/usr/bin/env bash
# A true kill test of "unsaved editor changes survive a crash of the workbench", in two processes of the built
# product (the UI tests run inside one workbench and cannot kill it; RecoveryAfterKillTest reproduces what a kill
# leaves instead). Not run by the build: it needs the product built (./mvnw -B -DskipTests verify), Xvfb and xdotool.
#
# 1. A workspace and a pipeline file outside it; a recovery snapshot of that file holding an unsaved edit (the
#    pipeline renamed), in the workspace's recovery store, as an editor's periodic snapshot writes it.
# 2. First start: the workbench reopens the file's editor and asks "Recover Unsaved Changes"; Enter presses its
#    default button, Recover. The editor is now dirty; its own snapshot writer writes the snapshot again (its time
#    line changes) within a few seconds. Then kill -9: no editor is closed, no shutdown code runs.
# 3. Second start: the offer must come again, and the file on disk must be unchanged.
# usage: kill-recovery.sh [OUT_DIR]   (screenshots and logs; default /tmp/ldn-kill-recovery)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
PRODUCT="$ROOT/releng/org.ldnworkbench.product/target/products/org.ldnworkbench.product/linux/gtk/x86_64/ldnworkbench"
OUT="${1:-/tmp/ldn-kill-recovery}"
TITLE='Recover Unsaved Changes'
[ -x "$PRODUCT/ldnwb" ] || { echo "kill-recovery: no product in $PRODUCT; build it: ./mvnw -B -DskipTests verify" >&2; exit 2; }
for tool in Xvfb xdotool import sha256sum; do
  command -v "$tool" >/dev/null || { echo "kill-recovery: $tool is missing" >&2; exit 2; }
done
rm -rf "$OUT" && mkdir -p "$OUT/ws"
WS="$OUT/ws"
FILE="$OUT/trial.ldnpipe"
cp "$ROOT/examples/pipelines/ldn-vs-standard.ldnpipe" "$FILE"
ORIGINAL_SUM=$(sha256sum "$FILE" | cut -d' ' -f1)

# the snapshot, as RecoveryStore writes it: header, origin URI, time taken (epoch ms), text; named by SHA-256(URI)
URI="file://$FILE"
STORE="$WS/.metadata/.plugins/org.ldnworkbench.ui/recovery"
SNAPSHOT="$STORE/$(printf '%s' "$URI" | sha256sum | cut -d' ' -f1).snapshot"
mkdir -p "$STORE"
{ printf 'ldn-recovery/1\n%s\n%s\n' "$URI" "$(( $(date +%s) * 1000 - 60000 ))"
  sed 's/"name": "LDN 4.5 mg nightly vs naltrexone 50 mg daily"/"name": "edited before the kill"/' "$FILE"
} > "$SNAPSHOT"
grep -q 'edited before the kill' "$SNAPSHOT" || { echo "kill-recovery: could not make the edited text" >&2; exit 2; }

exec 3>"$OUT/display"
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB=$!
WB=
cleanup() {
  [ -n "$WB" ] && kill -9 "$WB" 2>/dev/null || true
  kill "$XVFB" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 100); do [ -s "$OUT/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$OUT/display")"
export LDNWB_WORKSPACE="$WS" NO_AT_BRIDGE=1 GTK_A11Y=none

start() { "$PRODUCT/ldnwb" >"$OUT/workbench-$1.log" 2>&1 & WB=$!; }   # the launcher execs java: $WB is the JVM
offer() {
  local id
  # GTK ends the window name with a space
  id=$(timeout 90 xdotool search --sync --name "^$TITLE" | head -n1) || {
    import -window root "$OUT/$1-no-offer.png" || true
    echo "FAIL: no '$TITLE' dialog on the $1 start (see $OUT/$1-no-offer.png, $OUT/workbench-$1.log)" >&2; exit 1; }
  sleep 1
  import -window root "$OUT/$1-offer.png"
  echo "$id"
}
time_line() { sed -n 3p "$SNAPSHOT"; }

start first
dialog=$(offer first)
before=$(time_line)
xdotool windowfocus --sync "$dialog" key Return
for _ in $(seq 1 60); do [ -f "$SNAPSHOT" ] && [ "$(time_line)" != "$before" ] && break; sleep 0.5; done
[ "$(time_line)" != "$before" ] || { echo "FAIL: the recovered (dirty) editor wrote no snapshot of its own" >&2; exit 1; }
import -window root "$OUT/first-recovered.png"
kill -9 "$WB"; wait "$WB" 2>/dev/null || true; WB=

[ -f "$SNAPSHOT" ] || { echo "FAIL: the kill left no snapshot" >&2; exit 1; }
start second
offer second >/dev/null
[ "$(sha256sum "$FILE" | cut -d' ' -f1)" = "$ORIGINAL_SUM" ] || { echo "FAIL: the file changed without a save" >&2; exit 1; }
echo "PASS: a workbench killed with unsaved changes offered them back on the next start (screenshots in $OUT)"
