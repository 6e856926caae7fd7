#!/usr/bin/env bash
# Tests the archive a user downloads, as a user meets it (run by the product's build, phase integration-test):
#   1. unpacked into a temporary folder whose path contains spaces;
#   2. `ldnwb list` from another current directory: exit 0, the mechanisms listed;
#   3. `ldnwb run examples/ldn-vs-standard.ldnpipe` from the unpacked folder, as README says: exit 0, the comparison
#      table printed, results/ldn-vs-standard written (series, summary.json, plots); a second run maps the class-data
#      archive the first one left;
#   4. the installation read-only (another user when run as root, else the folder made unwritable): `run` still
#      works, its class-data archive goes to the user's cache folder;
#   5. no Java 17: JAVA_HOME pointing to nothing (and no java on PATH), or to a Java 11: a message that names
#      JAVA_HOME and says how to get a Java 17, and a non-zero exit.
# Usage: archive-test.sh ARCHIVE ROOT_FOLDER_IN_ARCHIVE
set -euo pipefail

ARCHIVE=$1
ROOT_NAME=$2
# in /tmp, not TMPDIR: another user must reach the installation (step 4), and every folder above it must let them
WORK=$(mktemp -d "/tmp/ldnwb archive test.XXXXXX")
chmod 755 "$WORK"
cleanup() { chmod -R u+w "$WORK" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

fail() {
  echo "archive test: $1" >&2
  if [ -n "${2:-}" ]; then printf '%s\n' "$2" | tail -n 30 | sed 's/^/    /' >&2; fi
  exit 1
}
step() { echo "archive test: $*"; }

# the tools the launcher needs, without java: the PATH of a machine that has no Java
NO_JAVA_PATH="$WORK/bin without java"
mkdir -p "$NO_JAVA_PATH"
for tool in bash env readlink ls cksum cut sed head mkdir rm mv; do
  ln -s "$(command -v "$tool")" "$NO_JAVA_PATH/$tool"
done

UNPACKED="$WORK/Program Files (unpacked)"
mkdir -p "$UNPACKED"
tar -xzf "$ARCHIVE" -C "$UNPACKED"
INSTALL="$UNPACKED/$ROOT_NAME"
[ -x "$INSTALL/ldnwb" ] || fail "no executable $ROOT_NAME/ldnwb in $ARCHIVE"
[ -f "$INSTALL/examples/ldn-vs-standard.ldnpipe" ] || fail "no examples/ldn-vs-standard.ldnpipe in $ARCHIVE"
step "unpacked $(basename "$ARCHIVE") into '$UNPACKED'"

mkdir -p "$WORK/elsewhere"
cd "$WORK/elsewhere"
out=$("$INSTALL/ldnwb" list 2>&1) || fail "'ldnwb list' exited with $? (from $PWD)" "$out"
grep -q '^org.ldnworkbench.pk.naltrexone ' <<<"$out" || fail "'ldnwb list' does not list org.ldnworkbench.pk.naltrexone" "$out"
step "ldnwb list from '$PWD': exit 0, $(grep -c '^org\.ldnworkbench\.' <<<"$out") mechanisms"
# the short commands' young generation stays out of a heap the user sizes: the JVM would print two warnings (on
# stdout) before every command's output
sized=$(LDNWB_JAVA_OPTS=-Xmx64m "$INSTALL/ldnwb" list 2>&1) \
  || fail "'ldnwb list' with LDNWB_JAVA_OPTS=-Xmx64m exited with $?" "$sized"
[ "$sized" = "$out" ] || fail "'ldnwb list' with LDNWB_JAVA_OPTS=-Xmx64m printed more than without" "$sized"
step "LDNWB_JAVA_OPTS=-Xmx64m: ldnwb list prints what it prints without"
# file names beyond ASCII under the C locale (LANG unset: a container, cron, CI): Java could not even name them, and
# the framework exited with 13 and no word from such a folder
mkdir -p "$WORK/Müller"
cp "$INSTALL/examples/ldn-vs-standard.ldnpipe" "$WORK/Müller/dösis.ldnpipe"
out=$(cd "$WORK/Müller" && env -u LANG -u LC_ALL -u LC_CTYPE "$INSTALL/ldnwb" validate dösis.ldnpipe 2>&1) \
  || fail "'ldnwb validate dösis.ldnpipe' in '$WORK/Müller' under the C locale exited with $?" "$out"
step "ldnwb validate of a file beyond ASCII, from a folder beyond ASCII, under the C locale: exit 0"
# the framework's launcher reads options of its own (-initialize, -noExit, -vmargs...) anywhere on the command line:
# one given to a command must be refused as unknown, not run nothing with exit 0 or hang
for option in -initialize -noExit -vmargs; do
  code=0
  out=$(timeout 60 "$INSTALL/ldnwb" validate "$INSTALL/examples/ldn-vs-standard.ldnpipe" "$option" 2>&1) || code=$?
  [ "$code" -eq 2 ] && grep -qF "unknown option '$option'" <<<"$out" \
    || fail "'ldnwb validate FILE $option' exited with $code instead of refusing the option" "$out"
done
step "ldnwb validate FILE -initialize (-noExit, -vmargs): exit 2, unknown option"

check_run() { # OUTPUT RESULTS_FOLDER WHAT
  grep -q '^Peak occupancy (last day) \[fraction\]' <<<"$1" || fail "$3 printed no comparison table" "$1"
  local file
  for file in summary.json pipeline.ldnpipe ldn-pet/timeseries.csv std-rapid/timeseries.csv; do
    [ -s "$2/$file" ] || fail "$3 wrote no $file into '$2'" "$1"
  done
}

cd "$INSTALL"
for attempt in first second; do
  out=$(./ldnwb run examples/ldn-vs-standard.ldnpipe 2>&1) || fail "'ldnwb run' ($attempt) exited with $?" "$out"
  check_run "$out" "$INSTALL/results/ldn-vs-standard" "'ldnwb run' ($attempt)"
done
ls "$INSTALL"/results/ldn-vs-standard/plots/*.png >/dev/null 2>&1 || fail "'ldnwb run' wrote no plots"
ls "$INSTALL"/configuration/ldnwb-run-[0-9]*.jsa >/dev/null 2>&1 \
  || fail "'ldnwb run' left no class-data archive in configuration/"
step "ldnwb run examples/ldn-vs-standard.ldnpipe from the unpacked folder (twice): exit 0, table, results folder" \
  "with plots, class-data archive"
# the commands take their classes from the class-data archive, also once the jar on the class path has changed (an
# installation unpacked again, updated or rebuilt in place: the JVM ignores an archive made with another jar without
# a word). In a copy whose path has no spaces: only then does the JVM archive that jar, and check it.
COPY=$(mktemp -d /tmp/ldnwb-copy.XXXXXX)
trap 'cleanup; rm -rf "$COPY"' EXIT
list_in() { # FOLDER [JAVA_OPTS]: ldnwb list there, a failure reported with its output
  local out
  out=$(cd "$1" && LDNWB_JAVA_OPTS="${2:-}" ./ldnwb list 2>&1) || fail "'ldnwb list' in '$1' exited with $?" "$out"
}
uses_archive() { # FOLDER: whether `ldnwb list` there loads classes from a class-data archive of its own
  local log
  log="$COPY/classes-$RANDOM.log" # no space in the path: LDNWB_JAVA_OPTS is split at spaces
  list_in "$1" "-Xlog:class+load=info:file=$log::filecount=0"
  grep -q 'source: shared objects file (top)' "$log"
}
uses_archive "$INSTALL" || fail "'ldnwb list' loads no class from its class-data archive"
cp -r "$INSTALL" "$COPY/ldnworkbench"
rm -f "$COPY/ldnworkbench/configuration/"*.jsa # made where the path has spaces: without the jar
list_in "$COPY/ldnworkbench" && list_in "$COPY/ldnworkbench"
touch -t 200102030405.06 "$COPY/ldnworkbench/headless/org.eclipse.equinox.launcher.jar"
list_in "$COPY/ldnworkbench" && list_in "$COPY/ldnworkbench"
uses_archive "$COPY/ldnworkbench" || fail "once the launcher jar changed, 'ldnwb list' loads no class from a \
class-data archive (the archive made with the earlier jar is kept and ignored)"
rm -rf "$COPY"
step "the class-data archive is used, also once the class path's jar has changed"
# the headless framework finds every framework extension config.ini names (a missing one is logged by each command)
if ls "$INSTALL"/configuration/*.log >/dev/null 2>&1; then
  fail "the headless commands wrote a log into configuration/" "$(cat "$INSTALL"/configuration/*.log)"
fi
step "no log written into configuration/"

# 4. read-only installation
rm -rf "$INSTALL/results" "$INSTALL"/configuration/*.jsa
USER_HOME="$WORK/home of the user"
mkdir -p "$USER_HOME"
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1 && command -v runuser >/dev/null; then
  chown nobody "$USER_HOME"
  as_user() { runuser -u nobody -- env -u XDG_CACHE_HOME HOME="$USER_HOME" PATH="$PATH" "$@"; }
  how="as user nobody"
else
  chmod -R a-w "$INSTALL"
  as_user() { env -u XDG_CACHE_HOME HOME="$USER_HOME" "$@"; }
  how="with the folder unwritable"
fi
cd "$USER_HOME"
for attempt in first second; do
  out=$(as_user "$INSTALL/ldnwb" run "$INSTALL/examples/ldn-vs-standard.ldnpipe" --no-plots \
    --out "$USER_HOME/results" 2>&1) || fail "'ldnwb run' in a read-only installation ($how, $attempt) exited with $?" "$out"
  check_run "$out" "$USER_HOME/results" "'ldnwb run' in a read-only installation ($how, $attempt)"
done
ls "$INSTALL"/configuration/*.jsa >/dev/null 2>&1 && fail "a class-data archive was written into the read-only installation"
ls "$USER_HOME"/.cache/ldnworkbench/'ldnworkbench-'*/ldnwb-run-no-plots-*.jsa >/dev/null 2>&1 \
  || fail "no class-data archive in the user's cache folder ($USER_HOME/.cache/ldnworkbench)"
chmod -R u+w "$INSTALL"
step "ldnwb run in a read-only installation ($how): exit 0, table, results folder"

# 5. no Java 17
expect_refusal() { # WHAT EXPECTED_TEXT COMMAND...
  local what=$1 expected=$2 code=0
  shift 2
  out=$("$@" 2>&1) || code=$?
  [ "$code" -ne 0 ] || fail "ldnwb started with $what (exit 0)" "$out"
  grep -qF -- "$expected" <<<"$out" || fail "ldnwb with $what does not say '$expected'" "$out"
  grep -qF 'Java 17 or newer' <<<"$out" || fail "ldnwb with $what does not say that it needs Java 17 or newer" "$out"
  grep -qF 'apt-get install openjdk-17-jre' <<<"$out" || fail "ldnwb with $what does not say how to get Java" "$out"
  step "ldnwb with $what: exit $code, '$(head -n 1 <<<"$out")'"
}
expect_refusal "JAVA_HOME pointing to nothing and no java on PATH" "JAVA_HOME is set to '$WORK/no java here'" \
  env -i HOME="$WORK" JAVA_HOME="$WORK/no java here" PATH="$NO_JAVA_PATH" bash "$INSTALL/ldnwb" list
FAKE_JDK="$WORK/jdk 11"
mkdir -p "$FAKE_JDK/bin"
printf '#!/bin/sh\necho "openjdk version \\"11.0.2\\" 2019-01-15" >&2\n' > "$FAKE_JDK/bin/java"
chmod 755 "$FAKE_JDK/bin/java"
echo 'JAVA_VERSION="11.0.2"' > "$FAKE_JDK/release"
expect_refusal "JAVA_HOME pointing to a Java 11" "which is Java 11" \
  env JAVA_HOME="$FAKE_JDK" "$INSTALL/ldnwb" run "$INSTALL/examples/ldn-vs-standard.ldnpipe"
step "passed"
