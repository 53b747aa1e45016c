#!/usr/bin/env bash
# Soak test (issue 8): measures the site's peak throughput over its main pages, then holds about
# half of it for DURATION seconds (5 minutes by default) and records the heap after a full GC
# every SAMPLE seconds (jcmd GC.run, then jstat).
#
# Fails (exit 1) if any request errs (socket error, timeout or a status of 400 or more), or if the
# heap after GC grows: the mean of the last third of the samples may exceed the mean of the first
# third by at most max(GROWTH_MB, GROWTH_PERCENT% of the first third's mean), 4 MB / 5% by default.
# The heap after GC is read from the JVM's GC log after each jcmd GC.run (1 MB resolution).
# A leak shows as a steady climb across the run; a cache filling up once or a thread's buffers
# show as one step at the start, which the first third absorbs.
#
# Quick run: DURATION=60 SAMPLE=10 bench/soak.sh
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-300}
SAMPLE=${SAMPLE:-30}
WARMUP=${WARMUP:-30}
PEAK_SECONDS=${PEAK_SECONDS:-20}
GROWTH_MB=${GROWTH_MB:-4}
GROWTH_PERCENT=${GROWTH_PERCENT:-5}

trap cleanup EXIT
trap 'exit 130' INT TERM

install_packages wrk:wrk curl:curl
command -v "$JAVA" >/dev/null || fail "no java on the PATH (JDK 17 or newer)"
JCMD=$(jdk_tool jcmd)
JSTAT=$(jdk_tool jstat)
mkdir -p "$WORK_DIR" "$RESULTS"
build_jar
write_wrk_script

APP=http://127.0.0.1:$APP_PORT
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
PATHS=''
for p in "${PAGES[@]}"; do PATHS+=" ${p#* }"; done
export PATHS

# Heap in use right after a full collection, in MB, as the JVM's own GC log says it ("Pause Full
# (Diagnostic Command) 90M->57M(124M)"), so that what the site allocates between the collection
# and the reading does not count.
GC_LOG=$WORK_DIR/gc.log
rm -f "$GC_LOG"
JAVA_OPTS="$JAVA_OPTS -Xlog:gc:file=$GC_LOG"
heap_after_gc() {
	local after
	"$JCMD" "$APP_PID" GC.run >/dev/null
	after=$(grep -E 'Pause Full \((Diagnostic Command|System.gc\(\))\)' "$GC_LOG" | tail -n 1 \
		| sed -E 's/.*[0-9]+M->([0-9]+)M\([0-9]+M\).*/\1/' || true)
	[ -n "$after" ] || fail "no full collection in $GC_LOG after jcmd GC.run"
	echo "$after"
}

start_app

say "Warm-up, ${WARMUP}s"
run_wrk "$WARMUP" "$APP" >/dev/null
say "Peak throughput, ${PEAK_SECONDS}s at $CONNECTIONS connections"
peak_line=$(run_wrk "$PEAK_SECONDS" "$APP")
peak=$(field rps "$peak_line")
target=$(awk -v p="$peak" 'BEGIN { printf "%.1f", p / 2 }')
echo "   ${peak_line#WRK }" >&2

# wrk has no rate option: each connection waits DELAY_MS before its next request, so the rate is
# about connections * 1000 / (delay + latency). Start from the delay alone, then correct it twice
# with the latency each short run shows.
delay=$(awk -v c="$CONNECTIONS" -v t="$target" 'BEGIN { printf "%d", c * 1000 / t }')
for _ in 1 2 3; do
	window=$(((delay * 3 / 1000) > 10 ? delay * 3 / 1000 : 10))
	line=$(DELAY_MS=$delay run_wrk "$window" "$APP")
	got=$(field rps "$line")
	say "Calibrating: delay ${delay} ms gives $got req/s (aim $target)"
	delay=$(awk -v c="$CONNECTIONS" -v d="$delay" -v g="$got" -v t="$target" 'BEGIN {
		if (g <= 0) { d = d / 2 } else { latency = c * 1000 / g - d; d = c * 1000 / t - latency }
		printf "%d", (d < 1) ? 1 : d }')
done

say "Soak: ${DURATION}s at about $target req/s (delay ${delay} ms per connection), heap after GC every ${SAMPLE}s"
samples=()
times=()
rss=()
samples+=("$(heap_after_gc)")
times+=(0)
rss+=("$(rss_mb "$APP_PID")")
DELAY_MS=$delay run_wrk "$DURATION" "$APP" >"$WORK_DIR/soak.wrk" &
wrk_pid=$!
start=$(date +%s)
while kill -0 "$wrk_pid" 2>/dev/null; do
	sleep "$SAMPLE" &
	wait $! || true
	kill -0 "$wrk_pid" 2>/dev/null || break
	samples+=("$(heap_after_gc)")
	times+=($(($(date +%s) - start)))
	rss+=("$(rss_mb "$APP_PID")")
	echo "   t=${times[-1]}s heap after GC ${samples[-1]} MB, RSS ${rss[-1]} MB" >&2
done
wait "$wrk_pid"
samples+=("$(heap_after_gc)")
times+=($(($(date +%s) - start)))
rss+=("$(rss_mb "$APP_PID")")
soak_line=$(cat "$WORK_DIR/soak.wrk")
stop_app

read -r first last limit grown < <(printf '%s\n' "${samples[@]}" | awk -v mb="$GROWTH_MB" -v pct="$GROWTH_PERCENT" '
	{ v[NR] = $1 } END {
		k = int(NR / 3); if (k < 1) k = 1
		for (i = 1; i <= k; i++) { f += v[i]; l += v[NR - k + i] }
		f /= k; l /= k
		limit = f * pct / 100; if (limit < mb) limit = mb
		printf "%.1f %.1f %.1f %d\n", f, l, limit, (l - f > limit) ? 1 : 0
	}')
errors=$(field errors "$soak_line")

md=$RESULTS/soak-$STAMP.md
{
	echo "# aicompare soak, $STAMP"
	echo
	echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%d MB", $2 / 1024 }' /proc/meminfo) RAM; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "- JVM options: \`$JAVA_OPTS\`"
	echo "- pages:$PATHS, in turn"
	echo "- peak: ${peak_line#WRK }"
	echo "- soak: ${DURATION}s at $CONNECTIONS connections, ${delay} ms between a connection's requests, aiming at $target req/s"
	echo "- result: ${soak_line#WRK }"
	echo
	echo "| seconds | heap after GC, MB | resident, MB |"
	echo "|---|---|---|"
	for i in "${!samples[@]}"; do echo "| ${times[$i]} | ${samples[$i]} | ${rss[$i]} |"; done
	echo
	echo "Heap after GC: first third's mean $first MB, last third's $last MB, allowed growth $limit MB."
	echo
	if [ "$errors" = 0 ]; then echo "- errors: 0 (met)"; else echo "- errors: $errors (**missed**)"; fi
	if [ "$grown" = 0 ]; then echo "- heap after GC does not grow (met)"; else echo "- heap after GC grew by more than $limit MB (**missed**)"; fi
} >"$md"
cat "$md"
cp "$md" "$RESULTS/soak-latest.md"
echo
echo "Written to $md"
[ "$errors" = 0 ] && [ "$grown" = 0 ]
