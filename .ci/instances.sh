# Helpers shared by .ci/outage.sh and .ci/two-instances.sh (sourced, not run).
# Each check runs the packaged site against a private, throwaway PostgreSQL server of its own
# (initdb in a temporary directory, its own port), so stopping that server never disturbs
# another test or build using the machine's main cluster.

pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
PG_BIN="/usr/lib/postgresql/$pg_version/bin"
WORK=$(mktemp -d "/tmp/aicompare-${CHECK_NAME:-check}.XXXXXX")
chmod 755 "$WORK"
PG_DATA="$WORK/pg"
PG_PORT=${PG_PORT:-5439}
# A test-only moderator account: editor / moderate-me (BCrypt, cost 4). Never used outside CI.
MODERATOR_HASH='$2a$04$8N/nUCo1pZEmECT7KP95autVgOt9YyqY8HP/elwMTfS7NaQDizkt.'
INSTANCE_PIDS=()

log() { printf '    %s\n' "$*"; }
fail() {
	printf '\nFAILED: %s\n' "$*" >&2
	exit 1
}

as_postgres() {
	if [ "$(id -u)" = 0 ]; then
		su postgres -s /bin/bash -c "$*"
	else
		bash -c "$*"
	fi
}

pg_start() {
	as_postgres "'$PG_BIN/pg_ctl' -D '$PG_DATA' -l '$WORK/pg.log' -w -t 30 \
		-o \"-p $PG_PORT -k '$WORK' -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null
}

pg_stop() {
	as_postgres "'$PG_BIN/pg_ctl' -D '$PG_DATA' -m fast -w -t 30 stop" >/dev/null
}

pg_running() {
	as_postgres "'$PG_BIN/pg_ctl' -D '$PG_DATA' status" >/dev/null 2>&1
}

# A fresh server with an empty database owned by the site's role.
pg_create() {
	if [ "$(id -u)" = 0 ]; then chown postgres "$WORK"; fi
	as_postgres "'$PG_BIN/initdb' -D '$PG_DATA' -U postgres --auth=trust -E UTF8 >/dev/null"
	pg_start
	sql postgres "create role aicompare login password 'aicompare'"
	sql postgres "create database aicompare owner aicompare"
}

sql() {
	local database=$1
	shift
	psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$database" -X -q -t -A -v ON_ERROR_STOP=1 -c "$*"
}

# The packaged site: reuse target/*.jar, or build it once.
find_jar() {
	JAR=$(ls target/aicompare-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
	if [ -z "$JAR" ]; then
		./mvnw -B -ntp -q -DskipTests package
		JAR=$(ls target/aicompare-*.jar | grep -v plain | head -n 1)
	fi
}

# start_instance NAME PORT [extra arguments]: the site on the private database.
start_instance() {
	local name=$1 port=$2
	shift 2
	mkdir -p "$WORK/$name"
	SPRING_PROFILES_ACTIVE=postgres \
	AICOMPARE_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/aicompare" \
	AICOMPARE_DB_USER=aicompare AICOMPARE_DB_PASSWORD=aicompare \
	AICOMPARE_DATA_DIR="$WORK/$name" \
	AICOMPARE_MODERATOR_USERNAME=editor AICOMPARE_MODERATOR_PASSWORD_HASH="$MODERATOR_HASH" \
	AICOMPARE_COMMENTS_MINIMUM_FORM_SECONDS=0 \
	AICOMPARE_SITE_BASE_URL="http://127.0.0.1:$port" \
		java -Xmx384m -XX:TieredStopAtLevel=1 -jar "$JAR" --server.port="$port" "$@" \
		>"$WORK/$name.log" 2>&1 &
	INSTANCE_PIDS+=($!)
	echo $! >"$WORK/$name.pid"
}

stop_instance() {
	local name=$1 pid
	pid=$(cat "$WORK/$name.pid")
	kill "$pid" 2>/dev/null || true
	for _ in $(seq 1 60); do
		kill -0 "$pid" 2>/dev/null || return 0
		sleep 0.5
	done
	kill -9 "$pid" 2>/dev/null || true
}

# wait_ready PORT SECONDS: until readiness is UP, or fail.
wait_ready() {
	local port=$1 limit=$2 start=$SECONDS
	while [ $((SECONDS - start)) -lt "$limit" ]; do
		if curl -fsS -m 2 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
			log "port $port ready after $((SECONDS - start)) s"
			return 0
		fi
		sleep 1
	done
	fail "instance on port $port not ready within $limit s"
}

# status PORT PATH: the HTTP status of a GET.
status() {
	curl -s -o /dev/null -m 10 -w '%{http_code}' "http://127.0.0.1:$1$2"
}

# expect WHAT EXPECTED ACTUAL
expect() {
	if [ "$2" != "$3" ]; then
		fail "$1: expected $2, got $3"
	fi
	log "ok: $1 ($3)"
}

# comment PORT SLUG NAME TEXT: fetch the form, post it; prints the HTTP status.
comment() {
	local port=$1 slug=$2 name=$3 text=$4 form token
	form=$(curl -fsS -m 10 "http://127.0.0.1:$port/articles/$slug/comments/new")
	token=$(printf '%s' "$form" | grep -o 'name="token" value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/')
	[ -n "$token" ] || fail "no comment token in the form on port $port"
	curl -s -o "$WORK/last-comment.html" -m 10 -w '%{http_code}' \
		-H "Origin: http://127.0.0.1:$port" \
		--data-urlencode "token=$token" --data-urlencode "name=$name" --data-urlencode "text=$text" \
		"http://127.0.0.1:$port/articles/$slug/comments"
}

# hidden_input NAME FILE: the value of a hidden input in an HTML page.
hidden_input() {
	grep -o "<input[^>]*name=\"$1\"[^>]*>" "$2" | head -n 1 | sed 's/.*value="\([^"]*\)".*/\1/'
}

# sign_in PORT JAR PASSWORD: the status of a moderator sign-in with a fresh form.
sign_in() {
	local port=$1 jar=$2 password=$3 csrf
	curl -fsS -m 10 -c "$jar" -b "$jar" -o "$WORK/login.html" "http://127.0.0.1:$port/admin/login"
	csrf=$(hidden_input _csrf "$WORK/login.html")
	[ -n "$csrf" ] || fail "no CSRF token on the sign-in page of port $port"
	curl -s -m 10 -c "$jar" -b "$jar" -o /dev/null -D "$WORK/login.headers" -w '%{http_code}' \
		--data-urlencode "username=editor" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
		"http://127.0.0.1:$port/admin/login"
}

cleanup_instances() {
	local rc=$?
	for pid in "${INSTANCE_PIDS[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	for pid in "${INSTANCE_PIDS[@]}"; do
		for _ in $(seq 1 40); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.5
		done
		kill -9 "$pid" 2>/dev/null || true
	done
	if [ $rc -ne 0 ]; then
		for file in "$WORK"/*.log; do
			[ -f "$file" ] || continue
			printf '\n----- %s (last 80 lines) -----\n' "$file" >&2
			tail -n 80 "$file" >&2
		done
	fi
	if pg_running; then pg_stop || true; fi
	# Keep the logs for a look afterwards (CI artifacts), then remove the rest.
	mkdir -p "target/ci-logs/$CHECK_NAME"
	cp "$WORK"/*.log "target/ci-logs/$CHECK_NAME/" 2>/dev/null || true
	rm -rf "$WORK"
	exit $rc
}
