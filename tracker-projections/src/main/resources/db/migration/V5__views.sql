-- The board's views, kept in two generations of identical tables (schemas views_blue and views_green):
-- one is live and answers every view; a rebuild replays the event store into the other and then swaps.
-- Rows are interval-shaped (business dates of assignment, completion, due-date changes, closures and
-- reopenings), so every view can be computed for any date D.

create table view_generation (
    id              integer     primary key check (id = 1),
    live            varchar(10) not null check (live in ('blue', 'green')),
    building        varchar(10)          check (building in ('blue', 'green')),
    rebuild_started timestamptz,
    rebuild_ended   timestamptz,
    check (building is null or building <> live)
);
insert into view_generation (id, live) values (1, 'blue');

do $$
declare
    s text;
begin
    foreach s in array array['views_blue', 'views_green'] loop
        execute format('create schema %I', s);
        execute format($ddl$
            create table %1$I.view_agency (
                code varchar(40)  primary key,
                name varchar(200) not null);

            create table %1$I.view_review (
                review_id uuid         primary key,
                board     varchar(40)  not null,
                reference varchar(200) not null);
            create index on %1$I.view_review (board);

            create table %1$I.view_recommendation (
                recommendation_id uuid         primary key,
                review_id         uuid         not null,
                reference         varchar(200) not null,
                text              text         not null,
                raised_on         date         not null,
                themes            text[]       not null);
            create index on %1$I.view_recommendation (review_id, raised_on);

            -- closures (closed) and reopenings (not closed), by business date; sequence = recording order
            create table %1$I.view_closure (
                recommendation_id uuid        not null,
                sequence          bigint      not null,
                happened_on       date        not null,
                closed            boolean     not null,
                outcome           varchar(30),
                primary key (recommendation_id, sequence));
            create index on %1$I.view_closure (recommendation_id, happened_on desc, sequence desc);

            create table %1$I.view_assignment (
                recommendation_id uuid         not null,
                agency            varchar(40)  not null,
                owner             varchar(200) not null,
                assigned_on       date         not null,
                due_on            date         not null,
                completed_on      date,
                primary key (recommendation_id, agency));
            create index on %1$I.view_assignment (agency, assigned_on);
            create index on %1$I.view_assignment (assigned_on);

            create table %1$I.view_due_date_change (
                recommendation_id uuid        not null,
                sequence          bigint      not null,
                agency            varchar(40) not null,
                changed_on        date        not null,
                due_on            date        not null,
                primary key (recommendation_id, sequence));
            create index on %1$I.view_due_date_change (recommendation_id, agency, changed_on desc, sequence desc);

            create table %1$I.view_evidence (
                evidence_id       uuid        primary key,
                recommendation_id uuid        not null,
                agency            varchar(40) not null,
                submitted_on      date        not null,
                decided_on        date);
            create index on %1$I.view_evidence (recommendation_id, agency, submitted_on);

            create table %1$I.view_re_referral (
                review_id         uuid not null,
                earlier_review_id uuid not null,
                referred_on       date not null,
                primary key (review_id, earlier_review_id));
        $ddl$, s);
    end loop;
end
$$;
