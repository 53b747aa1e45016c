-- Limits that must hold across every instance on this database: how soon one sender may post
-- another comment, and how many failed sign-ins a client or an account may make before it is
-- paused. One row a key; keys hold keyed hashes, never addresses or names.
create table request_limit (
    limit_key     varchar(120) primary key,
    hits          integer not null,
    window_start  timestamp(6) with time zone not null,
    blocked_until timestamp(6) with time zone
);
