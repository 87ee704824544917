-- POSTs Teams' composeExtension/query invoke (the compose box's "Sök mål" search, issue 18) to /api/messages, the
-- query texts taken in turn from $QUERIES (separated by "|"; an empty one is the initial run with nothing typed).
-- The answer is the invoke's HTTP response, so every response is checked to be a composeExtension result or message;
-- anything else counts as an error. One group chat: the card inserted is the shared one.
local queries = os.getenv("QUERIES") or "3.6.1|trygghet|mina mål|sjukfrånvaro|"
local tenant = "00000000-0000-0000-0000-0000000000bb"
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local function body(query)
  local parameter = query == "" and '{"name":"initialRun","value":"true"}' or '{"name":"sokord","value":"' .. query .. '"}'
  return '{"type":"invoke","name":"composeExtension/query","id":"bench-q","timestamp":"2026-11-25T01:00:00Z",' ..
    '"serviceUrl":"http://127.0.0.1:1/","channelId":"msteams",' ..
    '"from":{"id":"29:bench-user","name":"Chef","aadObjectId":"aad-bench-user"},' ..
    '"recipient":{"id":"28:statusbot","name":"StatusBot"},' ..
    '"conversation":{"id":"19:bench-group","conversationType":"groupChat","tenantId":"' .. tenant .. '"},' ..
    '"channelData":{"tenant":{"id":"' .. tenant .. '"}},"locale":"sv-SE",' ..
    '"value":{"commandId":"sokMal","parameters":[' .. parameter .. '],"queryOptions":{"skip":0,"count":10}}}'
end

local bodies = {}
init = function(args)
  for q in (queries .. "|"):gmatch("([^|]*)|") do bodies[#bodies + 1] = wrk.format(nil, nil, nil, body(q)) end
end
local i = 0
request = function()
  i = i % #bodies + 1
  return bodies[i]
end

bad = 0
response = function(status, headers, response_body)
  if status ~= 200 or not response_body:find('"composeExtension"', 1, true)
     or not (response_body:find('"type":"result"', 1, true) or response_body:find('"type":"message"', 1, true)) then
    bad = bad + 1
  end
end

local threads = {}
setup = function(thread) threads[#threads + 1] = thread end

-- The same machine-readable line as activity.lua: requests, errors (non-2xx, socket errors, wrong answers),
-- throughput, p50 and p99 in microseconds.
done = function(summary, latency, requests)
  local wrong = 0
  for _, t in ipairs(threads) do wrong = wrong + (t:get("bad") or 0) end
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %d %.1f %d %d\n", summary.requests, errors + wrong,
    summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(99)))
end
