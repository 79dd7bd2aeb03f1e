-- Read models behind GET /agencies, /reviews and /recommendations (processing group tracker-lists).

create table agency_view (
    code varchar(40)  primary key,
    name varchar(200) not null
);

create table review_view (
    review_id       uuid         primary key,
    board           varchar(40)  not null,
    reference       varchar(200) not null,
    kind            varchar(20)  not null,
    title           varchar(200) not null,
    commissioned_on date         not null,
    published_on    date
);
create index review_view_board on review_view (board, commissioned_on, reference);

create table recommendation_view (
    recommendation_id uuid         primary key,
    review_id         uuid         not null,
    reference         varchar(200) not null,
    raised_on         date         not null,
    status            varchar(10)  not null,
    themes            text[]       not null,
    agencies          text[]       not null,
    version           bigint       not null,
    state             jsonb        not null
);
create index recommendation_view_review on recommendation_view (review_id, reference);
create index recommendation_view_status on recommendation_view (status);
create index recommendation_view_themes on recommendation_view using gin (themes);
create index recommendation_view_agencies on recommendation_view using gin (agencies);
