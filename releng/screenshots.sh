#!/usr/bin/env bash
# Writes the screenshots of docs/USER-GUIDE.md and README.md into docs/images/ from the real product.
#
# How to run (from anywhere; nothing is installed by this script):
#   ./mvnw -B -DskipTests verify      # build the product first (./ldnwb builds it too)
#   releng/screenshots.sh             # about a minute; prints each image it writes
#   releng/screenshots.sh OUT_DIR     # write the images somewhere else (default: docs/images)
#   KEEP=1 releng/screenshots.sh      # keep the temporary workspace and logs (kept anyway after a failure)
#
# Needs: Xvfb, xdotool and ImageMagick (`import`, `compare`, `convert`), and GTK 3 for the window. On Debian:
#   apt-get install -y xvfb xdotool imagemagick libgtk-3-0
#
# What it does: starts Xvfb on a free display (1600x1000, no window manager, so the workbench window is placed at
# the origin and sized to the whole display, which is as maximised as it gets), starts the product's own launcher
# (the product folder's `ldnwb`, as a user's unpacked archive does) in a fresh temporary workspace, and drives the
# window with the keyboard: the welcome page's first example link (which creates the project "LDN Examples" and
# opens examples/pipelines/ldn-vs-standard.ldnpipe), Zoom to Fit (Ctrl+Shift+F), Maximize (Ctrl+M), the editor's
# pages (Alt+Page Down), File > New > Pipeline. It waits for what it can observe (the window and dialog titles,
# the example file in the workspace) and otherwise until the screen stops changing, never for a fixed time only.
# The images are cropped to the workbench window (or to the dialog). Everything it starts (Xvfb, the workbench) is
# stopped at the end, also on failure; the temporary workspace is deleted.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PRODUCT="$ROOT/releng/org.ldnworkbench.product/target/products/org.ldnworkbench.product/linux/gtk/x86_64/ldnworkbench"
OUT=$(mkdir -p "${1:-$ROOT/docs/images}" && cd "${1:-$ROOT/docs/images}" && pwd)
WIDTH=1600
HEIGHT=1000
# the example the welcome page's first example link opens, and the project it goes into
EXAMPLE_PROJECT="LDN Examples"
EXAMPLE_FILE=ldn-vs-standard.ldnpipe

fail() {
  echo "screenshots: $*" >&2
  exit 1
}

for tool in Xvfb xdotool import compare convert; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (Debian: apt-get install -y xvfb xdotool imagemagick)"
done
[ -x "$PRODUCT/ldnwb" ] || fail "no product in $PRODUCT: build it first with ./mvnw -B -DskipTests verify"

WORK=$(mktemp -d -t ldnwb-screenshots.XXXXXX)
WORKSPACE="$WORK/workspace"
XVFB_PID=""
APP_PID=""
# the temporary folder stays after a failure, for its logs (app.log: the workbench's output; xvfb.log)
cleanup() {
  local status=$?
  local pid
  for pid in $APP_PID $XVFB_PID; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ "$status" != 0 ]; then
    echo "screenshots: failed; the logs are in $WORK" >&2
  elif [ -n "${KEEP:-}" ]; then
    echo "screenshots: the workspace and the logs are in $WORK (KEEP is set)"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

# --- the display ---------------------------------------------------------------------------------------------------
Xvfb -displayfd 3 -screen 0 "${WIDTH}x${HEIGHT}x24" -nolisten tcp 3>"$WORK/display" >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 1 100); do
  [ -s "$WORK/display" ] && break
  kill -0 "$XVFB_PID" 2>/dev/null || fail "Xvfb stopped at start: $(tail -n 5 "$WORK/xvfb.log")"
  sleep 0.1
done
[ -s "$WORK/display" ] || fail "Xvfb gave no display number within 10 s; see $WORK/xvfb.log"
export DISPLAY=":$(head -n 1 "$WORK/display")"

# --- helpers -------------------------------------------------------------------------------------------------------

# Waits until two screen grabs half a second apart differ in at most a caret's worth of pixels (a blinking text
# cursor must not keep us waiting), at most $1 seconds (default 20); then goes on regardless, saying so.
settle() {
  local limit=${1:-20} previous="$WORK/settle-a.png" current="$WORK/settle-b.png" changed
  import -window root "$previous"
  for _ in $(seq 1 $((limit * 2))); do
    sleep 0.5
    import -window root "$current"
    changed=$(compare -metric AE "$previous" "$current" null: 2>&1 || true)
    if [ "${changed%% *}" -le 40 ] 2>/dev/null; then
      return 0
    fi
    mv "$current" "$previous"
  done
  echo "screenshots: the screen was still changing after ${limit} s; taking the picture anyway" >&2
}

