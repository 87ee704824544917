#!/usr/bin/env bash
# Runs the pinned Bicep CLI (from the NuGet package Azure.Bicep.CommandLine.linux-x64, restored once into the
# NuGet cache by infra/tools/bicep.csproj) with the given arguments.
#
#   infra/bicep.sh build infra/main.bicep --stdout
#   infra/bicep.sh lint infra/main.bicep
#   infra/bicep.sh check [MAIN]     # build + lint main.bicep and its *.bicepparam; ANY diagnostic fails
#
# Bicep itself exits 0 on warnings; `check` treats them as failures so that the templates stay clean.
set -euo pipefail
INFRA="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BICEP_VERSION=0.49.2

packages_dir() {
  if [ -n "${NUGET_PACKAGES:-}" ]; then echo "$NUGET_PACKAGES"; return; fi
  dotnet nuget locals global-packages -l | sed -n 's/^global-packages: *//p'
}

bicep_binary() {
  local bin
  bin="$(packages_dir)/azure.bicep.commandline.linux-x64/$BICEP_VERSION/tools/bicep"
  bin="${bin//\/\///}"
  if [ ! -x "$bin" ]; then
    if [ ! -f "$bin" ]; then
      echo "bicep.sh: restoring Bicep CLI $BICEP_VERSION (NuGet)" >&2
      dotnet restore "$INFRA/tools/bicep.csproj" -nologo -v q >&2
    fi
    # The package extracts without the executable bit on some NuGet versions.
    chmod +x "$bin" 2>/dev/null || true
  fi
  [ -x "$bin" ] || { echo "bicep.sh: Bicep CLI not found at $bin" >&2; exit 2; }
  echo "$bin"
}

BICEP="$(bicep_binary)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 BICEP_TRACING_ENABLED=false

if [ "${1:-}" != "check" ]; then
  exec "$BICEP" "$@"
fi

# check: compile and lint the template and every parameter file; a diagnostic of any level fails.
MAIN="${2:-$INFRA/main.bicep}"
status=0
run_clean() { # verb file [args...]
  local out
  if ! out="$("$BICEP" "$@" 2>&1 >/dev/null)"; then
    echo "bicep $1 $2 failed:" >&2; echo "$out" >&2; status=1
  elif [ -n "$out" ]; then
    echo "bicep $1 $2 reported diagnostics (warnings count as failures):" >&2; echo "$out" >&2; status=1
  else
    echo "bicep $1 $(basename "$2"): clean" >&2
  fi
}
run_clean build "$MAIN" --stdout
run_clean lint "$MAIN"
for params in "$(dirname "$MAIN")"/*.bicepparam; do
  [ -f "$params" ] || continue
  run_clean build-params "$params" --stdout
  run_clean lint "$params"
done
exit $status
