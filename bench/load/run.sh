#!/usr/bin/env bash
# Load benchmark (issue 8 part 1): bare and relay anchors, the Bot Framework JavaScript SDK peer (bench/load/peer)
# and the app with the city-sized store, each pinned to core 0; the fake Connector and wrk pinned to core 1. Then
# outcome submissions (Teams invokes) against the app on a scratch copy of the store. Writes bench/load/results.md.
# Run from anywhere:
#   bench/load/run.sh [SECONDS]      (default 10 s per cell)
# Environment: OUT (working directory, default /tmp/statusbot-load), CPORT/PORT (fake Connector and server ports,
# default 5199/5200), CELLS (groups to run, default "bare relay peer questions submit compose"; any other selection writes
# results.md to $OUT instead of bench/load, so a partial run never replaces the recorded table).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
secs=${1:-10}; out=${OUT:-/tmp/statusbot-load}; mkdir -p "$out"
command -v wrk >/dev/null || apt-get install -y wrk
command -v taskset >/dev/null || apt-get install -y util-linux
command -v sqlite3 >/dev/null || apt-get install -y sqlite3
all_cells="bare relay peer questions submit compose"; cells=${CELLS:-$all_cells}
want() { [[ " $cells " == *" $1 "* ]]; }
results="$here/results.md"; [ "$cells" = "$all_cells" ] || results="$out/results.md"
dotnet build -c Release "$root/src/StatusBot/StatusBot.csproj" -o "$out/app" -v q -nologo >/dev/null
dotnet build -c Release "$root/bench/StatusBot.Anchors/StatusBot.Anchors.csproj" -o "$out/anchors" -v q -nologo >/dev/null
[ -f "$out/city.db" ] || "$here/citystore.sh" "$out/app/statusbot.dll" "$out/city.db"

CPORT=${CPORT:-5199}; PORT=${PORT:-5200}; connector="http://127.0.0.1:$CPORT/"
pids=(); cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }; trap cleanup EXIT
wait_up() { for _ in $(seq 300); do curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0; sleep 0.2; done; echo "port $1 not up" >&2; exit 1; }

taskset -c 1 dotnet "$out/anchors/StatusBot.Anchors.dll" connector $CPORT & pids+=($!); wait_up $CPORT

declare -A rps p50 p99 reqs
# One cell: wrk at C connections against the server on PORT; checks replies counted == requests answered.
cell() { # name conns text expect_replies
  local name=$1 c=$2 text=$3 expect=$4
  curl -s -X POST "${connector}reset" >/dev/null
  TEXT=$text CONNECTOR=$connector taskset -c 1 wrk -t1 -c"$c" -d3s -s "$here/activity.lua" "http://127.0.0.1:$PORT/api/messages" >/dev/null # warm-up
  curl -s -X POST "${connector}reset" >/dev/null
  local line; line=$(TEXT=$text CONNECTOR=$connector taskset -c 1 wrk -t1 -c"$c" -d"${secs}s" --timeout 10s -s "$here/activity.lua" "http://127.0.0.1:$PORT/api/messages" | grep '^RESULT')
  sleep 0.5
  read -r _ n bad r l50 l99 <<<"$line"; read -r replies cards _ <<<"$(curl -s "${connector}count")"
  local k="$name@$c"; rps[$k]=$r; p50[$k]=$l50; p99[$k]=$l99; reqs[$k]=$n
  echo "$k: $n requests ($bad errors), $r/s, p50 ${l50}us p99 ${l99}us, connector replies $replies (with card $cards)"
  if [ "$expect" = yes ] && [ "$replies" != "$n" ]; then
    # wrk stops mid-request at the deadline (warm-up and run): those requests reply without wrk counting them.
    echo "  NOTE $k: replies ($replies) != requests ($n); difference $((replies - n)) (up to 2 x $c expected: requests cut off at the end of the warm-up and of the run are answered but not counted by wrk)"
  fi
  [ "$bad" = 0 ] || echo "  WARN $k: $bad errors"
  echo "$k $n $bad $r $l50 $l99 $replies $cards" >>"$out/cells.txt"
}
: >"$out/cells.txt"
status="hur går nämndmål 3.6.1?"; list="vilka mål uppfylls delvis?"

