#!/usr/bin/env bash
# Integration test of third-party mechanism plugins on the materialized product (run by this module's build, phase
# integration-test, after the product and the update site; -DskipTests skips it). In a copy of the product:
#   1. the example plugin's p2 repository, built by examples/third-party-mechanism/build (or reused when built);
#   2. `ldnwb plugins`: none; `ldnwb install REPO`: progress on stderr, exit 0; `ldnwb plugins`: the example feature
#      with its version and mechanism id; `ldnwb list` and `describe` show the mechanism;
#   3. its pipeline runs, and its outputs follow the equations of examples/third-party-mechanism/README.md: every
#      sample of the release rate equals the sum over the capsules taken, the peak metric equals the closed form of
#      the steady state, slow release lowers the plasma peak, and with the preset "immediate" the plugin's doses give
#      exactly the plasma curve of our oral dosing;
#   4. `ldnwb uninstall FEATURE`: gone from plugins and list; the pipeline now fails naming the mechanism id;
#   5. refusals that leave the product as it was (bundles.info byte for byte, `ldnwb list` and `ldnwb plugins`
#      unchanged): a plugin built against an incompatible API (a hand-written metadata-only repository whose bundle
#      imports org.ldnworkbench.core.mechanism [9.0,10.0)), a plugin whose jar is missing (fails half-way: resolved,
#      then the engine cannot fetch the jar), a folder that does not exist, a web address nobody answers; each with one
#      error line naming the repository and the reason, no stack trace;
#   6. a read-only installation: install refused before anything starts, naming the owner;
#   7. the dropins folder: the example's bundle jar copied into dropins/ shows in `ldnwb list` (the same command),
#      and is gone when removed;
#   8. a plugin that throws at run time (plugins/throwing: compiled and packed here, installed through dropins/): its
#      pipeline ends with one error line naming the mechanism id, its bundle and the fault, while `ldnwb list` and
#      the default example keep working.
# Usage: install-test.sh PRODUCT_FOLDER UPDATE_SITE WORK_FOLDER OFFLINE(true|false)
set -euo pipefail

PRODUCT_SRC=$1
SITE=$2
WORK=$3
OFFLINE=${4:-false}
SOURCE=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$SOURCE/tests/org.ldnworkbench.install.it"
FEATURE=org.example.ldn.sustainedrelease.feature
BUNDLE=org.example.ldn.sustainedrelease
MECHANISM=org.example.ldn.sustainedRelease
PIPELINE="$SOURCE/examples/third-party-mechanism/pipelines/sustained-release.ldnpipe"

fail() {
  echo "install test: FAILED: $1" >&2
  if [ -n "${2:-}" ]; then printf '%s\n' "$2" | tail -n 30 | sed 's/^/    /' >&2; fi
  exit 1
}
step() { echo "install test: $*"; }

[ -x "$PRODUCT_SRC/ldnwb" ] || fail "no product at $PRODUCT_SRC (build releng/org.ldnworkbench.product first)"
[ -f "$SITE/content.jar" ] || fail "no update site at $SITE (build releng/org.ldnworkbench.repository first)"

