#!/usr/bin/env bash
# Tests the window part of the launcher script (releng/org.ldnworkbench.product/launcher/ldnwb): the restart loop
# that stands in for Eclipse's native launcher. Run by this module's build (pre-integration-test), in seconds: the
# script is copied into a fake product folder and started with a fake Java (JAVA_HOME) that records its command
# line and ends as each case tells it, or waits for a signal. Cases:
#   1. exit 23 (a restart asked for in the window, as after Install New Software), then 0: started twice with the
#      same command line, the script ends with 0;
#   2. exit 24 (a relaunch with another command line), then 0: started again, one line on stderr says why the same
#      workspace is kept;
#   3. exit 13: not started again, the script ends with 13;
#   4. TERM to the script while the window runs: the window gets TERM, the script ends with its code, no restart;
#   5. INT to the script: the window gets INT (not ignored, as a background child of a script would).
# usage: window-restart-test.sh LAUNCHER_SCRIPT
set -euo pipefail
LAUNCHER_SCRIPT=$(readlink -f "$1")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ldnwb window restart.XXXXXX")
# a window the launcher left running (a failed case) is ended too
cleanup() {
  if [ -s "$WORK/running" ]; then kill -TERM "$(cat "$WORK/running")" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
  echo "window restart test: $*" >&2
  for f in "$WORK"/calls "$WORK"/stderr "$WORK"/signals; do
    [ -f "$f" ] && { echo "  $f:" >&2; sed 's/^/    /' "$f" >&2; }
  done
  exit 1
}

PRODUCT="$WORK/product"
mkdir -p "$PRODUCT/plugins" "$PRODUCT/configuration" "$WORK/jdk/bin"
cp "$LAUNCHER_SCRIPT" "$PRODUCT/ldnwb"
: > "$PRODUCT/plugins/org.eclipse.equinox.launcher_1.0.0.jar"
echo 'JAVA_VERSION="17.0.15"' > "$WORK/jdk/release"
# the fake Java: line N of plan says what its N-th start does (an exit code, or "wait" for a signal)
cat > "$WORK/jdk/bin/java" <<FAKE
#!/usr/bin/env bash
echo "\$*" >> "$WORK/calls"
n=\$(wc -l < "$WORK/calls")
what=\$(sed -n "\${n}p" "$WORK/plan")
if [ "\$what" = wait ]; then
  trap 'echo TERM >> "$WORK/signals"; exit 143' TERM
  trap 'echo INT >> "$WORK/signals"; exit 130' INT
  echo "\$\$" > "$WORK/running"
  while :; do sleep 0.05; done
fi
exit "\$what"
FAKE
chmod +x "$WORK/jdk/bin/java" "$PRODUCT/ldnwb"

# starts the launcher for the window (no arguments) in the background, with INT not ignored (as in a terminal's
# foreground; a background child of this script would ignore it, and so would everything it starts); sets
# LAUNCHER_PID
start() {
  rm -f "$WORK/calls" "$WORK/signals" "$WORK/running" "$WORK/stderr"
  printf '%s\n' "$@" > "$WORK/plan"
  ( trap - INT QUIT
    JAVA_HOME="$WORK/jdk" DISPLAY=:0 LDNWB_WORKSPACE="$WORK/workspace" exec "$PRODUCT/ldnwb" >/dev/null \
      2>"$WORK/stderr" ) &
  LAUNCHER_PID=$!
}
# waits for the launcher to end; sets code to its exit code. After a signal, a window that did not get it would run
# on: it is ended after a while and the case fails.
finish() {
  local i
  for i in $(seq 1 200); do
    kill -0 "$LAUNCHER_PID" 2>/dev/null || break
    sleep 0.05
  done
  if kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    [ -s "$WORK/running" ] && kill -TERM "$(cat "$WORK/running")" 2>/dev/null
    sleep 0.5
    kill -TERM "$LAUNCHER_PID" 2>/dev/null || true
  fi
  code=0
  wait "$LAUNCHER_PID" || code=$?
}
calls() { wc -l < "$WORK/calls"; }
await_window() {
  local i
  for i in $(seq 1 400); do
    [ -s "$WORK/running" ] && return 0
    sleep 0.05
  done
  fail "the window was not started"
}

start 23 0
finish
[ "$code" = 0 ] || fail "exit 23 then 0: the launcher ended with $code, not 0"
[ "$(calls)" = 2 ] || fail "exit 23 then 0: the window was started $(calls) times, not twice"
[ "$(sed -n 1p "$WORK/calls")" = "$(sed -n 2p "$WORK/calls")" ] || fail "the restart changed the command line"
grep -q -- "-data $WORK/workspace" "$WORK/calls" || fail "the window was not started on LDNWB_WORKSPACE"

start 24 0
finish
[ "$code" = 0 ] && [ "$(calls)" = 2 ] || fail "exit 24 then 0: exit $code after $(calls) starts, not 0 after 2"
grep -q 'native' "$WORK/stderr" || fail "exit 24: nothing on stderr says why the command line is kept"

start 13
finish
[ "$code" = 13 ] && [ "$(calls)" = 1 ] || fail "exit 13: exit $code after $(calls) starts, not 13 after 1"

start wait 0
await_window
kill -TERM "$LAUNCHER_PID"
finish
[ "$(cat "$WORK/signals" 2>/dev/null)" = TERM ] || fail "TERM to the launcher did not reach the window"
[ "$code" = 143 ] && [ "$(calls)" = 1 ] || fail "TERM: exit $code after $(calls) starts, not 143 after 1"

start wait 0
await_window
kill -INT "$LAUNCHER_PID"
finish
[ "$(cat "$WORK/signals" 2>/dev/null)" = INT ] || fail "INT to the launcher did not reach the window"
[ "$code" = 130 ] && [ "$(calls)" = 1 ] || fail "INT: exit $code after $(calls) starts, not 130 after 1"

echo "window restart test: restart on 23 and 24, exit codes, TERM and INT forwarded: all passed"