if want bare; then
taskset -c 0 dotnet "$out/anchors/StatusBot.Anchors.dll" bare $PORT & p=$!; pids+=($p); wait_up $PORT
for c in 1 16 64; do cell bare $c "$status" no; done; kill $p; wait $p 2>/dev/null || true
fi

if want relay; then
taskset -c 0 dotnet "$out/anchors/StatusBot.Anchors.dll" relay $PORT & p=$!; pids+=($p); wait_up $PORT
for c in 1 16 64; do cell relay $c "$status" yes; done; kill $p; wait $p 2>/dev/null || true
fi

# The peer (issue 8): the Bot Framework JavaScript SDK (bench/load/peer, npm botbuilder) doing the relay's job.
peer_info=""
if want peer; then
{ command -v node && command -v npm; } >/dev/null || apt-get install -y nodejs npm
[ -d "$here/peer/node_modules" ] || npm ci --prefix "$here/peer" --no-audit --no-fund
peer_info="node $(node --version), botbuilder $(node -p "require('$here/peer/node_modules/botbuilder/package.json').version")"
taskset -c 0 node "$here/peer/index.js" $PORT >"$out/peer.log" 2>&1 & p=$!; pids+=($p); wait_up $PORT
for c in 1 16 64; do cell peer $c "$status" yes; done; kill $p; wait $p 2>/dev/null || true
fi

