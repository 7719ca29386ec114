-- Feature switches as fast as the platform takes them, to fill the audit trail (every switch writes one
-- entry). Run with as many wrk threads as connections (-t N -c N): thread i switches the features of
-- committee i of $SWITCH_COMMITTEES (space-separated; one committee per connection, because a switch locks
-- its committee), turning each on and off in turn, and stops after $SWITCH_QUOTA acknowledged (2xx)
-- switches, leaving the file $SWITCH_DONE<thread> behind (wrk itself runs its -d out: the caller ends it
-- with SIGINT once every thread is done). done() reports ok and non2xx counts; the first refusals go to
-- $WRK_SAMPLES.
dofile(os.getenv("BENCH_LIB") .. "/wrk-report.lua")

local threads = count_per_thread()

local FEATURES = { "association-grant-check", "premises-rental-check", "follow-up" }

function init(args)
   local committees = {}
   for id in os.getenv("SWITCH_COMMITTEES"):gmatch("%S+") do committees[#committees + 1] = id end
   committee = committees[(tid - 1) % #committees + 1]
   quota = tonumber(os.getenv("SWITCH_QUOTA"))
   headers = { ["Authorization"] = os.getenv("SWITCH_AUTH"), ["Content-Type"] = "application/json" }
   n, ok, non2xx, sampled = 0, 0, 0, 0
end

function request()
   if not committee then   -- wrk's own check of the script in its main state, before init()
      return wrk.format("GET", "/api/health")
   end
   n = n + 1
   local feature = FEATURES[n % #FEATURES + 1]
   local enabled = math.floor(n / #FEATURES) % 2 == 0   -- each feature: on, off, on, ... in turn
   return wrk.format("PUT", string.format("/api/admin/committees/%s/features/%s", committee, feature),
                     headers, string.format('{"enabled":%s}', tostring(enabled)))
end

function response(status, headers, body)
   if status >= 200 and status < 300 then
      ok = ok + 1
      if ok == quota then
         assert(io.open(os.getenv("SWITCH_DONE") .. tid, "w")):close()
         wrk.thread:stop()
      end
   else
      non2xx = non2xx + 1
      if sampled < 2 and os.getenv("WRK_SAMPLES") then
         sampled = sampled + 1
         sample_response(status, body)
      end
   end
end

function done(summary, latency, requests)
   local t = { ok = 0, non2xx = 0 }
   for _, thread in ipairs(threads) do
      for k in pairs(t) do t[k] = t[k] + (thread:get(k) or 0) end
   end
   write_report(summary, latency, t)
end
