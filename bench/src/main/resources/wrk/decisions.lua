-- Stripe's real-time authorization requests at a fixed rate: each connection waits $DELAY_MS between requests.
-- The requests are signed beforehand (bench/Decisions.java) into $REQUESTS, one per line: the Stripe-Signature
-- header, a tab, the body; every authorization id is new, so none is answered from an earlier decision. Each
-- wrk thread takes every $THREADS-th line from its own start.
package.path = os.getenv("WRK_SCRIPTS") .. "/?.lua;" .. package.path
local report = require("report")

local delay_ms = tonumber(os.getenv("DELAY_MS"))
local threads = 0
local lines = {}
local i = 0

function setup(thread)
  thread:set("index", threads)
  threads = threads + 1
end

function init(args)
  local n = 0
  for line in io.lines(os.getenv("REQUESTS")) do
    if n % tonumber(os.getenv("THREADS")) == index then
      local tab = string.find(line, "\t", 1, true)
      lines[#lines + 1] = { string.sub(line, 1, tab - 1), string.sub(line, tab + 1) }
    end
    n = n + 1
  end
end

request = function()
  i = i % #lines + 1
  return wrk.format("POST", "/api/v1/webhooks/stripe",
    { ["Content-Type"] = "application/json", ["Stripe-Signature"] = lines[i][1] }, lines[i][2])
end

delay = function()
  return delay_ms
end

done = report.done
