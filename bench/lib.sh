# Shared by bench.sh, soak.sh and lighthouse.sh (sourced, not run): settings, installing the
# tools, building and extracting the jar, starting and stopping the site and nginx, and running
# wrk with a Lua script that prints one machine-readable line per run.
#
# Every setting can be overridden from the environment; see the README's "Benchmarks" section.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench

APP_PORT=${APP_PORT:-8085}
NGINX_PORT=${NGINX_PORT:-8095}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
# Where the extracted jar, the H2 database, nginx's files and the logs go; emptied at each run.
WORK_DIR=${WORK_DIR:-/tmp/aicompare-bench}
RESULTS=${RESULTS:-$BENCH/results}
JAVA=${JAVA:-java}
# Extra Spring arguments for every start of the site, for experiments (e.g. a property to try).
APP_ARGS=${APP_ARGS:-}

# The JVM options the README recommends for production (see "Benchmarks"). Resident memory is
# mostly heap (live set about 60 MB), metaspace (about 115 MB of classes: it cannot shrink, only
# be capped) and JIT code: a fixed small heap with serial GC suits a 2-core host running one
# site; code cache, thread stacks and direct memory are capped; the JVM hands freed native
# memory back every 5 s (TrimNativeHeapInterval, JDK 17.0.9+) and glibc keeps 2 malloc arenas
# instead of 8 per core (MALLOC_ARENA_MAX, an environment variable).
PRODUCTION_JAVA_OPTS="-Xms64m -Xmx128m -Xss512k -XX:MaxMetaspaceSize=160m \
-XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=32m -XX:+UseSerialGC \
-XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
JAVA_OPTS=${JAVA_OPTS:-$PRODUCTION_JAVA_OPTS}

# The pages a reader sees most: home, matrix, a profile, an article, the advisor.
PAGES=(
	"home /"
	"compare /compare"
	"profile /projects/openai"
	"article /articles/decentralized-vs-centralized-ai"
	"advisor /advisor?priority=speed&priority=reliability&priority=enterprise-support"
)

APP_PID=
NGINX_PID=
POLICY_RC=

say() { printf '\n==> %s\n' "$*" >&2; }
fail() {
	printf 'error: %s\n' "$*" >&2
	exit 1
}

# Installs the Debian packages named, if their command is missing. Keeps apt from starting
# nginx as a system service on port 80 while it installs (this script runs its own nginx).
install_packages() {
	local missing=() pair
	for pair in "$@"; do
		command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	[ "$(id -u)" -eq 0 ] || fail "missing ${missing[*]}: install them with apt-get (needs root)"
	say "Installing ${missing[*]}"
	if [ ! -e /usr/sbin/policy-rc.d ]; then
		printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
		chmod +x /usr/sbin/policy-rc.d
		POLICY_RC=/usr/sbin/policy-rc.d
	fi
	DEBIAN_FRONTEND=noninteractive apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
	if [ -n "$POLICY_RC" ]; then
		rm -f "$POLICY_RC"
		POLICY_RC=
	fi
}

# The JDK tool next to the java that runs the site (jcmd, jstat).
jdk_tool() {
	local bin
	bin=$(dirname "$(readlink -f "$(command -v "$JAVA")")")
	if [ -x "$bin/$1" ]; then echo "$bin/$1"; else command -v "$1" || fail "$1 not found (a JDK, not a JRE, is needed)"; fi
}

app_jar() {
	ls "$ROOT"/target/aicompare-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true
}

# Builds the jar when there is none or the sources changed since it was built.
build_jar() {
	local jar
	jar=$(app_jar)
	if [ -z "$jar" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$jar" -type f -print -quit)" ]; then
		say "Building the jar"
		(cd "$ROOT" && ./mvnw -B -ntp -q -DskipTests package)
		jar=$(app_jar)
	fi
	[ -n "$jar" ] || fail "no jar under target/"
	say "Extracting $(basename "$jar") into $WORK_DIR/app"
	rm -rf "$WORK_DIR/app"
	"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$WORK_DIR/app" >/dev/null
}

