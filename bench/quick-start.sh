#!/usr/bin/env bash
# The production start path as a command: the extracted jar, started with the bean definitions
# Spring AOT worked out at build time and with its class-data cache, and how long it takes to
# the first 200.
#
#   bench/quick-start.sh build     extract the site's jar into $OUT_DIR (target/quick-start) and
#                                  write its class-data cache with a training run (Spring AOT on,
#                                  as in production) that exits once the context is refreshed:
#                                  the AOT cache on Java 25 and newer
#                                  (app.aot, -XX:AOTCacheOutput), CDS on 17-24 (app.jsa,
#                                  -XX:ArchiveClassesAtExit); prints the command that starts it
#   bench/quick-start.sh measure   build, then start alternately, ROUNDS times (3), and time the
#                                  first 200 on /: the site with Spring AOT and its cache, the
#                                  site without either (java -jar as it was before),
#                                  and the minimal application of bench/minimal (Spring MVC and
#                                  Thymeleaf, one controller, extracted, no cache) on the same
#                                  JVM; prints the medians and the ratios to the minimal one, of
#                                  the time and of the CPU time each JVM used until its first 200
#
# JAVA picks the JVM (e.g. JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java); the JVM options are
# the production ones of bench/lib.sh. The site starts on a copy of one H2 database made once
# per run (migrations and the content import are a first start's cost, not every start's).
# Rebuild the cache whenever the jar or the JVM changes: a JVM refuses a stale cache and starts
# without it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ROUNDS=${ROUNDS:-3}
OUT_DIR=${OUT_DIR:-$ROOT/target/quick-start}
MIN_PORT=${MIN_PORT:-$((APP_PORT + 1))}

feature=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "$feature" -ge 25 ]; then
	# Writing the AOT cache needs more class space than -XX:MaxMetaspaceSize=160m leaves: the
	# training run fails with "Unable to allocate from 'ro' region". On Java 25 every start here
	# runs without that cap.
	JAVA_OPTS=$(sed -E 's/ ?-XX:MaxMetaspaceSize=[^ ]+//' <<<"$JAVA_OPTS")
	CACHE_FILE=app.aot
	TRAIN_OPTS="-XX:AOTCacheOutput=$OUT_DIR/$CACHE_FILE"
	RUN_OPTS="-XX:AOTCache=$OUT_DIR/$CACHE_FILE"
else
	CACHE_FILE=app.jsa
	TRAIN_OPTS="-XX:ArchiveClassesAtExit=$OUT_DIR/$CACHE_FILE"
	RUN_OPTS="-XX:SharedArchiveFile=$OUT_DIR/$CACHE_FILE"
fi
# Spring AOT (the jar's process-aot step): the bean definitions, conditions and repositories
# worked out at build time. The training run must use it too, so the cache holds the classes
# a production start loads.
TRAIN_OPTS="-Dspring.aot.enabled=true $TRAIN_OPTS"
RUN_OPTS="-Dspring.aot.enabled=true $RUN_OPTS"

