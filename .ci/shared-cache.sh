#!/usr/bin/env bash
# Two instances on one PostgreSQL behind nginx as load balancer and shared cache, configured by
# deploy/nginx.conf as it is shipped: a page is served from nginx's cache (X-Cache-Status: HIT),
# each compressed form apart; once the site's max-age is over nginx revalidates it with the
# page's ETag (304 from the instance: REVALIDATED); after a moderation action on one instance the
# page comes back new through nginx; the comment form, comment posts, sign-in and moderation pass
# through uncached. Runs the packaged jar on a private PostgreSQL and its own nginx.
set -euo pipefail
cd "$(dirname "$0")/.."
CHECK_NAME=shared-cache
source .ci/instances.sh

A=${INSTANCE_A_PORT:-8086}
B=${INSTANCE_B_PORT:-8087}
N=${NGINX_PORT:-8096}
SLUG=decentralized-vs-centralized-ai
PAGE=/articles/$SLUG
NGINX_DIR="$WORK/nginx"
MAX_AGE=2

stop_nginx() {
	if [ -f "$NGINX_DIR/nginx.pid" ]; then
		kill -QUIT "$(cat "$NGINX_DIR/nginx.pid" 2>/dev/null)" 2>/dev/null || true
	fi
}
on_exit() {
	local rc=$?
	set +e
	stop_nginx
	# cleanup_instances reads the exit status first.
	(exit "$rc")
	cleanup_instances
}
trap on_exit EXIT
trap "exit 143" TERM INT

command -v nginx >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null; }
command -v envsubst >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq gettext-base >/dev/null; }

echo "==> Shared cache: nginx on $N in front of sites on $A and $B, private PostgreSQL on $PG_PORT"
pg_create
find_jar
start_instance a "$A" --aicompare.pages.max-age=${MAX_AGE}s
start_instance b "$B" --aicompare.pages.max-age=${MAX_AGE}s
mkdir -p "$NGINX_DIR/tmp"
APP_A=127.0.0.1:$A APP_B=127.0.0.1:$B LISTEN=127.0.0.1:$N CACHE_DIR=$NGINX_DIR \
	envsubst '${APP_A} ${APP_B} ${LISTEN} ${CACHE_DIR}' <deploy/nginx.conf >"$NGINX_DIR/nginx.conf"
[ "$(id -u)" = 0 ] && sed -i "1i user $(id -un) $(id -gn);" "$NGINX_DIR/nginx.conf"
nginx -t -q -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/error.log"
nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/error.log"
wait_ready "$A" "${READY_SECONDS:-180}"
wait_ready "$B" 60

# fetch NAME PATH [curl options]: GET through nginx; headers in $WORK/NAME.h, body in $WORK/NAME.html.
fetch() {
	local name=$1 path=$2
	shift 2
	curl -s -m 10 -D "$WORK/$name.h" -o "$WORK/$name.html" "$@" "http://127.0.0.1:$N$path"
}
# header NAME FIELD: a response header of a fetch, empty if absent.
header() {
	grep -i "^$2:" "$WORK/$1.h" | head -n 1 | cut -d: -f2- | tr -d '\r' | sed 's/^ //' || true
}

fetch first "$PAGE"
expect "the first request for a page" MISS "$(header first X-Cache-Status)"
expect "its Cache-Control" "max-age=$MAX_AGE, must-revalidate, public" "$(header first Cache-Control)"
fetch second "$PAGE"
expect "the same page again, within its max-age" HIT "$(header second X-Cache-Status)"
expect "the same ETag" "$(header first ETag)" "$(header second ETag)"
fetch br1 "$PAGE" -H 'Accept-Encoding: gzip, deflate, br'
fetch br2 "$PAGE" -H 'Accept-Encoding: gzip, deflate, br'
expect "the Brotli form, kept apart (Vary)" "br HIT" "$(header br2 Content-Encoding) $(header br2 X-Cache-Status)"
[ "$(header br2 ETag)" != "$(header first ETag)" ] || fail "the Brotli form has the plain page's ETag"

sleep $((MAX_AGE + 1))
fetch revalidated "$PAGE"
expect "the page after its max-age, asked again with its ETag" REVALIDATED "$(header revalidated X-Cache-Status)"
expect "still the same ETag" "$(header first ETag)" "$(header revalidated ETag)"

fetch form1 "$PAGE/comments/new"
fetch form2 "$PAGE/comments/new"
expect "the comment form, never from the cache" "BYPASS BYPASS" \
	"$(header form1 X-Cache-Status) $(header form2 X-Cache-Status)"

text="Through the shared cache at $(date +%s)."
expect "a comment posted through nginx" 302 "$(comment "$N" "$SLUG" Grace "$text")"
id=$(sql aicompare "select id from comment where text = '$text'")
[ -n "$id" ] || fail "the comment posted through nginx is not in the database"
log "ok: the post reached an instance and was stored"

expect "moderator signs in through nginx" 302 "$(sign_in "$N" "$WORK/jar" moderate-me)"
fetch queue /admin/comments -b "$WORK/jar"
expect "the moderation queue through nginx, never from the cache" "200 BYPASS" \
	"$(head -n 1 "$WORK/queue.h" | cut -d' ' -f2) $(header queue X-Cache-Status)"
grep -qF "$text" "$WORK/queue.html" || fail "the queue through nginx does not show the new comment"
fetch queue2 /admin/comments -b "$WORK/jar"
expect "the queue again: never from the cache" BYPASS "$(header queue2 X-Cache-Status)"
csrf=$(hidden_input _csrf "$WORK/queue.html")
# The change is made on instance B directly; nginx may ask either instance afterwards.
expect "approving on instance B" 302 "$(curl -s -m 10 -b "$WORK/jar" -o /dev/null -w '%{http_code}' \
	--data-urlencode "_csrf=$csrf" "http://127.0.0.1:$B/admin/comments/$id/approve")"

# Within max-age nginx may still answer the old page; after it (and the 2 s revision poll) the
# revalidation brings the new one, from whichever instance it asks.
sleep $((MAX_AGE + 3))
fetch changed "$PAGE"
expect "the page after the change, revalidated" EXPIRED "$(header changed X-Cache-Status)"
grep -qF "$text" "$WORK/changed.html" || fail "the page through nginx does not show the approved comment"
[ "$(header changed ETag)" != "$(header first ETag)" ] || fail "the ETag did not change with the content"
log "ok: the new page with a new ETag"
fetch changed2 "$PAGE"
expect "and the new page is kept" HIT "$(header changed2 X-Cache-Status)"
grep -qF "$text" "$WORK/changed2.html" || fail "the kept page lost the approved comment"
echo "==> Shared-cache check passed"
