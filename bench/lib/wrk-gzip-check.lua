-- GETs with Accept-Encoding: gzip (from -H), each response checked to be the gzip body of $GZIP_BODY (the
-- platform's, fetched once and checked to gunzip to the identity body): status 200, Content-Encoding gzip and
-- those very bytes. Counts ok and wrong.
dofile(os.getenv("BENCH_LIB") .. "/wrk-report.lua")

local threads = count_per_thread()

function init(args)
   local file = assert(io.open(os.getenv("GZIP_BODY"), "rb"))
   expected = file:read("*a")
   file:close()
   ok, wrong = 0, 0
end

function response(status, headers, body)
   local encoding
   for name, value in pairs(headers) do
      if name:lower() == "content-encoding" then encoding = value:lower() end
   end
   if status == 200 and encoding == "gzip" and body == expected then ok = ok + 1 else wrong = wrong + 1 end
end

function done(summary, latency, requests)
   local t = { ok = 0, wrong = 0 }
   for _, thread in ipairs(threads) do
      for k in pairs(t) do t[k] = t[k] + (thread:get(k) or 0) end
   end
   write_report(summary, latency, t)
end
