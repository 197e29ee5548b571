-- Shared by the benchmark's wrk scripts: writes wrk's own summary and latency percentiles as JSON to $WRK_OUT.
local report = {}

function report.done(summary, latency, requests)
  local e = summary.errors
  local out = assert(io.open(os.getenv("WRK_OUT"), "w"))
  out:write(string.format(
    '{"requests":%d,"durationMicros":%d,"non2xx":%d,"connectErrors":%d,"readErrors":%d,"writeErrors":%d,' ..
    '"timeouts":%d,"p50Micros":%d,"p90Micros":%d,"p99Micros":%d,"p999Micros":%d,"maxMicros":%d,"meanMicros":%.1f}',
    summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
    latency.max, latency.mean))
  out:close()
end

return report
