#!/usr/bin/env bash
# Lighthouse 12 (npm) in Debian's Chromium against home, matrix, a profile and the advisor:
# prints the performance, accessibility, best-practices and SEO scores per page, and for each
# score below MIN (95) the audits that cost it. Exits 1 if a score is below MIN.
#
# Against a site already running: BASE_URL=http://127.0.0.1:8080 bench/lighthouse.sh
# Without BASE_URL it builds and starts the site itself (extracted jar, fresh H2) on APP_PORT.
# PRESET=desktop uses Lighthouse's desktop settings; the default is its mobile emulation with
# simulated throttling, the stricter of the two.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

MIN=${MIN:-95}
PRESET=${PRESET:-}
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
LIGHTHOUSE_VERSION=${LIGHTHOUSE_VERSION:-12}
NPM_DIR=$BENCH/.npm
export CHROME_PATH

trap cleanup EXIT
trap 'exit 130' INT TERM

[ -x "$CHROME_PATH" ] || install_packages chromium:chromium
[ -x "$CHROME_PATH" ] || fail "no Chromium at $CHROME_PATH (set CHROME_PATH)"
install_packages node:nodejs npm:npm curl:curl
lighthouse=$NPM_DIR/node_modules/.bin/lighthouse
installed=$(node -p "require('$NPM_DIR/node_modules/lighthouse/package.json').version" 2>/dev/null || true)
if [ "${installed%%.*}" != "$LIGHTHOUSE_VERSION" ]; then
	say "Installing lighthouse@$LIGHTHOUSE_VERSION into $NPM_DIR"
	mkdir -p "$NPM_DIR"
	npm install --prefix "$NPM_DIR" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
	installed=$(node -p "require('$NPM_DIR/node_modules/lighthouse/package.json').version")
fi
say "Lighthouse $installed, $("$CHROME_PATH" --version 2>/dev/null || echo Chromium)"

if [ -z "${BASE_URL:-}" ]; then
	mkdir -p "$WORK_DIR"
	build_jar
	start_app
	BASE_URL=http://127.0.0.1:$APP_PORT
fi

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$RESULTS/lighthouse-$STAMP
mkdir -p "$OUT"
preset=()
[ -z "$PRESET" ] || preset=(--preset="$PRESET")

# audit PATH NAME: one Lighthouse run, reports to $OUT/NAME.report.{json,html}.
audit() {
	"$lighthouse" "$BASE_URL$1" "${preset[@]}" --quiet \
		--only-categories=performance,accessibility,best-practices,seo \
		--output=json --output=html --output-path="$OUT/$2" \
		--chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
}

status=0
for p in "${PAGES[@]}"; do
	name=${p%% *}
	path=${p#* }
	[ "$name" = article ] && continue
	say "$name: $BASE_URL$path"
	# Lighthouse now and then fails to record its trace (NO_NAVSTART and the like), which says
	# nothing about the page: one more try, then give up. Scores are judged below, not here.
	audit "$path" "$name" || { say "retrying $path"; audit "$path" "$name"; } || fail "lighthouse failed on $path"
	node - "$OUT/$name.report.json" "$MIN" "$name" >>"$OUT/summary.txt" <<'EOF' || status=1
const [file, min, name] = process.argv.slice(2);
const report = require(file);
const scores = Object.values(report.categories).map((c) => ({ c, score: Math.round(c.score * 100) }));
console.log(`${name.padEnd(8)} ${scores.map(({ c, score }) => `${c.id} ${score}`).join(', ')}`);
let below = false;
for (const { c, score } of scores) {
	if (score >= Number(min)) continue;
	below = true;
	console.log(`  ${c.id} ${score} < ${min}; what costs it:`);
	c.auditRefs
		.map((ref) => ({ ref, audit: report.audits[ref.id] }))
		.filter(({ ref, audit }) => ref.weight > 0 && audit.score !== null && audit.score < 0.9)
		.sort((a, b) => b.ref.weight - a.ref.weight)
		.forEach(({ ref, audit }) => console.log(`    - ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}, score ${audit.score}, weight ${ref.weight}`));
}
process.exit(below ? 1 : 0);
EOF
	tail -n +1 "$OUT/summary.txt" | sed -n "/^$name /,\$p"
done

cp "$OUT/summary.txt" "$RESULTS/lighthouse-latest.txt"
echo
echo "Reports (HTML and JSON) under $OUT"
[ "$status" = 0 ] || echo "A score is below $MIN: see the audits listed above and the HTML reports."
exit "$status"
