#!/usr/bin/env bash
# CPU profile of the app under load (issue 8: "a profile of where the time goes"), with Linux perf and the .NET perf
# map. Uses the build and city store of bench/load/run.sh (run it once first). Prints where the samples of one
# status@16 (or list@16) load go, frame by frame.
#   bench/load/profile/profile.sh [status|list|nocache]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); load=$(cd "$here/.." && pwd)
out=${OUT:-/tmp/statusbot-load}; what=${1:-status}
command -v perf >/dev/null || apt-get install -y linux-perf
CPORT=${CPORT:-5199}; PORT=${PORT:-5200}; connector="http://127.0.0.1:$CPORT/"
pids=(); cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }; trap cleanup EXIT
wait_up() { for _ in $(seq 300); do curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0; sleep 0.2; done; exit 1; }
taskset -c 1 dotnet "$out/anchors/StatusBot.Anchors.dll" connector "$CPORT" >/dev/null 2>&1 & pids+=($!); wait_up "$CPORT"
text="hur går nämndmål 3.6.1?"; cache=16
[ "$what" = list ] && text="vilka mål uppfylls delvis?"
[ "$what" = nocache ] && cache=0
env DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 Cards__StatusCardCacheMegabytes=$cache \
  Demo__Enabled=false Logging__LogLevel__Default=Warning Conversation__DefaultOrganisation="Enskede-Årsta-Vantörs stadsdelsnämnd" \
  Bot__PerConversationPerSecond=1000000 Bot__PerConversationPer30Seconds=30000000 Bot__GlobalPerSecond=1000000 \
  taskset -c 0 dotnet "$out/app/statusbot.dll" serve --store "$out/city.db" --urls "http://127.0.0.1:$PORT" >/dev/null 2>&1 & app=$!
pids+=($app); wait_up "$PORT"
load() { TEXT=$text CONNECTOR=$connector taskset -c 1 wrk -t1 -c16 -d"$1" -s "$load/activity.lua" "http://127.0.0.1:$PORT/api/messages" | grep '^RESULT'; }
echo "warming up 100 s (tiered JIT, see docs/performance.md)"; load 100s >/dev/null
load 12s & lp=$!; sleep 1
perf record -F 1999 -g -p "$app" -o "$out/profile-$what.data" -- sleep 8 >/dev/null 2>&1; wait "$lp"
perf script -i "$out/profile-$what.data" 2>/dev/null >"$out/profile-$what.txt"
f() { python3 "$here/frames.py" "$1" "${2:-1}" <"$out/profile-$what.txt" | head -"${3:-8}" || true; echo; }
echo "== by binary"; perf report -i "$out/profile-$what.data" --no-children --sort dso --stdio -g none 2>/dev/null | grep '%' | head -6; echo
echo "== Kestrel request processing"; f 'HttpProtocol\+<ProcessRequests>' 0 1
echo "== the bot endpoint"; f 'BotEndpoint\+<HandleAsync>' 1 6
echo "== the handler"; f 'StatusBotActivityHandler\+<OnMessageAsync>' 1 6
echo "== the answer"; f 'StatusBotResponder\+<AskForReplyAsync>' 1 6
echo "== the reply to the Connector"; f 'TurnContext::ReplyAsync' 1 4
echo "== inside the connector pipeline"; f 'ConnectorClient::SendAsync' 3 6
echo "== of which the HTTP send proper (sockets, HTTP/1.1)"; f 'SocketsHttpHandler::SendAsync|HttpConnectionHandler::SendAsync' 0 1
echo "== OpenTelemetry listeners"; f 'OpenTelemetry' 0 1
