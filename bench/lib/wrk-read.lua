-- Plain GETs of wrk's URL (headers from -H); only the report at the end.
dofile(os.getenv("BENCH_LIB") .. "/wrk-report.lua")

function done(summary, latency, requests)
   write_report(summary, latency)
end
