#!/usr/bin/env bash
# Two instances on one empty PostgreSQL, started together, driven as a load balancer without
# sticky sessions would: migrations and the content import run once, content and comments
# agree, a moderator's session works on either, a moderation action on one shows on the other
# at once, and the comment-flood and login limits hold across both. Runs the packaged jar on a
# private PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
CHECK_NAME=two-instances
source .ci/instances.sh
trap cleanup_instances EXIT
trap "exit 143" TERM INT

A=${INSTANCE_A_PORT:-8083}
B=${INSTANCE_B_PORT:-8084}
SLUG=decentralized-vs-centralized-ai
JAR_A="$WORK/jar-a"
JAR_B="$WORK/jar-b"

echo "==> Two instances: private PostgreSQL $pg_version on port $PG_PORT, sites on ports $A and $B"
pg_create
find_jar
start_instance a "$A"
start_instance b "$B"
wait_ready "$A" 180
wait_ready "$B" 60

expect "migrations applied once each" 0 \
	"$(sql aicompare "select count(*) - count(distinct version) from flyway_schema_history where version is not null")"
expect "failed migrations" 0 "$(sql aicompare "select count(*) from flyway_schema_history where not success")"
expect "passages imported once" 244 "$(sql aicompare "select count(*) from passage")"
expect "organisations imported once" 10 "$(sql aicompare "select count(*) from organisation")"
expect "one site secret" 1 "$(sql aicompare "select count(*) from site_secret")"

for path in /api/v1/models /api/v1/dimensions "/api/v1/articles/$SLUG" /api/v1/projects; do
	sum_a=$(curl -fsS -m 10 "http://127.0.0.1:$A$path" | sed "s/127.0.0.1:$A//g" | md5sum)
	sum_b=$(curl -fsS -m 10 "http://127.0.0.1:$B$path" | sed "s/127.0.0.1:$B//g" | md5sum)
	expect "$path the same on both" "$sum_a" "$sum_b"
done

text="Two instances, one database: posted on A at $(date +%s)."
expect "a comment posted on A" 302 "$(comment "$A" "$SLUG" Ada "$text")"
expect "another comment from the same sender on B within 15 s" 429 \
	"$(comment "$B" "$SLUG" Ada "A second, different comment sent to B.")"
id=$(sql aicompare "select id from comment where text = '$text'")
[ -n "$id" ] || fail "the comment posted on A is not in the database"
expect "comments from that sender" 1 "$(sql aicompare "select count(*) from comment where author_name = 'Ada'")"

expect "moderator signs in on A" 302 "$(sign_in "$A" "$JAR_A" moderate-me)"
grep -qi '^location: .*/admin/comments' "$WORK/login.headers" || fail "sign-in did not lead to the queue"
expect "A's session on B's queue" 200 \
	"$(curl -s -m 10 -b "$JAR_A" -o "$WORK/queue.html" -w '%{http_code}' "http://127.0.0.1:$B/admin/comments")"
grep -qF "$text" "$WORK/queue.html" || fail "B's queue does not show the comment posted on A"
csrf=$(hidden_input _csrf "$WORK/queue.html")
expect "approving on B with A's session" 302 "$(curl -s -m 10 -b "$JAR_A" -o /dev/null -w '%{http_code}' \
	--data-urlencode "_csrf=$csrf" "http://127.0.0.1:$B/admin/comments/$id/approve")"
curl -fsS -m 10 -o "$WORK/article-a.html" "http://127.0.0.1:$A/articles/$SLUG"
grep -qF "$text" "$WORK/article-a.html" || fail "A's article page does not show the comment approved on B"
log "ok: approved on B, shown on A at once"
curl -fsS -m 10 -o "$WORK/article-b.html" "http://127.0.0.1:$B/articles/$SLUG"
grep -qF "$text" "$WORK/article-b.html" || fail "B's article page does not show the approved comment"
expect "sessions kept in the database" 1 \
	"$(sql aicompare "select count(*) from spring_session where principal_name = 'editor'")"

# Last, as it locks the moderator out: 5 failed sign-ins on A, the 6th on B.
for attempt in 1 2 3 4 5; do
	expect "failed sign-in $attempt on A" 302 "$(sign_in "$A" "$WORK/jar-x$attempt" wrong-password)"
done
expect "the 6th failed sign-in, on B" 429 "$(sign_in "$B" "$WORK/jar-x6" wrong-password)"
expect "the right password on B while paused" 429 "$(sign_in "$B" "$WORK/jar-x7" moderate-me)"
echo "==> Two-instance check passed"
