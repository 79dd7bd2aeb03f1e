-- Set-based rules across aggregates, written in the command's own transaction.
-- The unique constraints, not a read before the write, are what make concurrent claims safe.

create table agency_registry (
    code varchar(40) primary key
);

create table review_registry (
    review_id       uuid         primary key,
    board           varchar(40)  not null,
    reference       varchar(200) not null,
    commissioned_on date         not null,
    unique (board, reference)
);

create table recommendation_registry (
    recommendation_id uuid         primary key,
    review_id         uuid         not null references review_registry (review_id),
    reference         varchar(200) not null,
    unique (review_id, reference)
);
