-- One counter for what readers see: a content import and every moderation action raise it in
-- their own transaction. Each instance polls it, so ETags and caches agree across instances.
create table site_revision (
    id         bigint primary key,
    revision   bigint not null,
    changed_at timestamp(6) with time zone not null
);
insert into site_revision (id, revision, changed_at) values (1, 1, current_timestamp);
