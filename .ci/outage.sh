#!/usr/bin/env bash
# Database outage: with PostgreSQL stopped, pages answer within 2 s with the 503 page (or a
# still-valid cached page), readiness goes DOWN while liveness stays UP, a comment posted
# meanwhile gets a 503 and leaves nothing behind, and the site recovers by itself within 30 s
# of the database returning, without a restart. Runs the packaged jar on a private PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
CHECK_NAME=outage
source .ci/instances.sh
trap cleanup_instances EXIT
trap "exit 143" TERM INT

PORT=${OUTAGE_PORT:-8083}
SLUG=decentralized-vs-centralized-ai
PAGES=(/ /compare /articles /articles/$SLUG /projects/bittensor /sources "/advisor?priority=speed")

echo "==> Outage: private PostgreSQL $pg_version on port $PG_PORT, site on port $PORT"
pg_create
find_jar
start_instance site "$PORT"
wait_ready "$PORT" 150

expect "article page before the outage" 200 "$(status "$PORT" "/articles/$SLUG")"
expect "liveness before the outage" 200 "$(status "$PORT" /actuator/health/liveness)"
form=$(curl -fsS -m 10 "http://127.0.0.1:$PORT/articles/$SLUG/comments/new")
token=$(printf '%s' "$form" | grep -o 'name="token" value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/')
[ -n "$token" ] || fail "no comment token in the form"
comments_before=$(sql aicompare "select count(*) from comment")
expect "moderator signs in before the outage" 302 "$(sign_in "$PORT" "$WORK/moderator" moderate-me)"

log "stopping PostgreSQL"
pg_stop

for page in "${PAGES[@]}" /api/v1/models; do
	read -r code seconds < <(curl -s -o "$WORK/page.html" -D "$WORK/headers" -m 10 \
		-w '%{http_code} %{time_total}\n' "http://127.0.0.1:$PORT$page")
	case "$code" in
	503)
		grep -qi '^retry-after: [0-9]' "$WORK/headers" || fail "$page: 503 without Retry-After"
		if [[ "$page" == /api/* ]]; then
			grep -q '"status":503' "$WORK/page.html" || fail "$page: 503 without a problem detail"
		else
			grep -q 'temporarily unavailable' "$WORK/page.html" || fail "$page: 503 without the friendly page"
		fi
		;;
	200) ;; # a still-valid cached page
	*) fail "$page during the outage: status $code" ;;
	esac
	awk -v s="$seconds" 'BEGIN { exit !(s < 2.0) }' || fail "$page took $seconds s during the outage"
	log "ok: $page during the outage: $code in $seconds s"
done

read -r code seconds < <(curl -s -o /dev/null -m 10 -b "$WORK/moderator" -w '%{http_code} %{time_total}\n' \
	"http://127.0.0.1:$PORT/admin/comments")
expect "the moderator's queue (session in the database) during the outage" 503 "$code"
awk -v s="$seconds" 'BEGIN { exit !(s < 2.0) }' || fail "the moderator's queue took $seconds s"
expect "liveness during the outage" 200 "$(status "$PORT" /actuator/health/liveness)"
expect "readiness during the outage" 503 "$(status "$PORT" /actuator/health/readiness)"

read -r code seconds < <(curl -s -o "$WORK/posted.html" -D "$WORK/headers" -m 10 -w '%{http_code} %{time_total}\n' \
	-H "Origin: http://127.0.0.1:$PORT" --data-urlencode "token=$token" \
	--data-urlencode "name=Outage" --data-urlencode "text=Posted while the database was down." \
	"http://127.0.0.1:$PORT/articles/$SLUG/comments")
expect "comment posted during the outage" 503 "$code"
grep -q 'Nothing you sent was saved' "$WORK/posted.html" || fail "the comment's 503 page does not say so"
grep -qi '^retry-after: [0-9]' "$WORK/headers" || fail "the comment's 503 has no Retry-After"
awk -v s="$seconds" 'BEGIN { exit !(s < 2.0) }' || fail "the comment's 503 took $seconds s"

log "starting PostgreSQL again"
pg_start
back=$SECONDS
recovered=""
while [ $((SECONDS - back)) -lt 30 ]; do
	if [ "$(status "$PORT" /actuator/health/readiness)" = 200 ] && [ "$(status "$PORT" "/articles/$SLUG")" = 200 ]; then
		recovered=$((SECONDS - back))
		break
	fi
	sleep 1
done
[ -n "$recovered" ] || fail "the site did not recover within 30 s of the database returning"
log "ok: recovered $recovered s after the database returned, without a restart"

expect "comments after the outage (nothing half-written)" "$comments_before" "$(sql aicompare "select count(*) from comment")"
expect "the refused comment is nowhere" 0 \
	"$(sql aicompare "select count(*) from comment where text like 'Posted while the database was down%'")"
expect "the moderator's session after recovery" 200 \
	"$(curl -s -o /dev/null -m 10 -b "$WORK/moderator" -w '%{http_code}' "http://127.0.0.1:$PORT/admin/comments")"
expect "a comment posted after recovery" 302 "$(comment "$PORT" "$SLUG" Recovered "Posted after the database came back.")"
for page in "${PAGES[@]}"; do
	expect "$page after recovery" 200 "$(status "$PORT" "$page")"
done
echo "==> Outage check passed"
