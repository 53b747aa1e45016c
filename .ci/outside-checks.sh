#!/usr/bin/env bash
# The outside checks: tools nobody here wrote, run against a running instance.
#   1. the W3C Nu HTML checker (npm vnu-jar) on every page of the sitemap, a 404, a 400, the
#      advisor with weights, a comment form, search results and a project comparison: 0 errors;
#   2. LinkChecker (Debian) crawling from / (and from a search and an advised page, whose
#      links a crawl cannot reach through forms), every internal link and #fragment: 0 broken;
#   3. Redocly CLI (npm @redocly/cli) linting the OpenAPI document: 0 errors, 0 warnings, with
#      the rules switched off in redocly.yaml, each with its reason.
# npm tools go to .ci-tools/ (ignored by git), Debian packages come from apt-get. Starts the
# packaged jar (built if missing) on H2 in a temporary directory on a free port, or checks
# BASE_URL if set. Reports under target/outside-checks/. Fails if any check finds anything.
# See docs/outside-checks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

VNU_VERSION=26.9.27
REDOCLY_VERSION=2.77.0
tools=$root/.ci-tools
out=$root/target/outside-checks
rm -rf "$out"
mkdir -p "$out/html" "$tools"

# --- tools ---
missing=()
command -v linkchecker >/dev/null 2>&1 || missing+=(linkchecker)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -f "$tools/node_modules/vnu-jar/build/dist/vnu.jar" ] || [ ! -x "$tools/node_modules/.bin/redocly" ]; then
	(cd "$tools" && npm install --silent --no-audit --no-fund --no-save \
		"vnu-jar@$VNU_VERSION" "@redocly/cli@$REDOCLY_VERSION")
fi
vnu_jar=$tools/node_modules/vnu-jar/build/dist/vnu.jar
redocly=$tools/node_modules/.bin/redocly

# --- the site ---
app_pid=""
data_dir=""
cleanup() {
	if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
		kill "$app_pid"
		for _ in $(seq 1 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
		kill -9 "$app_pid" 2>/dev/null || true
	fi
	[ -z "$data_dir" ] || rm -rf "$data_dir"
}
trap cleanup EXIT

if [ -n "${BASE_URL:-}" ]; then
	base=${BASE_URL%/}
else
	jar=$(ls target/aicompare-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
	if [ -z "$jar" ]; then
		./mvnw -B -ntp -q -DskipTests package
		jar=$(ls target/aicompare-*.jar | grep -v original | head -n 1)
	fi
	port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}
	base="http://127.0.0.1:$port"
	data_dir=$(mktemp -d)
	# The base URL is the address the checks use, so the sitemap and canonical links lead
	# to this instance.
	AICOMPARE_DATA_DIR="$data_dir" java -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
		--aicompare.site.base-url="$base" > "$out/app.log" 2>&1 &
	app_pid=$!
	for _ in $(seq 1 "${STARTUP_SECONDS:-600}"); do
		curl -fsS -o /dev/null "$base/" 2>/dev/null && break
		kill -0 "$app_pid" 2>/dev/null || { echo "The app stopped; see $out/app.log" >&2; exit 1; }
		sleep 1
	done
	curl -fsS -o /dev/null "$base/"
fi
echo "Checking $base"

failed=0

# --- 1. Nu HTML checker ---
first_article=$(curl -fsS "$base/sitemap.xml" | grep -o '<loc>[^<]*/articles/[^<]*</loc>' | head -n 1 \
	| sed -e 's|<loc>.*/articles/||' -e 's|</loc>||')
{
	curl -fsS "$base/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -e 's|<loc>||' -e 's|</loc>||' \
		| sed -E "s|^https?://[^/]+|$base|"
	echo "$base/no-such-page"
	echo "$base/advisor?priority=no-such-priority"
	echo "$base/advisor?priority=speed&priority=transparency:3&priority=cost-efficiency:2"
	echo "$base/articles/$first_article/comments/new"
	echo "$base/search?q=data+ownership"
	echo "$base/projects/compare?slugs=openai,bittensor"
	echo "$base/projects?slugs=openai"
} > "$out/pages.txt"
n=0
while read -r url; do
	n=$((n + 1))
	file=$(printf '%s/html/%03d.html' "$out" "$n")
	status=$(curl -sS -H 'Accept: text/html' -o "$file" -w '%{http_code}' "$url")
	printf '%s %s %s\n' "$status" "$(basename "$file")" "$url" >> "$out/html/index.txt"
done < "$out/pages.txt"
echo "==> Nu HTML checker on $n pages (list in $out/html/index.txt)"
if java -jar "$vnu_jar" --errors-only --format json "$out"/html/*.html 2> "$out/vnu.json"; then
	echo "vnu: 0 errors"
else
	python3 - "$out/vnu.json" "$out/html/index.txt" <<'PY'
import json, sys
pages = dict(line.split(" ")[1:3] for line in open(sys.argv[2]).read().split("\n") if line)
messages = json.load(open(sys.argv[1])).get("messages", [])
for m in messages:
    name = m.get("url", "").rsplit("/", 1)[-1]
    print(f"vnu {m.get('type')}: {pages.get(name, name)} line {m.get('lastLine')}: {m.get('message')}")
print(f"vnu: {len(messages)} error(s)")
PY
	failed=1
fi

# --- 2. LinkChecker with anchor checking ---
echo "==> LinkChecker from / with AnchorCheck (report in $out/linkchecker.txt)"
if linkchecker -f .ci/linkcheckerrc --no-status -t 4 -o text/utf-8 \
	"$base/" "$base/search?q=data+ownership" "$base/search?q=decentralized" \
	"$base/advisor?priority=speed&priority=transparency:3" > "$out/linkchecker.txt" 2> "$out/linkchecker.log"; then
	grep -E '^(That.s it|[0-9]+ links? in)' "$out/linkchecker.txt" || true
	echo "linkchecker: 0 broken"
else
	grep -E -A12 '^URL ' "$out/linkchecker.txt" | grep -E '^(URL|Parent URL|Warning|Result|--)' | head -n 200 || true
	tail -n 3 "$out/linkchecker.txt"
	failed=1
fi

# --- 3. Redocly lint of the OpenAPI document ---
echo "==> Redocly lint of $base/v3/api-docs (rules switched off: redocly.yaml)"
curl -fsS -H 'Accept: application/json' "$base/v3/api-docs" | python3 -m json.tool > "$out/openapi.json"
if REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true "$redocly" lint --config redocly.yaml \
	--max-problems 500 "$out/openapi.json" > "$out/redocly.txt" 2>&1; then
	# Warnings do not change Redocly's exit status; here they fail the check too.
	if grep -Eq '(warning|error)  ' "$out/redocly.txt" || grep -Eq 'You have [0-9]+ warning' "$out/redocly.txt"; then
		cat "$out/redocly.txt"
		failed=1
	else
		tail -n 3 "$out/redocly.txt"
	fi
else
	cat "$out/redocly.txt"
	failed=1
fi

if [ "$failed" -ne 0 ]; then
	echo "Outside checks FAILED (reports under $out)" >&2
	exit 1
fi
echo "Outside checks passed"
