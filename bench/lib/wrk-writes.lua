-- Follow-up PUTs, run with as many wrk threads as connections (-t N -c N): each thread then has one
-- connection, one request in flight, and owns every N-th key of $WRITE_KEYS ("committee activityId"
-- lines) x the three periods, so each key is written by one connection, strictly in order, with comments
-- "<tag><thread>-<seq>" of increasing seq ($WRITE_TAG, default "w": runs on the same keys use distinct tags). response() records the last acknowledged (2xx) seq per key and
-- checks the echo carries that very comment; done() writes "writer committee activity period acked sent"
-- lines to $WRITE_LOG for bench/lib/vbe.py verify.
dofile(os.getenv("BENCH_LIB") .. "/wrk-report.lua")

local threads = count_per_thread()

local PERIODS = { "T1", "T2", "ANNUAL_REPORT" }
local STATUSES = { "NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED" }

function init(args)
   local n = tonumber(os.getenv("WRITE_THREADS"))
   local year = os.getenv("WRITE_YEAR")
   writer = (os.getenv("WRITE_TAG") or "w") .. tid
   headers = { ["Authorization"] = os.getenv("WRITE_AUTH"), ["Content-Type"] = "application/json" }
   keys, index = {}, 0
   local i = 0
   for line in io.lines(os.getenv("WRITE_KEYS")) do
      local committee, activity = line:match("^(%S+)%s+(%d+)")
      if committee then
         for _, period in ipairs(PERIODS) do
            if i % n == tid - 1 then
               keys[#keys + 1] = {
                  id = committee .. " " .. activity .. " " .. period,
                  path = string.format("/api/committees/%s/plans/%s/activities/%s/follow-ups/%s",
                                       committee, year, activity, period) }
            end
            i = i + 1
         end
      end
   end
   seq, pending = 0, nil
   acked, sent = {}, {}
   ok, non2xx, unechoed, s4xx, s5xx, sampled = 0, 0, 0, 0, 0, 0
end

function request()
   if not keys or #keys == 0 then   -- wrk's own check of the script in its main state, before init()
      return wrk.format("GET", "/api/health")
   end
   local key = keys[index % #keys + 1]
   index = index + 1
   seq = seq + 1
   pending = { key = key.id, seq = seq }
   sent[key.id] = seq
   local body = string.format('{"status":"%s","comment":"%s-%d"}', STATUSES[seq % 4 + 1], writer, seq)
   return wrk.format("PUT", key.path, headers, body)
end

function response(status, headers, body)
   if status >= 200 and status < 300 then
      ok = ok + 1
      if pending and body:find('"comment":"' .. writer .. '-' .. pending.seq .. '"', 1, true) then
         acked[pending.key] = pending.seq
      else
         unechoed = unechoed + 1
      end
   else
      non2xx = non2xx + 1
      if status >= 500 then s5xx = s5xx + 1 elseif status >= 400 then s4xx = s4xx + 1 end
      -- the first few refusals of each connection, to see what they were ($WRK_SAMPLES)
      if sampled < 2 and os.getenv("WRK_SAMPLES") then
         sampled = sampled + 1
         sample_response(status, body)
      end
   end
   pending = nil
end

function done(summary, latency, requests)
   local t = { ok = 0, non2xx = 0, unechoed = 0, s4xx = 0, s5xx = 0 }
   local out = assert(io.open(os.getenv("WRITE_LOG"), "w"))
   for _, thread in ipairs(threads) do
      for k in pairs(t) do t[k] = t[k] + (thread:get(k) or 0) end
      local id, a, s = thread:get("writer"), thread:get("acked") or {}, thread:get("sent") or {}
      for key, last in pairs(s) do
         out:write(string.format("%s %s %d %d\n", id, key, a[key] or 0, last))
      end
   end
   out:close()
   write_report(summary, latency, t)
end
