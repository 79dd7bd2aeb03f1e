-- The first answer to each Idempotency-Key, kept so a retry (even after a restart) gets it again.
create table idempotent_request (
    idempotency_key varchar(200) primary key,
    request_hash    varchar(64)  not null,
    status          integer      not null,
    headers         jsonb        not null,
    body            bytea        not null,
    recorded_at     timestamptz  not null default now()
);
