-- POSTs one Teams personal-chat message activity, the text taken from $TEXT and the serviceUrl from $CONNECTOR;
-- with $QUESTIONS (a file, one question per line) the questions are sent in turn instead.
-- Activity ids need not be unique (the brief allows it); one conversation, so the bot's per-conversation limiter
-- is raised by run.sh.
local text = os.getenv("TEXT") or "hur går nämndmål 3.6.1?"
local connector = os.getenv("CONNECTOR") or "http://127.0.0.1:5199/"
-- CONVTYPE=groupChat skips the per-message save of the conversation reference (kept for personal chats only),
-- which run.sh uses to measure what that SQLite write costs.
local convtype = os.getenv("CONVTYPE") or "personal"
local tenant = "00000000-0000-0000-0000-0000000000bb"
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local function body(question)
  return '{"type":"message","id":"bench-1","timestamp":"2026-11-25T01:00:00Z","serviceUrl":"' .. connector .. '",' ..
    '"channelId":"msteams","from":{"id":"bench-user","name":"Chef","aadObjectId":"aad-bench-user"},' ..
    '"recipient":{"id":"28:statusbot","name":"StatusBot"},' ..
    '"conversation":{"id":"a:bench-conversation","conversationType":"' .. convtype .. '","tenantId":"' .. tenant .. '"},' ..
    '"channelData":{"tenant":{"id":"' .. tenant .. '"}},"locale":"sv-SE","textFormat":"plain","text":"' .. question .. '"}'
end
wrk.body = body(text)

local bodies = {}
local questions = os.getenv("QUESTIONS")
if questions then
  -- Built in init(), once wrk has set the request's path and host: formatting at load time yields no request line.
  init = function(args)
    for line in io.lines(questions) do
      if line ~= "" then bodies[#bodies + 1] = wrk.format(nil, nil, nil, body(line)) end
    end
  end
  local i = 0
  request = function()
    i = i % #bodies + 1
    return bodies[i]
  end
end

-- One machine-readable line for run.sh: requests, non-2xx, throughput, p50 and p99 in microseconds.
done = function(summary, latency, requests)
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %d %.1f %d %d\n", summary.requests, bad,
    summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(99)))
end
