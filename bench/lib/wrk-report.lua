-- Shared by the wrk scripts: done() writes wrk's figures as one JSON object into $WRK_REPORT, so the
-- shell never has to scrape wrk's human-readable output. extra: more fields (numbers) to add.
function write_report(summary, latency, extra)
   local e = summary.errors
   local secs = summary.duration / 1e6
   local fields = {
      requests = summary.requests,
      duration_s = secs,
      rps = summary.requests / secs,
      bytes_per_response = summary.requests > 0 and summary.bytes / summary.requests or 0,
      p50_ms = latency:percentile(50) / 1000,
      p90_ms = latency:percentile(90) / 1000,
      p99_ms = latency:percentile(99) / 1000,
      max_ms = latency.max / 1000,
      err_connect = e.connect, err_read = e.read, err_write = e.write,
      err_status = e.status, err_timeout = e.timeout,
      -- errors: socket errors and timeouts plus responses with status > 399 (wrk's own count)
      errors = e.connect + e.read + e.write + e.status + e.timeout,
      socket_errors = e.connect + e.read + e.write + e.timeout,
   }
   for k, v in pairs(extra or {}) do fields[k] = v end
   local parts = {}
   for k, v in pairs(fields) do parts[#parts + 1] = string.format('"%s":%.6g', k, v) end
   local out = assert(io.open(assert(os.getenv("WRK_REPORT"), "WRK_REPORT not set"), "w"))
   out:write("{" .. table.concat(parts, ",") .. "}\n")
   out:close()
end

-- For a script that counts per thread: setup() numbers each thread (tid) and keeps it, for done() to sum.
function count_per_thread()
   local threads, counter = {}, 0
   function setup(thread)
      counter = counter + 1
      thread:set("tid", counter)
      threads[#threads + 1] = thread
   end
   return threads
end

-- One unexpected response into $WRK_SAMPLES, so that the run's log shows what went wrong.
function sample_response(status, body)
   local out = os.getenv("WRK_SAMPLES") and io.open(os.getenv("WRK_SAMPLES"), "a")
   if out then
      out:write(os.date("!%H:%M:%S") .. " " .. status .. " " .. body:sub(1, 300):gsub("\n", " ") .. "\n")
      out:close()
   end
end
