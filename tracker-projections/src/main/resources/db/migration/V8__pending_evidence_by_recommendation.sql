-- A recommendation's pending-evidence rows are replaced on each of its changes (delete by recommendation, then
-- insert). V7 left that delete without an index, so every change scanned the whole table and the views' replay
-- slowed as the table grew. The index changes no content: no replay is needed.
do $$
declare
    s text;
begin
    foreach s in array array['views_blue', 'views_green'] loop
        execute format('create index if not exists view_pending_evidence_recommendation on %1$I.view_pending_evidence'
                       ' (recommendation_id)', s);
    end loop;
end
$$;
