#!/usr/bin/env bash
# Install the peer dependencies (Debian/Ubuntu packages) if they are missing:
#   python3-scipy, python3-numpy  -> /usr/bin/python3 (a pyenv python3 on PATH
#                                    may lack SciPy; the peers always use /usr/bin/python3)
#   python3-matplotlib            -> the plots of default_example.py --plots
#   r-cran-desolve                -> Rscript with deSolve
#   hyperfine                     -> whole-command timings (docs/BENCHMARKS.md, section 5)
# Idempotent: does nothing when /usr/bin/python3 imports scipy+numpy+matplotlib, R loads deSolve and hyperfine is
# installed.
set -euo pipefail

have_deps() {
    /usr/bin/python3 -c 'import numpy, scipy.integrate, matplotlib' >/dev/null 2>&1 &&
    command -v Rscript >/dev/null 2>&1 &&
    Rscript -e 'suppressPackageStartupMessages(library(deSolve))' >/dev/null 2>&1 &&
    command -v hyperfine >/dev/null 2>&1
}

if have_deps; then
    echo "peer dependencies present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "install-deps.sh: need root (or sudo) to apt-get install" >&2; exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends python3-scipy python3-numpy python3-matplotlib r-cran-desolve hyperfine

have_deps || { echo "install-deps.sh: dependencies still missing after install" >&2; exit 1; }
echo "peer dependencies installed"
