-- The key that signs comment forms and hides commenters' addresses, made once and shared by
-- every instance on this database: one row, id 1.
create table site_secret (
    id     integer primary key check (id = 1),
    secret varchar(128) not null
);

-- Posted comments carry what the posting checks look up: the fingerprint of their text
-- (the same text twice on one page) and a keyed hash of the sender's address (posting too
-- often). Seeded comments have neither.
alter table comment add column fingerprint varchar(64);
alter table comment add column client_hash varchar(64);
create index comment_fingerprint on comment (target, target_slug, fingerprint);
create index comment_client on comment (client_hash, created_at);
