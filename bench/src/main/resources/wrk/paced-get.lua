-- GETs at a fixed rate: each connection waits $DELAY_MS between requests, so that C connections give about
-- C * 1000 / DELAY_MS requests a second while answers stay fast. Paths rotate through $PATHS (separated by |).
package.path = os.getenv("WRK_SCRIPTS") .. "/?.lua;" .. package.path
local report = require("report")

local auth = "Bearer " .. os.getenv("TOKEN")
local delay_ms = tonumber(os.getenv("DELAY_MS"))
local paths = {}
for p in string.gmatch(os.getenv("PATHS"), "[^|]+") do
  paths[#paths + 1] = p
end
local i = 0

request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["Authorization"] = auth })
end

delay = function()
  return delay_ms
end

done = report.done
