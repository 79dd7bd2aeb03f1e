-- Periods of business dates, so that "open on D" and "closed on D" are an index lookup of the rows that hold
-- on D, whose number follows the work open on D rather than the whole history.
do $$
declare
    s text;
begin
    foreach s in array array['views_blue', 'views_green'] loop
        execute format($ddl$
            -- a recommendation's status on each date from its raising on: valid_from inclusive, valid_until
            -- exclusive (null: ever after); closed_on: the date of the closure that closed it
            create table %1$I.view_status_period (
                recommendation_id uuid        not null,
                valid_from        date        not null,
                valid_until       date,
                closed            boolean     not null,
                outcome           varchar(30),
                closed_on         date,
                primary key (recommendation_id, valid_from));
            create index on %1$I.view_status_period using gist (daterange(valid_from, valid_until, '[)'));

            -- the dates on which an agency's assignment is open: assigned, not yet completed, and its
            -- recommendation not closed
            create table %1$I.view_open_period (
                recommendation_id uuid        not null,
                agency            varchar(40) not null,
                open_from         date        not null,
                open_until        date,
                primary key (recommendation_id, agency, open_from));
            create index on %1$I.view_open_period using gist (daterange(open_from, open_until, '[)'));
        $ddl$, s);
    end loop;
end
$$;