# a copy of the product as materialized, without the state earlier commands left in its configuration folder
rm -rf "$WORK"
mkdir -p "$WORK"
cp -r "$PRODUCT_SRC" "$WORK/product"
PRODUCT="$WORK/product"
( cd "$PRODUCT/configuration" && rm -rf org.eclipse.osgi org.eclipse.core.runtime org.eclipse.equinox.app ./*.jsa \
    ./*.tmp ./*.log dropins.stamp )
rm -rf "$PRODUCT/dropins"
BUNDLES_INFO="$PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
cd "$WORK"

# runs ldnwb; sets OUT, ERR (texts) and CODE
ldnwb() {
  CODE=0
  "$PRODUCT/ldnwb" "$@" > "$WORK/out.txt" 2> "$WORK/err.txt" </dev/null || CODE=$?
  OUT=$(cat "$WORK/out.txt")
  ERR=$(cat "$WORK/err.txt")
}
expect_ok() { # WHAT
  [ "$CODE" -eq 0 ] || fail "$1 exited with $CODE" "$OUT"$'\n'"$ERR"
}
has() { # TEXT PATTERN WHAT
  grep -qE -- "$2" <<<"$1" || fail "$3" "$1"
}
has_not() { # TEXT PATTERN WHAT
  if grep -qE -- "$2" <<<"$1"; then fail "$3" "$1"; fi
}
# one "error:" line naming what it must, no stack trace, exit 1
expect_error_line() { # WHAT FIXED_TEXT...
  local what=$1
  shift
  [ "$CODE" -eq 1 ] || fail "$what exited with $CODE, not 1" "$ERR"
  [ "$(grep -c '^error: ' <<<"$ERR")" -eq 1 ] || fail "$what: not exactly one 'error:' line on stderr" "$ERR"
  has_not "$ERR" '^[[:space:]]+at |Exception:' "$what printed a stack trace"
  local line text
  line=$(grep '^error: ' <<<"$ERR")
  for text in "$@"; do
    grep -qF -- "$text" <<<"$line" || fail "$what: the error line does not say '$text'" "$line"
  done
  step "$what: exit 1, '$line'"
}

# --- 1. the example plugin's repository ----------------------------------------------------------------------------
MVN_ARGS=""
[ "$OFFLINE" = true ] && MVN_ARGS=-o
# the outer build holds /tmp/ldn-mvn.lock: the example's build must not take it again (LDNWB_BUILD_LOCK=none)
EXAMPLE=$(env -u MAVEN_BASEDIR -u MAVEN_PROJECTBASEDIR LDNWB_BUILD_LOCK=none LDNWB_EXAMPLE_REUSE=1 \
  LDNWB_REPOSITORY="$SITE" MVN_ARGS="$MVN_ARGS" "$SOURCE/examples/third-party-mechanism/build" \
  2> "$WORK/example-build.log" | tail -n 1) || fail "examples/third-party-mechanism/build failed" \
  "$(cat "$WORK/example-build.log")"
[ -f "$EXAMPLE/content.jar" ] || fail "the example build printed '$EXAMPLE', which has no content.jar"
step "example repository: $EXAMPLE"

# --- 2. install, plugins, list, describe -----------------------------------------------------------------------------
ldnwb plugins
expect_ok "ldnwb plugins (before)"
has "$OUT" '^no third-party plugins installed$' "ldnwb plugins lists something in the product as built"
has_not "$OUT" 'org\.ldnworkbench|org\.eclipse' "ldnwb plugins lists our own features"
step "ldnwb plugins: none"

ldnwb install "$EXAMPLE"
expect_ok "ldnwb install $EXAMPLE"
has "$OUT" "^installed $FEATURE 1\.0\.0\.[0-9]+ from " "ldnwb install does not say what it installed"
has "$ERR" "^Installing $FEATURE 1\.0\.0" "ldnwb install showed no progress line for its installing phase"
grep -q "^$BUNDLE," "$BUNDLES_INFO" || fail "bundles.info has no line for $BUNDLE after the installation"
step "ldnwb install: exit 0, '$(head -n 1 <<<"$OUT")', $(wc -l <<<"$ERR") progress lines"

ldnwb plugins
expect_ok "ldnwb plugins (installed)"
has "$OUT" "^$FEATURE 1\.0\.0\.[0-9]+$" "ldnwb plugins does not list $FEATURE with its version"
has "$OUT" "^  mechanisms: $MECHANISM$" "ldnwb plugins does not list the mechanism $MECHANISM"
has "$OUT" "^  provider: Example lab$" "ldnwb plugins does not show the provider"
step "ldnwb plugins: $(tr '\n' ' ' <<<"$OUT")"

ldnwb list
expect_ok "ldnwb list"
has "$OUT" "^$MECHANISM " "ldnwb list does not show $MECHANISM after the installation"
ldnwb describe "$MECHANISM"
expect_ok "ldnwb describe $MECHANISM"
has "$OUT" 'krel' "ldnwb describe does not show the parameter krel"
has "$OUT" 'immediateFraction' "ldnwb describe does not show the parameter immediateFraction"
step "ldnwb list and describe $MECHANISM: shown"

# --- 3. the pipeline against the equations ----------------------------------------------------------------------------
ldnwb run "$PIPELINE" --out "$WORK/run" --no-plots
expect_ok "ldnwb run sustained-release.ldnpipe"
CSV="$WORK/run/timeseries.csv"
[ -s "$CSV" ] || fail "ldnwb run wrote no timeseries.csv"
# the pipeline: 4.5 mg at 22 h + 24 h k, k < 14, preset release-8h (immediateFraction 0, krel 0.29/h)
# releaseRate(t) = sum over t_k <= t of A krel exp(-krel (t - t_k)), A = (1 - immediateFraction) amount
worst=$(awk -F, -v A=4.5 -v krel=0.29 -v first=22 -v interval=24 -v count=14 '
  NR == 1 { for (i = 1; i <= NF; i++) if ($i == "sr.releaseRate") col = i; next }
  {
    t = $1; expected = 0; at_dose = 0
    for (k = 0; k < count; k++) {
      tk = first + k * interval
      if (t > tk - 1e-9 && t < tk + 1e-9) at_dose = 1
      if (tk <= t + 1e-9) expected += A * krel * exp(-krel * (t - tk))
    }
    if (at_dose) next
    d = $col - expected; if (d < 0) d = -d
    if (d > worst) { worst = d; where = t }
    n++
  }
  END {
    if (col == 0 || n < 3000) print "missing"
    else printf "%.3g over %d samples%s\n", worst, n, (worst > 0 ? " (at t = " where " h)" : "")
  }
' "$CSV")
case "$worst" in missing*) fail "timeseries.csv has no sr.releaseRate column or too few samples" ;; esac
awk -v w="${worst%% *}" 'BEGIN { exit !(w < 1e-9) }' \
  || fail "sr.releaseRate differs from the sum over the capsules by $worst"
step "release rate = sum of A krel exp(-krel (t - t_k)) at every sample: largest difference $worst"

# the peak metric: the steady-state peak A krel (1 - q^14) / (1 - q), q = exp(-24 krel), reached at the last capsule
peak=$(sed -n '/"sr.releaseRateMax"/,/}/s/^ *"run": \([-0-9.eE+]*\),*$/\1/p' "$WORK/run/summary.json" | head -n 1)
[ -n "$peak" ] || fail "summary.json has no sr.releaseRateMax"
awk -v p="$peak" 'BEGIN { A = 4.5; k = 0.29; q = exp(-24 * k); e = A * k * (1 - q ^ 14) / (1 - q)
  d = (p - e) / e; if (d < 0) d = -d; exit !(d < 1e-9) }' \
  || fail "peak release rate $peak mg/h is not A krel (1 - q^14)/(1 - q) = 1.30624 mg/h"
# slow release lowers the plasma peak (README: about half that of immediate release)
ratio=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "pkSR.Cntx") s = i; if ($i == "pkIR.Cntx") r = i }
    next }
  { if ($s > ms) ms = $s; if ($r > mr) mr = $r } END { if (mr > 0) printf "%.4f", ms / mr }' "$CSV")
awk -v r="$ratio" 'BEGIN { exit !(r > 0.3 && r < 0.7) }' \
  || fail "peak plasma naltrexone of sustained release / immediate release is '$ratio', not about one half"
step "peak release rate $peak mg/h = A krel (1 - q^14)/(1 - q); plasma peak SR/IR = $ratio"

# released all at once (preset immediate), the plugin's doses are exactly those of oral dosing
ldnwb run "$PIPELINE" --preset sr=immediate --out "$WORK/run-immediate" --no-plots
expect_ok "ldnwb run sustained-release.ldnpipe --preset sr=immediate"
same=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "pkSR.Cntx") s = i; if ($i == "pkIR.Cntx") r = i }
    next }
  { d = $s - $r; if (d < 0) d = -d; if (d > w) w = d; if ($r > m) m = $r }
  END { printf "%.3g %.3g", w, m }' "$WORK/run-immediate/timeseries.csv")
awk -v w="${same% *}" -v m="${same#* }" 'BEGIN { exit !(m > 1 && w <= 1e-9 * m) }' \
  || fail "with preset immediate the plugin's plasma curve differs from oral dosing's (largest difference, peak: $same)"
step "preset immediate: plasma curve equal to oral dosing's (largest difference, peak: $same)"

# --- 4. uninstall -----------------------------------------------------------------------------------------------------
ldnwb uninstall "$FEATURE"
expect_ok "ldnwb uninstall $FEATURE"
has "$OUT" "^uninstalled $FEATURE 1\.0\.0" "ldnwb uninstall does not say what it uninstalled"
ldnwb plugins
expect_ok "ldnwb plugins (after uninstall)"
has "$OUT" '^no third-party plugins installed$' "ldnwb plugins still lists something after the uninstallation"
ldnwb list
expect_ok "ldnwb list (after uninstall)"
has_not "$OUT" "^$MECHANISM " "ldnwb list still shows $MECHANISM after the uninstallation"
LIST_BEFORE=$OUT
ldnwb run "$PIPELINE" --out "$WORK/run-uninstalled" --no-plots
expect_error_line "ldnwb run with the plugin uninstalled" "$MECHANISM" "unknown mechanism"
step "ldnwb uninstall: gone from plugins and list"

# --- 5. refusals that change nothing ----------------------------------------------------------------------------------
cp "$BUNDLES_INFO" "$WORK/bundles.info.before"
unchanged() { # WHAT
  cmp -s "$BUNDLES_INFO" "$WORK/bundles.info.before" || fail "$1 changed bundles.info" \
    "$(diff "$WORK/bundles.info.before" "$BUNDLES_INFO" || true)"
  ldnwb list
  expect_ok "ldnwb list after $1"
  [ "$OUT" = "$LIST_BEFORE" ] \
    || fail "ldnwb list changed after $1" "$(diff <(echo "$LIST_BEFORE") <(echo "$OUT") || true)"
  ldnwb plugins
  has "$OUT" '^no third-party plugins installed$' "ldnwb plugins lists something after $1"
}
ldnwb install "$HERE/repositories/incompatible"
expect_error_line "ldnwb install of a plugin built against LDN Workbench 9" "org.example.incompatible.feature" \
  "org.example.incompatible 1.0.0 needs package org.ldnworkbench.core.mechanism [9.0.0,10.0.0), the installation has" \
  "nothing was changed"
unchanged "the refused incompatible plugin"
step "  product unchanged: bundles.info byte for byte, list, plugins"

ldnwb install "$HERE/repositories/missing-artifact"
expect_error_line "ldnwb install of a plugin whose jar is missing" "installing org.example.missingjar.feature 1.0.0" \
  "org.example.missingjar_1.0.0.jar" "nothing was changed"
has "$ERR" '^Installing org\.example\.missingjar\.feature' "the plugin with a missing jar failed before the engine ran"
unchanged "the installation that failed half-way"
step "  product unchanged: bundles.info byte for byte, list, plugins"

ldnwb install "$WORK/no such folder"
expect_error_line "ldnwb install from a folder that does not exist" "no such folder or file ($WORK/no such folder)"
ldnwb install http://127.0.0.1:9/
expect_error_line "ldnwb install from an address nobody answers" "cannot read the p2 repository 'http://127.0.0.1:9/'"
cp "$SOURCE/README.md" "$WORK/notes.md"
ldnwb install notes.md
expect_error_line "ldnwb install from a file that is no repository" "'notes.md'" "not a repository folder or a zip"
cmp -s "$BUNDLES_INFO" "$WORK/bundles.info.before" || fail "an unreadable repository changed bundles.info"

# --- 6. a read-only installation --------------------------------------------------------------------------------------
# in /tmp: another user must reach the installation, and every folder above it must let them
READ_ONLY=$(mktemp -d /tmp/ldnwb-install-test.XXXXXX)
trap 'chmod -R u+w "$READ_ONLY" 2>/dev/null; rm -rf "$READ_ONLY"' EXIT
chmod 755 "$READ_ONLY"
cp -r "$PRODUCT" "$READ_ONLY/product"
# installed by the owner, then listed by the other user: p2's shared-installation mode
"$READ_ONLY/product/ldnwb" install "$EXAMPLE" > "$WORK/owner-install.txt" 2>&1 </dev/null \
  || fail "ldnwb install by the owner of the installation failed" "$(cat "$WORK/owner-install.txt")"
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1 && command -v runuser >/dev/null; then
  mkdir -p "$READ_ONLY/home"
  chown nobody "$READ_ONLY/home"
  as_user() { runuser -u nobody -- env -u XDG_CACHE_HOME HOME="$READ_ONLY/home" PATH="$PATH" "$@"; }
  how="as user nobody"
  owner=root
else
  chmod -R a-w "$READ_ONLY/product"
  as_user() { "$@"; }
  how="with the folder unwritable"
  owner=$(id -un)
fi
CODE=0
ERR=$(cd "$READ_ONLY" && as_user "$READ_ONLY/product/ldnwb" install "$EXAMPLE" 2>&1 </dev/null) || CODE=$?
[ "$CODE" -eq 1 ] || fail "ldnwb install into a read-only installation ($how) exited with $CODE" "$ERR"
has "$ERR" "^ldnwb: cannot install plugins: .* is not writable .*by its owner \($owner\)" \
  "ldnwb install into a read-only installation ($how) does not say who can install"
step "ldnwb install into a read-only installation ($how): exit 1, '$ERR'"
CODE=0
OUT=$(cd "$READ_ONLY" && as_user "$READ_ONLY/product/ldnwb" plugins 2>"$WORK/err.txt" </dev/null) || CODE=$?
[ "$CODE" -eq 0 ] || fail "ldnwb plugins in a read-only installation ($how) exited with $CODE" "$(cat "$WORK/err.txt")"
has "$OUT" "^  mechanisms: $MECHANISM$" "ldnwb plugins in a read-only installation ($how) does not list $MECHANISM"
step "ldnwb plugins in a read-only installation ($how): $(tr '\n' ' ' <<<"$OUT")"

# --- 7. dropins -------------------------------------------------------------------------------------------------------
mkdir -p "$PRODUCT/dropins"
cp "$EXAMPLE"/plugins/"$BUNDLE"_*.jar "$PRODUCT/dropins/"
ldnwb list
expect_ok "ldnwb list with the bundle in dropins/"
has "$OUT" "^$MECHANISM " "ldnwb list does not show $MECHANISM from dropins/ (the command after the copy)"
ldnwb list
expect_ok "ldnwb list with the bundle in dropins/ (again)"
has "$OUT" "^$MECHANISM " "the second ldnwb list does not show $MECHANISM from dropins/"
step "dropins/$(basename "$EXAMPLE"/plugins/"$BUNDLE"_*.jar): shown by the next ldnwb list and the one after"
rm -f "$PRODUCT"/dropins/*.jar
ldnwb list
expect_ok "ldnwb list with dropins/ emptied"
has_not "$OUT" "^$MECHANISM " "ldnwb list still shows $MECHANISM after its jar left dropins/"
ldnwb list
has_not "$OUT" "^$MECHANISM " "the second ldnwb list still shows $MECHANISM after its jar left dropins/"
step "dropins/ emptied: gone from ldnwb list"

# --- 8. a plugin that throws at run time --------------------------------------------------------------------------
THROWING="$HERE/plugins/throwing"
rm -rf "$WORK/throwing" && mkdir -p "$WORK/throwing/classes"
CORE_JAR=("$PRODUCT"/plugins/org.ldnworkbench.core_*.jar)
"${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$WORK/throwing/classes" -cp "${CORE_JAR[0]}" --release 17 \
  "$THROWING"/src/org/example/throwing/*.java 2> "$WORK/throwing/javac.log" \
  || fail "cannot compile the throwing plugin" "$(cat "$WORK/throwing/javac.log")"
cp "$THROWING/plugin.xml" "$WORK/throwing/classes/"
"${JAVA_HOME:+$JAVA_HOME/bin/}jar" --create --file "$PRODUCT/dropins/org.example.throwing_1.0.0.jar" \
  --manifest "$THROWING/META-INF/MANIFEST.MF" -C "$WORK/throwing/classes" . \
  || fail "cannot pack the throwing plugin"
ldnwb list
expect_ok "ldnwb list with the throwing plugin in dropins/"
has "$OUT" "^org\.example\.throwing\.decay .*org\.example\.throwing " "ldnwb list does not show the throwing plugin"
ldnwb run "$THROWING/throwing.ldnpipe" --no-plots --out "$WORK/throwing/results"
# one error line, no stack frames; it names the exception's type with its message (IllegalStateException: ...), so
# expect_error_line's "Exception:" test for a printed stack trace does not apply here
WHAT="ldnwb run of a pipeline whose plugin throws"
[ "$CODE" -eq 1 ] || fail "$WHAT exited with $CODE, not 1" "$ERR"
[ "$(grep -c '^error: ' <<<"$ERR")" -eq 1 ] || fail "$WHAT: not exactly one 'error:' line on stderr" "$ERR"
has_not "$ERR" '^[[:space:]]+at ' "$WHAT printed a stack trace"
LINE=$(grep '^error: ' <<<"$ERR")
for TEXT in "node 'faulty'" "computing derivatives" "deliberate fault of the install test" \
    "(mechanism org.example.throwing.decay from org.example.throwing)" "marked incomplete in summary.json"; do
  grep -qF -- "$TEXT" <<<"$LINE" || fail "$WHAT: the error line does not say '$TEXT'" "$LINE"
done
grep -q '"complete": false' "$WORK/throwing/results/summary.json" \
  || fail "$WHAT: summary.json does not mark the partial results incomplete"
step "$WHAT: exit 1, '$LINE'"
ldnwb list
expect_ok "ldnwb list after the throwing plugin failed a run"
ldnwb run "$SOURCE/examples/pipelines/ldn-vs-standard.ldnpipe" --no-plots --out "$WORK/default-example"
expect_ok "the default example after the throwing plugin failed a run"
step "  the rest keeps working: ldnwb list, the default example"
rm -f "$PRODUCT"/dropins/*.jar

step "passed"
