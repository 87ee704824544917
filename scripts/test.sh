#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs what the tests need (PostgreSQL server,
# Chromium, npm packages of the shared tools), starts a throwaway PostgreSQL, runs `dotnet test`, and
# prints "tests: N passed, N failed, N skipped" as its last line. Exit code 0 only when nothing failed.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${STATUSBOT_SHARED:-$ROOT/../shared}"
cd "$ROOT"

log() { echo "[test.sh] $*" >&2; }

need_apt=()
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need_apt+=(postgresql)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing ${need_apt[*]} (apt)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >&2 \
    || log "warning: apt-get install failed; tests needing ${need_apt[*]} will fail"
fi

PG_PORT="${STATUSBOT_PG_PORT:-55432}"
if [ -z "${STATUSBOT_TEST_POSTGRES:-}" ]; then
  if conn=$("$SHARED/tools/postgres/pg-throwaway.sh" start "$PG_PORT"); then
    export STATUSBOT_TEST_POSTGRES="$conn"
    trap '"$SHARED/tools/postgres/pg-throwaway.sh" stop "$PG_PORT" >/dev/null 2>&1 || true' EXIT
    log "PostgreSQL: $STATUSBOT_TEST_POSTGRES"
  else
    log "error: could not start PostgreSQL; the PostgreSQL store tests will fail"
  fi
fi
export STATUSBOT_SHARED="$SHARED"

RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
dotnet build StatusBot.sln -c Release -nologo -v q >&2
build_rc=$?
test_rc=1
if [ $build_rc -eq 0 ]; then
  dotnet test StatusBot.sln -c Release --no-build -nologo --logger "trx" --logger "console;verbosity=minimal" \
    --results-directory "$RESULTS" "$@" >&2
  test_rc=$?
fi

passed=0; failed=0; skipped=0
for f in "$RESULTS"/*.trx; do
  [ -f "$f" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  get() { echo "$counters" | grep -o "$1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  p=$(get passed); fl=$(get failed); t=$(get total); e=$(get executed)
  passed=$((passed + p)); failed=$((failed + fl)); skipped=$((skipped + t - e))
done
if [ $build_rc -ne 0 ]; then failed=$((failed + 1)); log "build failed"; fi
if [ $test_rc -ne 0 ] && [ $failed -eq 0 ]; then failed=1; log "dotnet test exited $test_rc"; fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ] && [ $passed -gt 0 ]
