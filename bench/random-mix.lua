-- wrk script: asks the advisor a different mix of priorities on every request, as readers
-- exploring it and crawlers following its links do. Each request picks two to five of the
-- site's priorities, each with a random weight of 1 to 3, and sometimes a must-have; with 14
-- priorities there are millions of mixes, so nearly every request is one the site has not
-- seen. Prints the same WRK line as bench/lib.sh's script (see there).
--
--   wrk -t2 -c32 -d10s -s bench/random-mix.lua http://127.0.0.1:8085
--
-- MIX_SEED fixes the sequence (default: the clock and the thread).

local priorities = {
	"speed", "reliability", "enterprise-support", "proven-performance", "convenience", "transparency",
	"data-ownership", "community-participation", "reduced-vendor-lock-in", "openness",
	"digital-sovereignty", "cost-efficiency", "scalability", "trust",
}
local requirements = { "eu-data-residency", "open-weights", "published-sla", "no-training-by-default" }

local threads = 0

setup = function(thread)
	threads = threads + 1
	thread:set("id", threads)
end

init = function(args)
	local seed = tonumber(os.getenv("MIX_SEED") or "") or os.time()
	math.randomseed(seed * 1000 + (id or 0))
end

request = function()
	local picked, query, count = {}, {}, math.random(2, 5)
	while #query < count do
		local slug = priorities[math.random(#priorities)]
		if not picked[slug] then
			picked[slug] = true
			table.insert(query, "priority=" .. slug .. ":" .. math.random(1, 3))
		end
	end
	if math.random(4) == 1 then
		table.insert(query, "require=" .. requirements[math.random(#requirements)])
	end
	return wrk.format(nil, "/advisor?" .. table.concat(query, "&"))
end

done = function(summary, latency, requests)
	local e = summary.errors
	local socket = e.connect + e.read + e.write + e.timeout
	local seconds = summary.duration / 1e6
	io.write(string.format(
		"WRK requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d bytes=%d non2xx3xx=%d socket=%d\n",
		summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
		latency:percentile(99) / 1000, e.status + socket, summary.bytes, e.status, socket))
end
