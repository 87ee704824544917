#!/usr/bin/env bash
# Generates the city-sized store: the three seeds as they are, plus each seed cloned into 14 stadsdelsnämnder x 3
# years (organisation renamed by a district prefix, every year in the text shifted by 0/1/2 so periods stay
# consistent, one number per indicator row nudged deterministically), imported with the real importer
# (`statusbot import`, i.e. PlanImport -> GoalStoreFactory -> SavePlansAsync) into one SQLite file.
# Usage: citystore.sh APP_DLL OUT.db
set -euo pipefail
app=$1; out=$2
seeds=$(cd "$(dirname "$0")/../../../shared/seeds" && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
rm -f "$out"
dotnet "$app" import "$seeds"/*.txt --store "$out" | grep '^Ny:' >"$work/log"
declare -A names=(
  [verksamhetsberattelse-2023-enskede-arsta-vantor.txt]="Enskede-Årsta-Vantörs stadsdelsnämnd"
  [verksamhetsplan-2023-stod-och-aktivitetsenheten.txt]="Stöd- och aktivitetsenheten"
  [verksamhetsplan-2024-hagersten-alvsjo.txt]="Hägersten-Älvsjö stadsdelsnämnd")
for n in $(seq 1 14); do
  for f in "$seeds"/*.txt; do
    base=$(basename "$f")
    for shift in 0 1 2; do
      # Years shift as a whole so a VB for 2023 becomes one for 2024/2025 with its own periods; percentages are
      # nudged by (n+shift) mod 7 - 3 so outcomes differ between clones but stay plausible (never below 0).
      N=$n S=$shift perl -CSD -pe '
        s/\b(20[12]\d)\b/$1+$ENV{S}/ge;
        s/\b(\d{1,2}) ?%/ my $v=$1+(($ENV{N}+$ENV{S})%7)-3; ($v<0?0:$v)." %" /ge;' "$f" > "$work/y$shift-$base"
    done
    # --organisation wins over the name the document states, which is how a clone becomes another nämnd.
    dotnet "$app" import "$work"/y*-"$base" --store "$out" --organisation "${names[$base]} $n" | grep '^Ny:' >>"$work/log" || true
    rm -f "$work"/y*-"$base"
  done
done
perl -ne '/\((\d+) mål, (\d+) indikatorer, (\d+) aktiviteter\)/ and do { $p++; $g+=$1; $i+=$2; $a+=$3 };
  END { print "city store: $p plans, $g goals, $i indicators, $a activities\n" }' "$work/log"
