-- GETs of the consolidated view while bundles are updated: counts every response that is not 2xx (by
-- status), and every 2xx whose body lacks the committee being updated ($WATCH_ID: its plan must stay in the
-- view). The first few non-2xx responses of each thread go to $WRK_SAMPLES, to see what they were.
dofile(os.getenv("BENCH_LIB") .. "/wrk-report.lua")

local threads = count_per_thread()

function init(args)
   ok, non2xx, missing, s4xx, s5xx, sampled = 0, 0, 0, 0, 0, 0
   watch = '"committeeId":"' .. os.getenv("WATCH_ID") .. '"'
end

function response(status, headers, body)
   if status >= 200 and status < 300 then
      ok = ok + 1
      if not body:find(watch, 1, true) then missing = missing + 1 end
   else
      non2xx = non2xx + 1
      if status >= 500 then s5xx = s5xx + 1 elseif status >= 400 then s4xx = s4xx + 1 end
      if sampled < 3 and os.getenv("WRK_SAMPLES") then
         sampled = sampled + 1
         sample_response(status, body)
      end
   end
end

function done(summary, latency, requests)
   local t = { ok = 0, non2xx = 0, missing = 0, s4xx = 0, s5xx = 0 }
   for _, thread in ipairs(threads) do
      for k in pairs(t) do t[k] = t[k] + (thread:get(k) or 0) end
   end
   write_report(summary, latency, t)
end