# Waits for a visible window titled $1 (at most $2 seconds) and prints its id. The workbench's title ends with a
# space (the platform leaves room for a perspective or editor name), so trailing spaces are allowed.
window_titled() {
  local title=$1 limit=${2:-60} id
  for _ in $(seq 1 $((limit * 5))); do
    id=$(xdotool search --onlyvisible --name "^${title} *\$" 2>/dev/null | tail -n 1 || true)
    if [ -n "$id" ]; then
      echo "$id"
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || fail "the workbench stopped before showing '$title'; its output: $WORK/app.log"
    sleep 0.2
  done
  fail "no window '$title' within $limit s; the workbench's output: $WORK/app.log"
}

# Writes the window $1 as $OUT/$2 and says so.
shoot() {
  import -window "$1" "$OUT/$2"
  echo "screenshots: wrote $OUT/$2 ($(identify -format '%wx%h' "$OUT/$2"))"
}

# Presses the keys $@ in the workbench window, then waits for the screen to settle. Xvfb has no window manager, so
# nothing gives the focus back to the workbench after a dialog closes: it is given here before each key press.
keys() {
  xdotool windowfocus --sync "$WINDOW" key --clearmodifiers "$@"
  settle
}

# Presses the keys $@ where the focus is (an open menu holds it), then waits for the screen to settle.
menu_keys() {
  xdotool key --clearmodifiers "$@"
  settle
}

# Clicks at $1,$2 in the workbench window, then waits for the screen to settle.
click() {
  xdotool windowfocus --sync "$WINDOW" mousemove --window "$WINDOW" "$1" "$2" click 1
  settle
}

# --- the workbench -------------------------------------------------------------------------------------------------
(cd "$WORK" && LDNWB_WORKSPACE="$WORKSPACE" exec "$PRODUCT/ldnwb") >"$WORK/app.log" 2>&1 &
APP_PID=$!
WINDOW=$(window_titled "LDN Workbench" 120)
xdotool windowmove --sync "$WINDOW" 0 0 windowsize --sync "$WINDOW" "$WIDTH" "$HEIGHT"
settle 30

# The welcome page opens on the first start. Its links are reached with Tab from its heading (clicked); the first
# example link is the fifth (after Compare LDN with standard dose, Create a pipeline, Create a project, Show the
# Mechanism Palette).
click 700 106
keys Tab Tab Tab Tab Tab
shoot "$WINDOW" welcome.png
keys Return
for _ in $(seq 1 150); do
  [ -f "$WORKSPACE/$EXAMPLE_PROJECT/$EXAMPLE_FILE" ] && break
  sleep 0.2
done
[ -f "$WORKSPACE/$EXAMPLE_PROJECT/$EXAMPLE_FILE" ] \
  || fail "the welcome page's example link made no $EXAMPLE_PROJECT/$EXAMPLE_FILE in the workspace"
settle 30

# The Diagram page shows first, the nodes laid out by ELK (the example file has no layout of its own); the canvas
# has the focus, so the diagram's key bindings apply.
keys ctrl+shift+f
shoot "$WINDOW" workbench.png

# The editor maximised (Ctrl+M): the diagram larger, then the other pages at full width.
keys ctrl+m
keys ctrl+shift+f
shoot "$WINDOW" diagram.png
keys alt+Next
shoot "$WINDOW" parameters.png
keys alt+Next
shoot "$WINDOW" scenarios.png
keys alt+Next
shoot "$WINDOW" simulation.png
keys alt+Next
shoot "$WINDOW" source.png
keys alt+Prior alt+Prior alt+Prior alt+Prior
keys ctrl+m

# File > New > Pipeline (the menu's keys), the wizard dialog alone, then cancelled.
keys alt+f
menu_keys n
menu_keys Return
DIALOG=$(window_titled "New Pipeline" 30)
settle
# the folder field has the focus; with a folder the page shows its templates without the "enter a folder" error
xdotool windowfocus --sync "$DIALOG" type --delay 20 "$EXAMPLE_PROJECT"
settle
shoot "$DIALOG" new-pipeline.png
xdotool windowfocus --sync "$DIALOG" key --clearmodifiers Escape
settle

# The Mechanism Palette maximised, with a mechanism selected: its ports, units and presets. The palette has no key
# that selects an entry without adding it to the open pipeline (Enter in the filter adds the only match), so this
# one step clicks: on "Mu-opioid receptor occupancy", the last entry of the palette's tree in the perspective's
# default layout at this display size.
click 150 686
keys ctrl+m
shoot "$WINDOW" palette.png
keys ctrl+m

echo "screenshots: done"
