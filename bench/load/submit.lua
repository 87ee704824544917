-- POSTs Teams invoke activities "adaptiveCard/action" (Universal Action, verb skickaIn = CardVerbs.SkickaIn) that
-- submit a complete, valid outcome form, one distinct submission per request. Run with wrk -t1 (one Lua state).
--   GOALS     file from bench/load/submitgoals.sh: goal id, newest submitted version, form data without "version"
--   RUN       tag making the activity ids unique to this wrk run ("submit-RUN-i"): a re-delivered id is stored once
--   CONNECTOR serviceUrl (an invoke is answered in the HTTP response; nothing is posted to it)
-- Request i goes to goal i mod G with expected version base + floor(i / G): as long as G is much larger than the
-- number of connections, two requests for one goal are never in flight together, so none should conflict.
local goals_file = os.getenv("GOALS") or error("GOALS not set")
local run = os.getenv("RUN") or "0"
local connector = os.getenv("CONNECTOR") or "http://127.0.0.1:5199/"
-- DUMP=file appends the status and body of every response that is not the confirmation card (for diagnosis).
local dump = os.getenv("DUMP") and io.open(os.getenv("DUMP"), "a")
local tenant = "00000000-0000-0000-0000-0000000000bb"

local goals = {}
for line in io.lines(goals_file) do
  local id, version, data = line:match("^([^\t]+)\t(%d+)\t({.*})$")
  if id then goals[#goals + 1] = { version = tonumber(version), rest = data:sub(2) } end
end
if #goals == 0 then error("no goals in " .. goals_file) end

local head = '{"type":"invoke","name":"adaptiveCard/action","id":"submit-' .. run .. '-'
local middle = '","timestamp":"2026-11-25T01:00:00Z","serviceUrl":"' .. connector .. '",' ..
  '"channelId":"msteams","from":{"id":"bench-user","name":"Chef","aadObjectId":"aad-bench-user"},' ..
  '"recipient":{"id":"28:statusbot","name":"StatusBot"},' ..
  '"conversation":{"id":"a:bench-conversation","conversationType":"personal","tenantId":"' .. tenant .. '"},' ..
  '"channelData":{"tenant":{"id":"' .. tenant .. '"}},"locale":"sv-SE",' ..
  '"value":{"trigger":"manual","action":{"type":"Action.Execute","verb":"skickaIn","data":{"version":'
local tail = '}}}'

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

-- wrk calls request() once before the run to check the request (script_verify_request, in thread 1's state):
-- that call takes i = -1 and is never sent, so the first request sent is i = 0 and "sent" counts only real ones.
sent, ok, conflict, refused, invalid, other = -1, 0, 0, 0, 0, 0

request = function()
  local i = sent
  sent = sent + 1
  local g = goals[(i % #goals) + 1]
  return wrk.format(nil, nil, nil,
    head .. i .. middle .. (g.version + math.floor(i / #goals)) .. ',' .. g.rest .. tail)
end

-- The invoke response is the card replacing the form. Only the updated status card with the confirmation
-- ("Tack! Ditt utfall för … är inskickat.", OutcomeFlow.SubmitCoreAsync) counts as a stored submission; the
-- markers are ASCII because the JSON writer may escape å/ä/ö.
response = function(status, headers, body)
  if status == 200 and body:find("Tack! Ditt utfall", 1, true) then ok = ok + 1
  elseif body:find("hann f", 1, true) then conflict = conflict + 1             -- OutcomeConflictCard
  elseif body:find("Du kan inte rapportera", 1, true) then refused = refused + 1 -- OutcomeAuthorisation.Refuse
  elseif body:find("markerade nedan", 1, true) then invalid = invalid + 1       -- form sent back with errors
  else other = other + 1 end                                                    -- malformed, goal gone, store, non-2xx
  if dump and status ~= 200 or dump and not body:find("Tack! Ditt utfall", 1, true) then
    dump:write(status, " ", body, "\n"); dump:flush()
  end
end

local threads = {}
setup = function(thread) threads[#threads + 1] = thread end

-- RESULT as activity.lua (errors = socket errors + responses that are not the confirmation card), then SUBMIT:
-- requests generated (completed + cut off at the deadline), confirmations, conflicts, refusals, invalid, other.
done = function(summary, latency, requests)
  local s, o, c, r, v, x = 0, 0, 0, 0, 0, 0
  for _, t in ipairs(threads) do
    s = s + t:get("sent"); o = o + t:get("ok"); c = c + t:get("conflict")
    r = r + t:get("refused"); v = v + t:get("invalid"); x = x + t:get("other")
  end
  local e = summary.errors
  local bad = e.connect + e.read + e.write + e.timeout + (summary.requests - o)
  io.write(string.format("RESULT %d %d %.1f %d %d\n", summary.requests, bad,
    summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(99)))
  io.write(string.format("SUBMIT %d %d %d %d %d %d\n", s, o, c, r, v, x))
end
