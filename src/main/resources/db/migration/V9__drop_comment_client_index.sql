-- The comment-flood limit now lives in request_limit (V7); nothing looks comments up by sender
-- any more, so the index that served that lookup only slows writes down.
drop index comment_client;