# The app, pinned to core 0, on the city store; extra settings as arguments. Logs to $out/app-NAME.log.
start_app() { # name store [VAR=value...]
  local name=$1 store=$2; shift 2
  env "$@" Demo__Enabled=false Logging__LogLevel__Default=Warning \
    Conversation__DefaultOrganisation="Enskede-Årsta-Vantörs stadsdelsnämnd" \
    Bot__PerConversationPerSecond=1000000 Bot__PerConversationPer30Seconds=30000000 Bot__GlobalPerSecond=1000000 \
    taskset -c 0 dotnet "$out/app/statusbot.dll" serve --store "$store" --urls "http://127.0.0.1:$PORT" >"$out/app-$name.log" 2>&1 & p=$!
  pids+=($p); wait_up $PORT
}
# Tiered compilation with PGO: under full load on one core the hot paths run instrumented code for about a minute
# (status@16 ~2 700/s) before the optimised code arrives (~11 000/s), so a fixed short warm-up measures the JIT.
# 5 s loads at 16 connections for at least MIN seconds, then until two in a row are within 3 % (at most 240 s).
warm() { # label min-seconds [VAR=value...] (TEXT or QUESTIONS for activity.lua; SCRIPT=, QUERIES= for compose.lua)
  local label=$1 min=$2 t=0 r prev=0 first="" script=activity.lua a; shift 2
  for a in "$@"; do [[ $a == SCRIPT=* ]] && script=${a#SCRIPT=}; done # SCRIPT=compose.lua for invokes
  while [ $t -lt 240 ]; do
    r=$(env "$@" CONNECTOR=$connector taskset -c 1 wrk -t1 -c16 -d5s -s "$here/$script" "http://127.0.0.1:$PORT/api/messages" | awk '/^RESULT/ {print int($4)}')
    t=$((t + 5)); first=${first:-$r}
    if [ $t -ge "$min" ] && awk -v a="$r" -v b="$prev" 'BEGIN { exit !(b > 0 && a < b * 1.03 && a > b * 0.97) }'; then break; fi
    prev=$r
  done
  echo "warm-up $label: $t s; first 5 s at $first/s, last 5 s at $r/s"
  warmups+="${warmups:+; }$label $t s (first 5 s $first/s, last $r/s)"
}
warmups=""

rss=""
if want questions; then
# A city's directory: ~3 200 responsibilities (citypeople.sh), so status answers look people up at scale.
[ "$(sqlite3 "$out/city.db" 'select count(*) from responsibilities')" != 0 ] || "$here/citypeople.sh" "$out/app/statusbot.dll" "$out/city.db"
# Every nämndmål of the default organisation in turn, so the status card cache holds 25 cards, not one.
sqlite3 "$out/city.db" "select 'hur går nämndmål ' || g.number || '?' from goals g join plans p on p.id = g.plan_id
  where p.organisation = 'Enskede-Årsta-Vantörs stadsdelsnämnd' and p.year = 2023 and g.level = 'namndmal' order by g.position" >"$out/questions.txt"
start_app questions "$out/city.db"
warm status 90 TEXT="$status"
warm list 30 TEXT="$list"
warm search 30 TEXT="hur går det med sjukfrånvaron?"
for c in 1 16 64; do cell status $c "$status" yes; done
QUESTIONS="$out/questions.txt" cell status-25-goals 16 "$status" yes
for c in 1 16 64; do cell list $c "$list" yes; done
# Free text: the goal search over the whole city index (no number in the question).
cell search 16 "hur går det med sjukfrånvaron?" yes
# The same status question from a group chat, where no conversation reference is kept.
CONVTYPE=groupChat cell status-groupchat 16 "$status" yes
rss=$(awk '/VmHWM/ {print $2}' /proc/$p/status); echo "app peak RSS (VmHWM): $((rss / 1024)) MB"
kill $p; wait $p 2>/dev/null || true

# What the status card cache saves: the same cells with the cache off.
start_app nocache "$out/city.db" Cards__StatusCardCacheMegabytes=0
warm status-nocache 90 TEXT="$status"
cell status-nocache 16 "$status" yes
QUESTIONS="$out/questions.txt" cell status-25-goals-nocache 16 "$status" yes
kill $p; wait $p 2>/dev/null || true
fi

# Outcome submissions (issue 8): Teams invokes "adaptiveCard/action", verb skickaIn, each a valid outcome form for
# another goal of the current year's plans (bench/load/submit.lua, goals from bench/load/submitgoals.sh). They write
# to the store, so the app serves a scratch copy of city.db (submit.db, made afresh each run). The bench user
# (aadObjectId aad-bench-user) is configured as coordinator (Responsibilities section) of every organisation with
# a plan that year. The invoke's answer is its HTTP response, so replies are checked in the store: the submissions
# stored by the run (counted by their activity ids) against wrk's count; submit.lua counts every response that is
# not the confirmation card (conflict, refusal, form sent back with errors, anything else) as an error.
sub_info=""
if want submit; then
sub_db="$out/submit.db"; rm -f "$sub_db" "$sub_db-wal" "$sub_db-shm"; sqlite3 "$out/city.db" ".backup '$sub_db'"
year=$(date -u +%Y); month=$((10#$(date -u +%m)))
if [ "$(sqlite3 "$sub_db" "select count(*) from plans where year = $year")" != 0 ]; then
  kind=VB; [ "$month" -le 8 ] && kind=T2; [ "$month" -le 4 ] && kind=T1   # the period open today (ReportingPeriod.Containing)
else
  year=$(sqlite3 "$sub_db" "select max(year) from plans"); kind=VB        # no plan for this year: the newest year's VB
fi
coordinators=(); i=0
while IFS= read -r org; do
  coordinators+=("Responsibilities__${i}__Organisation=$org" "Responsibilities__${i}__Year=$year"
                 "Responsibilities__${i}__AadObjectId=aad-bench-user" "Responsibilities__${i}__Role=Coordinator")
  i=$((i + 1))
done < <(sqlite3 "$sub_db" "select distinct organisation from plans where year = $year order by organisation")
"$here/submitgoals.sh" "$sub_db" "$year" "$kind" >"$out/submit-goals.tsv"
ngoals=$(wc -l <"$out/submit-goals.tsv")
echo "submit: $kind $year, $ngoals goals, bench user coordinator of $i organisations, store $sub_db"

start_app submit "$sub_db" "${coordinators[@]}"

stored() { sqlite3 "$sub_db" "select count(*) from outcomes where source_activity_id like 'submit-$1-%'"; }
# Requests cut off at a run's deadline are still being stored: wait until the count stands still for 1 s, so the
# next run's expected versions (read from the store by submitgoals.sh) are right.
settle() { local a b; a=$(stored "$1"); for _ in $(seq 60); do sleep 1; b=$(stored "$1"); [ "$a" = "$b" ] && return; a=$b; done; }
submit_wrk() { # run-tag conns seconds
  "$here/submitgoals.sh" "$sub_db" "$year" "$kind" >"$out/submit-goals.tsv"
  GOALS="$out/submit-goals.tsv" RUN=$1 CONNECTOR=$connector taskset -c 1 wrk -t1 -c"$2" -d"$3" --timeout 10s \
    -s "$here/submit.lua" "http://127.0.0.1:$PORT/api/messages"
  settle "$1"
}
submit_wrk warmup 16 20s >/dev/null   # JIT of the submit path (the first submission takes ~2 s)
for c in 1 16 64; do
  k="submit@$c"
  submit_wrk "warmup$c" "$c" 3s >/dev/null
  curl -s -X POST "${connector}reset" >/dev/null
  res=$(submit_wrk "run$c" "$c" "${secs}s")
  read -r _ n bad r l50 l99 <<<"$(grep '^RESULT' <<<"$res")"
  read -r _ sent ok conflict refused invalid other <<<"$(grep '^SUBMIT' <<<"$res")"
  s=$(stored "run$c"); read -r replies _ <<<"$(curl -s "${connector}count")"
  rps[$k]=$r; p50[$k]=$l50; p99[$k]=$l99; reqs[$k]=$n
  echo "$k: $n requests ($bad errors), $r/s, p50 ${l50}us p99 ${l99}us; stored $s of $sent sent; confirmations $ok," \
    "conflicts $conflict, refusals $refused, invalid $invalid, other $other; connector posts $replies"
  [ "$conflict" = 0 ] && [ "$refused" = 0 ] && [ "$invalid" = 0 ] && [ "$other" = 0 ] && [ "$ok" = "$n" ] ||
    echo "  WARN $k: $((n - ok)) responses were not the confirmation card"
  if [ "$s" -lt "$ok" ] || [ "$s" -gt "$sent" ]; then
    echo "  WARN $k: stored ($s) is not between the confirmations ($ok) and the requests sent ($sent)"
  elif [ "$s" != "$n" ]; then
    echo "  NOTE $k: stored ($s) != requests ($n); difference $((s - n)) (up to $c expected: requests cut off at the end of the run are stored but not counted by wrk)"
  fi
  echo "$k $n $bad $r $l50 $l99 $s $ok" >>"$out/cells.txt"
  sub_info+="${sub_info:+, }$k $conflict/$refused/$invalid/$other"
done
kill $p; wait $p 2>/dev/null || true
fi

# The compose box's search (issue 18): Teams' composeExtension/query invoke, answered in its HTTP response (no
# Connector reply), the queries in turn: a goal number, free text, "mina mål", a search over indicators, and the
# initial run with nothing typed (the bench user's own goals). Teams gives an invoke 5 s.
compose_info=""
if want compose; then
[ "$(sqlite3 "$out/city.db" 'select count(*) from responsibilities')" != 0 ] || "$here/citypeople.sh" "$out/app/statusbot.dll" "$out/city.db"
start_app compose "$out/city.db"
queries="3.6.1|trygghet|mina mål|sjukfrånvaro|"
warm compose 30 QUERIES="$queries" SCRIPT=compose.lua
for c in 1 16 64; do
  k="compose@$c"
  line=$(QUERIES="$queries" taskset -c 1 wrk -t1 -c"$c" -d"${secs}s" --timeout 10s -s "$here/compose.lua" "http://127.0.0.1:$PORT/api/messages" | grep '^RESULT')
  read -r _ n bad r l50 l99 <<<"$line"
  rps[$k]=$r; p50[$k]=$l50; p99[$k]=$l99; reqs[$k]=$n
  echo "$k: $n requests ($bad errors or wrong answers), $r/s, p50 ${l50}us p99 ${l99}us"
  echo "$k $n $bad $r $l50 $l99 - -" >>"$out/cells.txt"
done
compose_info="queries in turn: ${queries//|/, } (empty = initial run), count 10, group chat"
kill $p; wait $p 2>/dev/null || true
fi

# Two decimals, or five below 0.01 (submit cells run at a ten-thousandth of the relay); "-" without a relay cell.
ratio() {
  if [ -z "$2" ]; then printf -- -; return; fi
  local q; q=$(echo "$1/$2" | bc -l)
  if [ "$(echo "$q < 0.01" | bc -l)" = 1 ]; then printf %.5f "$q"; else printf %.2f "$q"; fi
}
{
  echo "# Load benchmark results"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); ${secs} s per cell."
  echo "Servers pinned to core 0, wrk and fake Connector to core 1. Latency is wrk's round trip: the bot awaits its"
  echo "reply POST before answering, so it spans receipt to reply. App store: city.db ($(du -h "$out/city.db" | cut -f1))."
  echo
  echo "| Cell | Requests | Errors | Req/s | p50 (ms) | p99 (ms) | Replies | Req/s vs relay | p99 vs relay |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  while read -r k n bad r l50 l99 replies cards; do
    c=${k#*@}; rr=${rps[relay@$c]:-}; rp=${p99[relay@$c]:-}
    printf "| %s | %s | %s | %s | %.2f | %.2f | %s | %s | %s |\n" "$k" "$n" "$bad" "$r" \
      "$(echo "$l50/1000" | bc -l)" "$(echo "$l99/1000" | bc -l)" "$replies" "$(ratio "$r" "$rr")" "$(ratio "$l99" "$rp")"
  done <"$out/cells.txt"
  echo
  echo "Replies: the fake Connector's count of reply POSTs, except for submit@N, where it is the number of submissions"
  echo "stored by the run (an invoke is answered in its HTTP response). It may exceed Requests by up to 2 x connections"
  echo "(questions) or 1 x connections (submit): requests cut off by wrk's deadline are answered but not counted by wrk."
  if [ -n "$peer_info" ]; then
    echo
    echo "peer@N: the Bot Framework JavaScript SDK ($peer_info; bench/load/peer) doing the relay's"
    echo "job: CloudAdapter without credentials on node:http, an ActivityHandler replying with the relay's card through"
    echo "context.sendActivity; one Node process (one thread for JavaScript) pinned to core 0 like the anchors."
  fi
  if want submit; then
    echo
    echo "submit@N: Teams invoke adaptiveCard/action, verb skickaIn, a complete valid outcome form for $kind $year, request i"
    echo "to goal i mod $ngoals (the goals of the $year plans) with the version expected after the earlier ones; the app on"
    echo "a scratch copy of city.db, the bench user configured as coordinator. Errors: responses other than the"
    echo "confirmation card (wrk socket errors included). Conflicts/refusals/invalid forms/other: $sub_info."
  fi
  if [ -n "$compose_info" ]; then
    echo
    echo "compose@N: Teams invoke composeExtension/query (the compose box's search), answered in the HTTP response;"
    echo "$compose_info. Replies \"-\": there is no Connector reply. Errors include any answer that is not a"
    echo "composeExtension result or message. Teams' limit for an invoke is 5 s."
  fi
  if [ -n "$rss" ]; then
    echo
    echo "App peak RSS (VmHWM) with the city store: $((rss / 1024)) MB."
  fi
  if [ -n "$warmups" ]; then
    echo
    echo "Warm-up before measuring (5 s loads at 16 connections until steady): $warmups."
  fi
} >"$results"
cat "$results"
