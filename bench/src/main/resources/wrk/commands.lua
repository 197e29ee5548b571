-- The command mix: feedback ingest, and every ingested item walked through triaged, in_progress, done and archived
-- with If-Match on the version the previous answer returned. One request in two is an ingest while transitions
-- are waiting, so the mix settles at about one ingest for each transition.
package.path = os.getenv("WRK_SCRIPTS") .. "/?.lua;" .. package.path
local report = require("report")

local ingest = "Bearer " .. os.getenv("INGEST_TOKEN")
local admin = "Bearer " .. os.getenv("ADMIN_TOKEN")
local steps = { "triaged", "in_progress", "done", "archived" }
local texts = {
  "Export to CSV fails with error 500 for the %d report",
  "<script>alert(%d)</script>",
  "Search misses results with accents, case %d",
  "' OR 1=1 -- %d",
  "Love the new dashboard, thanks (%d)",
}
local pending = {}
local head, tail = 1, 0
local n = 0

function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0))
end

request = function()
  n = n + 1
  if head <= tail and n % 2 == 0 then
    local item = pending[head]
    pending[head] = nil
    head = head + 1
    return wrk.format("POST", "/api/v1/admin/feedback/" .. item.id .. "/transitions",
      { ["Authorization"] = admin, ["Content-Type"] = "application/json",
        ["If-Match"] = '"' .. item.version .. '"' },
      '{"to":"' .. steps[item.version + 1] .. '","note":"bench"}')
  end
  local org = "org-bench-" .. math.random(1, 50)
  local text = string.format(texts[math.random(1, #texts)], math.random(1, 1000000))
  return wrk.format("POST", "/api/v1/feedback",
    { ["Authorization"] = ingest, ["Content-Type"] = "application/json" },
    '{"orgId":"' .. org .. '","userId":"u-bench","text":"' .. text .. '"}')
end

response = function(status, headers, body)
  if status ~= 200 and status ~= 201 then
    return
  end
  local id = body:match('"feedbackId":"([^"]+)"')
  local version = tonumber(body:match('"version":(%d+)') or "0")
  if id and version < #steps then
    tail = tail + 1
    pending[tail] = { id = id, version = version }
  end
end

-- With $DELAY_MS set each connection pauses between requests, for a run at a fixed rate instead of flat out.
local delay_ms = tonumber(os.getenv("DELAY_MS") or "")
if delay_ms then
  delay = function()
    return delay_ms
  end
end

done = report.done