# Starts the extracted site on APP_PORT with a fresh H2 database and the production JVM options,
# plus any Spring arguments given (e.g. --spring.cache.type=none). Sets APP_PID and
# STARTUP_MS (from launch to the first 200 on /).
start_app() {
	local log=$WORK_DIR/app-$(date +%H%M%S).log start end jar
	jar=$(ls "$WORK_DIR"/app/*.jar | head -n 1)
	rm -rf "$WORK_DIR/data"
	mkdir -p "$WORK_DIR/data"
	say "Starting the site on :$APP_PORT $APP_ARGS $* (log: $log)"
	start=$(date +%s%N)
	# shellcheck disable=SC2086
	AICOMPARE_DATA_DIR=$WORK_DIR/data AICOMPARE_SITE_BASE_URL=http://127.0.0.1:$APP_PORT \
		"$JAVA" $JAVA_OPTS -jar "$jar" --server.port="$APP_PORT" --server.address=127.0.0.1 $APP_ARGS "$@" \
		>"$log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 1200); do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			tail -n 40 "$log" >&2
			APP_PID=
			fail "the site stopped during startup"
		fi
		if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/" || true)" = 200 ]; then
			end=$(date +%s%N)
			STARTUP_MS=$(((end - start) / 1000000))
			STARTED_LINE=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds[^)]*)' "$log" | head -n 1 || true)
			say "First 200 on / after ${STARTUP_MS} ms (${STARTED_LINE:-no startup line})"
			return 0
		fi
		sleep 0.1
	done
	fail "the site did not answer 200 on / within 120 s"
}

# stop_process PID SIGNAL TENTHS: asks a process to end with SIGNAL, gives it TENTHS tenths of a
# second, then kills it.
stop_process() {
	local pid=$1 signal=$2 tenths=$3
	[ -n "$pid" ] || return 0
	kill "-$signal" "$pid" 2>/dev/null || true
	for _ in $(seq 1 "$tenths"); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -9 "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

stop_app() {
	stop_process "$APP_PID" TERM 300
	APP_PID=
}

# Serves $WORK_DIR/nginx/root on NGINX_PORT: this script's own nginx process (no system
# service), gzip on for the same types and level as the site, access log off like the site's;
# gzip_static serves a page's .html.gz, made once, to clients that accept gzip.
start_nginx() {
	local dir=$WORK_DIR/nginx user=''
	mkdir -p "$dir/root" "$dir/tmp"
	[ "$(id -u)" -eq 0 ] && user="user $(id -un) $(id -gn);"
	cat >"$dir/nginx.conf" <<EOF
$user
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
	types { text/html html; text/css css; image/svg+xml svg; application/javascript js; }
	default_type text/html;
	charset utf-8;
	access_log off;
	sendfile on;
	tcp_nopush on;
	client_body_temp_path $dir/tmp/body;
	proxy_temp_path $dir/tmp/proxy;
	fastcgi_temp_path $dir/tmp/fastcgi;
	uwsgi_temp_path $dir/tmp/uwsgi;
	scgi_temp_path $dir/tmp/scgi;
	# Tomcat's defaults, as the site is configured: gzip level 6 from 1 KB, same types.
	gzip on;
	gzip_comp_level 6;
	gzip_min_length 1024;
	gzip_vary on;
	gzip_static on;
	gzip_types text/css text/javascript application/javascript application/json text/csv
		application/xml text/xml application/atom+xml image/svg+xml text/plain;
	server {
		listen 127.0.0.1:$NGINX_PORT;
		root $dir/root;
	}
}
EOF
	nginx -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' &
	NGINX_PID=$!
	for _ in $(seq 1 100); do
		curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && return 0
		kill -0 "$NGINX_PID" 2>/dev/null || fail "nginx did not start (see $dir/error.log)"
		sleep 0.1
	done
	fail "nginx did not answer on :$NGINX_PORT"
}

stop_nginx() {
	# QUIT: nginx finishes what it serves, then exits.
	stop_process "$NGINX_PID" QUIT 50
	NGINX_PID=
}

cleanup() {
	stop_app
	stop_nginx
	[ -z "$POLICY_RC" ] || rm -f "$POLICY_RC"
}

# The Lua script wrk runs: optional list of paths to rotate through (PATHS, space-separated),
# optional per-request delay in ms (DELAY_MS, for the soak), and a done() that prints one line:
#   WRK requests=N seconds=S rps=R p50_ms=A p99_ms=B errors=E bytes=N non2xx3xx=N socket=N
write_wrk_script() {
	cat >"$WORK_DIR/wrk.lua" <<'EOF'
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "", "%S+") do
	table.insert(paths, p)
end
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")
local counter = 0

if #paths > 0 then
	request = function()
		counter = counter + 1
		return wrk.format(nil, paths[(counter % #paths) + 1])
	end
end

if delay_ms > 0 then
	delay = function()
		return delay_ms
	end
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
EOF
}

# run_wrk SECONDS URL [wrk options...]: prints the WRK line. WRK_SCRIPT replaces the Lua script
# (e.g. bench/random-mix.lua, which picks its own paths).
run_wrk() {
	local seconds=$1 url=$2
	shift 2
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 5s -s "${WRK_SCRIPT:-$WORK_DIR/wrk.lua}" "$@" "$url" \
		| grep '^WRK ' || fail "wrk printed no result for $url"
}

# field NAME LINE: the value of NAME=... in a WRK line.
field() {
	tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"
}

rss_mb() {
	echo $(($(ps -o rss= -p "$1") / 1024))
}
