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

# A reader's challenge to a rating, posted on A and accepted on B with a public reason; the
# edition below names it, and each then links to the other.
curl -fsS -m 10 -o "$WORK/challenge-form.html" "http://127.0.0.1:$A/challenges/new?rating=matrix:centralized:control"
token=$(hidden_input token "$WORK/challenge-form.html")
[ -n "$token" ] || fail "no token in the challenge form"
expect "a challenge posted on A" 302 "$(curl -s -m 10 -o /dev/null -D "$WORK/challenge.headers" -w '%{http_code}' \
	-H "Origin: http://127.0.0.1:$A" --data-urlencode "token=$token" --data-urlencode "proposed=3" \
	--data-urlencode "reason=Customers now share some governance of the models they run." \
	--data-urlencode "source=https://example.org/governance-report" \
	"http://127.0.0.1:$A/challenges?rating=matrix:centralized:control")"
challenge=$(grep -i '^location:' "$WORK/challenge.headers" | sed -E 's#.*/challenges/([0-9]+)/received.*#\1#' | tr -d '\r')
[ -n "$challenge" ] || fail "the challenge was not acknowledged with its number"
curl -fsS -m 10 -b "$JAR_A" -o "$WORK/challenges-queue.html" "http://127.0.0.1:$B/admin/challenges"
csrf=$(hidden_input _csrf "$WORK/challenges-queue.html")
expect "accepting the challenge on B with a public reason" 302 "$(curl -s -m 10 -b "$JAR_A" -o /dev/null -w '%{http_code}' \
	--data-urlencode "_csrf=$csrf" --data-urlencode "decision=accept" \
	--data-urlencode "reason=Right: the rating moves to 3 in the next edition." \
	"http://127.0.0.1:$B/admin/challenges/$challenge/decide")"
expect "the challenge accepted" ACCEPTED "$(sql aicompare "select status from challenge where id = $challenge")"

# Editions: the first import made one, the same on both. Then a rating is changed in a copy of
# the content files and both instances restart on it: edition 2 holds exactly that change, and
# both instances show the same edition.
expect "editions after the first import" 1 "$(sql aicompare "select count(*) from edition")"
CONTENT="$WORK/content/"
python3 - "$JAR" "$CONTENT" "$challenge" <<'PY'
import pathlib, sys, zipfile
jar, out = sys.argv[1], pathlib.Path(sys.argv[2])
prefix = "BOOT-INF/classes/content/"
with zipfile.ZipFile(jar) as archive:
    for name in archive.namelist():
        if name.startswith(prefix) and not name.endswith("/"):
            target = out / name[len(prefix):]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(name))
matrix = out / "matrix.yml"
old = '        rating: 1\n        rationale: "One company controls the roadmap'
text = matrix.read_text()
assert text.count(old) == 1, "the control rating of centralized AI is not where the check expects it"
matrix.write_text(text.replace(old, old.replace("rating: 1", "rating: 3")))
content = out / "content.yml"
entry = 'changes:\n  - date: "2026-12-03"\n    summary: "Two-instance check: centralized control raised."\n    answers: [' + sys.argv[3] + ']\n'
content.write_text(content.read_text().replace("changes:\n", entry, 1))
PY
stop_instance a
stop_instance b
start_instance a "$A" --aicompare.content.location="file:$CONTENT"
start_instance b "$B" --aicompare.content.location="file:$CONTENT"
wait_ready "$A" 180
wait_ready "$B" 60
expect "editions after the changed import" 2 "$(sql aicompare "select count(*) from edition")"
edition_a=$(curl -fsS -m 10 "http://127.0.0.1:$A/api/v1/editions/2" | sed "s/127.0.0.1:$A//g")
edition_b=$(curl -fsS -m 10 "http://127.0.0.1:$B/api/v1/editions/2" | sed "s/127.0.0.1:$B//g")
expect "edition 2 the same on both" "$(md5sum <<<"$edition_a")" "$(md5sum <<<"$edition_b")"
expect "edition 2's changes" 1 "$(grep -o '"kind":"[A-Z]*"' <<<"$edition_a" | wc -l)"
grep -qF '"page":"/compare#dimension-control"' <<<"$edition_a" || fail "edition 2 does not hold the changed rating"
grep -qF '"from":"1","to":"3"' <<<"$edition_a" || fail "edition 2 does not say the rating went from 1 to 3"
curl -fsS -m 10 -o "$WORK/changes-b.html" "http://127.0.0.1:$B/changes"
grep -qF 'id="edition-2"' "$WORK/changes-b.html" || fail "B's /changes does not show edition 2"
grep -qF "/challenges#challenge-$challenge" "$WORK/changes-b.html" || fail "edition 2 does not link the challenge it answers"
curl -fsS -m 10 -o "$WORK/challenges-a.html" "http://127.0.0.1:$A/challenges"
grep -qF 'href="/changes#edition-2"' "$WORK/challenges-a.html" || fail "A's /challenges does not link the accepted challenge to edition 2"
log "ok: a changed rating made one edition with that change, the same on both, linked both ways with the challenge it answers"

# Last, as it locks the moderator out: 5 failed sign-ins on A, the 6th on B.
for attempt in 1 2 3 4 5; do
	expect "failed sign-in $attempt on A" 302 "$(sign_in "$A" "$WORK/jar-x$attempt" wrong-password)"
done
expect "the 6th failed sign-in, on B" 429 "$(sign_in "$B" "$WORK/jar-x6" wrong-password)"
expect "the right password on B while paused" 429 "$(sign_in "$B" "$WORK/jar-x7" moderate-me)"
echo "==> Two-instance check passed"
