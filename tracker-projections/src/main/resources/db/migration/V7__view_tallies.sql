-- Views whose cost follows the answer, not the history (issue 3, scale).
--
-- * A board's views read only that board's rows: every row that holds over a period of business dates carries
--   its board, and a GiST index on (board, period) finds the rows that hold on D for one board.
-- * Views over every board read running tallies instead of the rows: for each measure and key, amounts by
--   business date in day, month and year buckets (counts), or, for the measures whose percentiles a view
--   needs, a histogram of values with a cumulative snapshot at each year's start. A view for D then reads at
--   most one snapshot, eleven months and thirty-one days per key, however many years of history there are.
-- * The earliest "open since" date among the rows that hold on D comes from a nearest-neighbour search on a
--   GiST index (btree_gist), not from reading every open row.
--
-- The new tables replace the period tables of V6; the views are replayed from the event store on the next
-- start (the views' tokens are removed below), as after any change to the views' tables.
create extension if not exists btree_gist;

do $$
declare
    s text;
begin
    foreach s in array array['views_blue', 'views_green'] loop
        execute format($ddl$
            truncate %1$I.view_agency, %1$I.view_review, %1$I.view_recommendation, %1$I.view_closure,
                     %1$I.view_assignment, %1$I.view_due_date_change, %1$I.view_evidence, %1$I.view_re_referral;
            drop table %1$I.view_status_period;
            drop table %1$I.view_open_period;

            alter table %1$I.view_recommendation add column board varchar(40) not null;
            alter table %1$I.view_recommendation add column review_reference varchar(200) not null;
            alter table %1$I.view_assignment add column board varchar(40) not null;
            create index on %1$I.view_assignment (board, completed_on);
            create index on %1$I.view_assignment (completed_on);

            -- a recommendation's status over each period from its raising on; days: closed_on - raised_on
            create table %1$I.view_recommendation_period (
                recommendation_id uuid        not null,
                board             varchar(40) not null,
                review_id         uuid        not null,
                themes            text[]      not null,
                raised_on         date        not null,
                period            daterange   not null,
                closed            boolean     not null,
                implemented       boolean     not null,
                days              integer,
                primary key (recommendation_id, period));
            create index on %1$I.view_recommendation_period using gist (board, period);
            create index on %1$I.view_recommendation_period using gist (period);

            -- an open assignment over a period in which its due date stays the same: one action item per date
            create table %1$I.view_open_item (
                recommendation_id        uuid         not null,
                agency                   varchar(40)  not null,
                period                   daterange    not null,
                board                    varchar(40)  not null,
                recommendation_reference varchar(200) not null,
                review_id                uuid         not null,
                review_reference         varchar(200) not null,
                owner                    varchar(200) not null,
                assigned_on              date         not null,
                due_on                   date         not null,
                first_evidence_on        date,
                primary key (recommendation_id, agency, period));
            create index on %1$I.view_open_item using gist (board, period);
            create index on %1$I.view_open_item using gist (period);

            -- evidence awaiting the board's decision while its assignment is open
            create table %1$I.view_pending_evidence (
                evidence_id              uuid         not null,
                period                   daterange    not null,
                recommendation_id        uuid         not null,
                board                    varchar(40)  not null,
                recommendation_reference varchar(200) not null,
                review_reference         varchar(200) not null,
                agency                   varchar(40)  not null,
                submitted_on             date         not null,
                primary key (evidence_id, period));
            create index on %1$I.view_pending_evidence using gist (board, period);
            create index on %1$I.view_pending_evidence using gist (period);

            -- over every board: when each open thing (an assignment, a recommendation) has been open since
            create table %1$I.view_open_since (
                recommendation_id uuid         not null,
                measure           varchar(30)  not null,
                key               varchar(200) not null,
                period            daterange    not null,
                since             date         not null,
                primary key (recommendation_id, measure, key, period));
            create index on %1$I.view_open_since using gist (measure, key, period, since);

            -- over every board: amounts by business date. level D: the day's amount; M: the month's (bucket: its
            -- first day); Y: the year's (bucket: 1 January); C (histograms only): everything before the bucket.
            create table %1$I.view_tally (
                measure varchar(30)  not null,
                key     varchar(200) not null,
                level   char(1)      not null,
                bucket  date         not null,
                value   integer      not null,
                amount  bigint       not null,
                primary key (measure, key, level, bucket, value));

            -- the last year a histogram's cumulative snapshots are kept up to; the row is also the lock that
            -- serialises the writers of one key, so snapshots and their extensions never miss a concurrent change
            create table %1$I.view_tally_horizon (
                measure varchar(30)  not null,
                key     varchar(200) not null,
                year    integer,
                primary key (measure, key));

            -- the first date a review raised a recommendation with a theme (the themes view's review count)
            create table %1$I.view_review_theme (
                review_id       uuid         not null,
                theme           varchar(200) not null,
                first_raised_on date,
                primary key (review_id, theme));

        $ddl$, s);
    end loop;
end
$$;

-- replay the views from the event store into the live generation on the next start
delete from token_entry where processor_name like 'tracker-views-%';
update view_generation set building = null;
