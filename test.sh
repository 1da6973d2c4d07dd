#!/usr/bin/env bash
# Runs every RoboMirror test and ends with one line "N passed, N failed[, N skipped]".
# Installs the Debian and npm packages the tests need (as root; otherwise prints the exact command).
# Exit code: 0 when no test failed, 1 otherwise.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

# Debian packages the tests use: Cyclone DDS (library, headers + idlc for the C interop peer, tools),
# Fast DDS for the second interop peer, Node.js + npm for the official MCAP/CDR readers, iproute2 for
# the network-namespace tests.
debian_packages=(libddsc0debian cyclonedds-dev cyclonedds-tools libfastrtps-dev fastddsgen cmake gcc g++ nodejs npm iproute2)
missing=()
for p in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# nodejs may come from elsewhere (nvm, NodeSource): a working node and npm are enough.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]}"
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "test.sh: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null || {
      echo "test.sh: apt-get install ${missing[*]} failed" >&2; exit 1; }
  else
    echo "test.sh: these Debian packages are needed; install them, then run again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# npm packages (official readers), pinned by each folder's package-lock.json.
for lock in tests/interop/*/package-lock.json; do
  [ -f "$lock" ] || continue
  dir=$(dirname "$lock")
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || {
    echo "test.sh: npm ci in $dir failed" >&2; exit 1; }
done

# DDS traffic stays on loopback.
export CYCLONEDDS_URI="file://$root/tests/config/cyclonedds-loopback.xml"
export ROBOMIRROR_TEST_ROOT="$root"

results="$root/TestResults/run-$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$results"
# Build in parallel, then run the test assemblies one after another (the DDS and session tests share two
# cores better that way). Each assembly keeps its own parallelisation setting: the training tests must run
# one at a time because libtorch's random generator is process-global, so no runsettings override here.
dotnet build "$root/RoboMirror.sln" -c Release --nologo -v:quiet -clp:ErrorsOnly
status=$?
if [ "$status" -eq 0 ]; then
  dotnet test "$root/RoboMirror.sln" -c Release --nologo --no-build -m:1 \
    --logger "trx" --logger "console;verbosity=minimal" \
    --results-directory "$results"
  status=$?
fi

# Sum the counters of every TRX file: passed, failed (failed + error + timeout + aborted), skipped.
passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  # xunit's skipped tests are counted in total but not in executed (notExecuted stays 0).
  skipped=$((skipped + $(get total) - $(get executed)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The runner failed without a failing test in the results: a build error or a crashed test host.
  echo "test.sh: dotnet test exited with $status without a failed test in $files result files (build error or crashed test host)" >&2
  failed=1
fi
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]
