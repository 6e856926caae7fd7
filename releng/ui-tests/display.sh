#!/usr/bin/env bash
# Gives the UI tests (tests/org.ldnworkbench.ui.tests) an X display of their own, so that `./mvnw -B verify` runs them
# on a server, in CI and on a desktop alike (no window pops up on the user's screen, no test fights the user for the
# focus). Run by the build before the UI tests (phase pre-integration-test) with one argument, the properties file
# to write: `ui.test.display=:N`, which the build hands to the tests as DISPLAY.
# - Installs Xvfb, GTK 3 and XTEST (what SWT's Display.post needs) with apt-get when they are missing and this runs
#   as root (a fresh Debian CI machine); otherwise says what to install.
# - Starts Xvfb on a free display number (Xvfb picks it: -displayfd) and stops it when the build's JVM (this
#   script's parent) ends, however the build ends: a watcher process outlives this script, not the build.
set -euo pipefail

PROPERTIES=$1
BUILD_PID=$PPID
LOG_DIR=${PROPERTIES%/*}
mkdir -p "$LOG_DIR"

# the linker cache, read once (grep -q on a pipe would end ldconfig early: with pipefail, a false "missing")
LIBRARIES=$(ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null || true)
has_library() {
  grep -q "$1" <<<"$LIBRARIES"
}

missing=()
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
has_library 'libgtk-3\.so\.0 ' || missing+=(gtk3)
has_library 'libXtst\.so\.6 ' || missing+=(libxtst6)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "ui tests: missing ${missing[*]}: install them (Debian: apt-get install -y xvfb libgtk-3-0 libxtst6)" \
      "or skip the tests with -DskipTests" >&2
    exit 1
  fi
  packages=()
  for need in "${missing[@]}"; do
    case "$need" in
      # Debian 13 renamed the library package (time_t transition)
      gtk3) if apt-cache show libgtk-3-0t64 >/dev/null 2>&1; then packages+=(libgtk-3-0t64); else packages+=(libgtk-3-0); fi ;;
      *) packages+=("$need") ;;
    esac
  done
  echo "ui tests: installing ${packages[*]} with apt-get (log: $LOG_DIR/apt-get.log)"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      xauth "${packages[@]}"; } > "$LOG_DIR/apt-get.log" 2>&1; then
    # the package lists may be missing or stale only after the first try: apt-get update ran above either way
    echo "ui tests: apt-get could not install ${packages[*]}; the end of $LOG_DIR/apt-get.log:" >&2
    tail -n 20 "$LOG_DIR/apt-get.log" >&2
    exit 1
  fi
fi

NUMBER_FILE="$LOG_DIR/xvfb.display"
rm -f "$NUMBER_FILE"
# every output goes to files: the build waits for this script's output streams to close
setsid Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp -noreset 3>"$NUMBER_FILE" \
  >"$LOG_DIR/xvfb.log" 2>&1 </dev/null &
XVFB_PID=$!
for _ in $(seq 1 200); do
  [ -s "$NUMBER_FILE" ] && break
  if ! kill -0 "$XVFB_PID" 2>/dev/null; then
    echo "ui tests: Xvfb stopped at start; $LOG_DIR/xvfb.log says:" >&2
    tail -n 20 "$LOG_DIR/xvfb.log" >&2
    exit 1
  fi
  sleep 0.1
done
if [ ! -s "$NUMBER_FILE" ]; then
  kill "$XVFB_PID" 2>/dev/null || true
  echo "ui tests: Xvfb gave no display number within 20 s; see $LOG_DIR/xvfb.log" >&2
  exit 1
fi
DISPLAY_NUMBER=$(head -n 1 "$NUMBER_FILE")
setsid bash -c 'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 2; done; kill "$2" 2>/dev/null' \
  watcher "$BUILD_PID" "$XVFB_PID" >/dev/null 2>&1 </dev/null &
echo "ui.test.display=:$DISPLAY_NUMBER" > "$PROPERTIES"
echo "ui tests: Xvfb on display :$DISPLAY_NUMBER (process $XVFB_PID, stopped when the build ends)"