# Extracts a jar into a folder and prints the path of the extracted jar.
extract() {
	local jar=$1 dest=$2
	rm -rf "$dest"
	"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dest" >/dev/null
	ls "$dest"/*.jar | head -n 1
}

build() {
	local jar log=$OUT_DIR/training.log
	mkdir -p "$OUT_DIR" "$WORK_DIR"
	jar=$(app_jar)
	if [ -z "$jar" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$jar" -type f -print -quit)" ]; then
		say "Building the site's jar"
		# process-aot starts the application's context to work out its beans: its log goes to stderr
		(cd "$ROOT" && ./mvnw -B -ntp -q -DskipTests package) >&2
		jar=$(app_jar)
	fi
	SITE_JAR=$(extract "$jar" "$OUT_DIR/app")
	rm -f "$OUT_DIR/$CACHE_FILE"
	say "Training run on Java $feature, writing $OUT_DIR/$CACHE_FILE"
	rm -rf "$WORK_DIR/training-data"
	mkdir -p "$WORK_DIR/training-data"
	# shellcheck disable=SC2086
	AICOMPARE_DATA_DIR=$WORK_DIR/training-data "$JAVA" $JAVA_OPTS $TRAIN_OPTS -Dspring.context.exit=onRefresh \
		-jar "$SITE_JAR" --server.port=0 >"$log" 2>&1 || true
	[ -s "$OUT_DIR/$CACHE_FILE" ] || { tail -n 30 "$log" >&2; fail "the training run wrote no $CACHE_FILE (see $log)"; }
	say "Built. Start the site with:"
	echo "  java $JAVA_OPTS $RUN_OPTS -jar $SITE_JAR"
}

# first_200 NAME PORT DATA_DIR JAR [JVM options...]: starts a JVM, prints the ms to the first 200
# on / and the CPU ms the JVM used until then (less sensitive than the time to other work on a
# shared machine), stops it.
first_200() {
	local name=$1 port=$2 data=$3 jar=$4 start end pid log=$WORK_DIR/quick-$1.log
	shift 4
	start=$(date +%s%N)
	# shellcheck disable=SC2086
	AICOMPARE_DATA_DIR=$data "$JAVA" $JAVA_OPTS "$@" -jar "$jar" --server.port="$port" \
		--server.address=127.0.0.1 >"$log" 2>&1 &
	pid=$!
	for _ in $(seq 1 3000); do
		kill -0 "$pid" 2>/dev/null || { tail -n 30 "$log" >&2; fail "$name stopped while starting"; }
		if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)" = 200 ]; then
			end=$(date +%s%N)
			cpu=$(awk '{ print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"' }' "/proc/$pid/stat")
			stop_process "$pid" TERM 300
			echo "$(((end - start) / 1000000)) $cpu"
			return 0
		fi
		sleep 0.05
	done
	stop_process "$pid" TERM 30
	fail "$name gave no 200 within 150 s"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

measure() {
	local minimal_jar with=() without=() minimal=() data=$WORK_DIR/quick-data line
	build
	if [ ! -f "$BENCH/minimal/target/minimal-1.jar" ] \
		|| [ -n "$(find "$BENCH/minimal/src" "$BENCH/minimal/pom.xml" -newer "$BENCH/minimal/target/minimal-1.jar" -type f -print -quit)" ]; then
		say "Building the minimal application"
		"$ROOT/mvnw" -B -ntp -q -f "$BENCH/minimal/pom.xml" -DskipTests package
	fi
	minimal_jar=$(extract "$BENCH/minimal/target/minimal-1.jar" "$OUT_DIR/minimal")
	say "A first start makes the database every measured start copies"
	rm -rf "$data.0" && mkdir -p "$data.0"
	first_200 prepare "$APP_PORT" "$data.0" "$SITE_JAR" >/dev/null
	for round in $(seq 1 "$ROUNDS"); do
		rm -rf "$data" && cp -r "$data.0" "$data"
		with+=("$(first_200 site-with-cache "$APP_PORT" "$data" "$SITE_JAR" $RUN_OPTS)")
		rm -rf "$data" && cp -r "$data.0" "$data"
		without+=("$(first_200 site "$APP_PORT" "$data" "$SITE_JAR")")
		minimal+=("$(first_200 minimal "$MIN_PORT" "$data" "$minimal_jar")")
		printf '   round %d (ms to the first 200, CPU ms): site with Spring AOT and %s %s, site without them %s, minimal %s\n' \
			"$round" "$CACHE_FILE" "${with[-1]}" "${without[-1]}" "${minimal[-1]}" >&2
	done
	local w n m wc nc mc
	w=$(printf '%s\n' "${with[@]}" | cut -d' ' -f1 | median)
	n=$(printf '%s\n' "${without[@]}" | cut -d' ' -f1 | median)
	m=$(printf '%s\n' "${minimal[@]}" | cut -d' ' -f1 | median)
	wc=$(printf '%s\n' "${with[@]}" | cut -d' ' -f2 | median)
	nc=$(printf '%s\n' "${without[@]}" | cut -d' ' -f2 | median)
	mc=$(printf '%s\n' "${minimal[@]}" | cut -d' ' -f2 | median)
	echo
	echo "Time to first 200 and the CPU time used until then, Java $feature, median of $ROUNDS (load average $(cut -d' ' -f1-3 /proc/loadavg)):"
	echo "| start | first 200 ms | / minimal | CPU ms | / minimal |"
	echo "|---|---|---|---|---|"
	awk -v w="$w" -v n="$n" -v m="$m" -v wc="$wc" -v nc="$nc" -v mc="$mc" -v c="$CACHE_FILE" 'BEGIN {
		printf "| site, extracted, Spring AOT and %s | %d | %.2f | %d | %.2f |\n", c, w, w / m, wc, wc / mc
		printf "| site, extracted, no Spring AOT, no cache | %d | %.2f | %d | %.2f |\n", n, n / m, nc, nc / mc
		printf "| minimal application, extracted, no cache | %d | 1.00 | %d | 1.00 |\n", m, mc }'
}

case "${1:-}" in
	build) build ;;
	measure) measure ;;
	*) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
