#!/usr/bin/env bash
# Scans a running instance with wapiti (Debian's 3.0.4): builds the jar if missing, starts it
# on H2 with a temporary data directory on a free port, runs a time-bounded scan with a JSON
# report under target/wapiti/, and fails on any finding above low (level 1) that is not
# explained in README.md ("Security headers and hostile input"). Stops the app on any exit.
set -euo pipefail
cd "$(dirname "$0")/.."

scan_seconds=${WAPITI_SCAN_SECONDS:-150}
attack_seconds=${WAPITI_ATTACK_SECONDS:-20}
report_dir=target/wapiti
mkdir -p "$report_dir"

jar=$(ls target/aicompare-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
	./mvnw -B -ntp -q -DskipTests package
	jar=$(ls target/aicompare-*.jar | grep -v original | head -n 1)
fi

data_dir=$(mktemp -d)
app_pid=""
cleanup() {
	if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
		kill "$app_pid"
		for _ in $(seq 1 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
		kill -9 "$app_pid" 2>/dev/null || true
	fi
	rm -rf "$data_dir"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port/"
AICOMPARE_DATA_DIR="$data_dir" java -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
	> "$report_dir/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 180); do
	curl -fsS -o /dev/null "$base" 2>/dev/null && break
	kill -0 "$app_pid" 2>/dev/null || { echo "The app stopped; see $report_dir/app.log" >&2; exit 1; }
	sleep 1
done
curl -fsS -o /dev/null "$base"

# The scan stops itself after scan_seconds; timeout is only a safety net. (No -x: wapiti
# 3.0.4 cannot compile its exclusion patterns on Python 3.11; logout needs a CSRF token anyway.)
timeout $((scan_seconds + 120)) wapiti -u "$base" --scope folder -d 3 --max-links-per-page 30 \
	--max-scan-time "$scan_seconds" --max-attack-time "$attack_seconds" -t 10 \
	--flush-session --store-session "$data_dir/wapiti" --store-config "$data_dir/wapiti" \
	-f json -o "$report_dir/report.json" -v 1 > "$report_dir/wapiti.log" 2>&1 || {
	echo "wapiti failed; see $report_dir/wapiti.log" >&2
	exit 1
}

echo "The app logged $(grep -c ' ERROR ' "$report_dir/app.log" || true) error line(s) during the scan."

python3 - "$report_dir/report.json" <<'PY'
import json
import sys

# Low findings the README explains (section "Security headers and hostile input").
EXPLAINED = {
    ("HTTP Secure Headers", "X-XSS-Protection is not set"),
    ("HTTP Secure Headers", "Strict-Transport-Security is not set"),
}
report = json.load(open(sys.argv[1]))
failures = []
for kind in ("vulnerabilities", "anomalies"):
    for category, findings in report.get(kind, {}).items():
        for finding in findings:
            level = finding.get("level", 0)
            info = finding.get("info", "")
            line = f"{kind}: {category} (level {level}) {finding.get('method')} {finding.get('path')} " \
                f"{finding.get('parameter') or ''}: {info[:200]}"
            if level > 1:
                failures.append(line)
            elif (category, info) not in EXPLAINED:
                line += "  <- low, not yet explained in README.md"
            print(line)
print(f"{len(failures)} finding(s) above low")
sys.exit(1 if failures else 0)
PY
