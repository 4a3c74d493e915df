-- KPI facts (issue 7, dashboard <= 1 s): what the KPIs would otherwise recompute from the history tables on every
-- query, kept on the aggregate's own row. The repositories write them with the row, in the same transaction, from
-- org.crmkit.core.internal.KpiFacts (the definitions the in-memory KPIs use); this migration fills them for the
-- rows that exist, from the histories, with the same definitions. Vendor-neutral (H2 2.x and PostgreSQL).
-- On a large PostgreSQL database the backfill rewrites every deal, claim and task row once: run VACUUM (or let
-- autovacuum run) afterwards, and VACUUM FULL / pg_repack in a maintenance window to give the space back, since
-- the KPI queries scan these tables.

-- Deals: when the deal entered the pipeline (its first stage change) and every stage it entered, as
-- '|key1|key2|' (distinct, sorted), which the funnel groups by instead of reading the stage history.
ALTER TABLE crm_deals ADD COLUMN opened_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crm_deals ADD COLUMN entered_stages VARCHAR(4000);
ALTER TABLE crm_deals ADD COLUMN cycle_micros BIGINT;
UPDATE crm_deals SET
    opened_at = (SELECT sc.changed_at FROM crm_deal_stage_changes sc
                 WHERE sc.deal_id = crm_deals.id AND sc.position = 0),
    entered_stages = '|' || (SELECT string_agg(DISTINCT sc.to_stage, '|' ORDER BY sc.to_stage)
                             FROM crm_deal_stage_changes sc WHERE sc.deal_id = crm_deals.id) || '|';
-- The product label (DealLabels.PRODUCT) of the deal, kept on the row by the label writer, so that the product
-- slice does not join the labels table.
ALTER TABLE crm_deals ADD COLUMN product VARCHAR(500);
UPDATE crm_deals SET product = (SELECT l.label_value FROM crm_deal_labels l
                                WHERE l.deal_id = crm_deals.id AND l.label_key = 'product');
-- The sales cycle of a closed deal: microseconds from opening to closing (null while open).
UPDATE crm_deals SET cycle_micros =
    CAST((EXTRACT(EPOCH FROM closed_at) - EXTRACT(EPOCH FROM opened_at)) * 1000000 AS BIGINT)
    WHERE closed_at IS NOT NULL;

-- Claims: the last move into RESOLVED when the claim still stands resolved (RESOLVED or CLOSED, no rejection or
-- reopening since), and whether it was ever finished (moved to RESOLVED, REJECTED or CLOSED).
ALTER TABLE crm_claims ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE crm_claims ADD COLUMN finished BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE crm_claims SET
    resolved_at = CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN
        (SELECT t.changed_at FROM crm_claim_transitions t
         WHERE t.claim_id = crm_claims.id AND t.to_status = 'RESOLVED'
           AND t.position = (SELECT MAX(m.position) FROM crm_claim_transitions m
                             WHERE m.claim_id = crm_claims.id AND m.to_status IN ('RESOLVED', 'REJECTED', 'REOPENED')))
        END,
    finished = EXISTS (SELECT 1 FROM crm_claim_transitions t
                       WHERE t.claim_id = crm_claims.id AND t.to_status IN ('RESOLVED', 'REJECTED', 'CLOSED'));

-- Tasks: the last move to DONE of a task that is done.
ALTER TABLE crm_tasks ADD COLUMN completed_at TIMESTAMP WITH TIME ZONE;
UPDATE crm_tasks SET completed_at = CASE WHEN status = 'DONE' THEN
    (SELECT t.changed_at FROM crm_task_status_changes t
     WHERE t.task_id = crm_tasks.id AND t.to_status = 'DONE'
       AND t.position = (SELECT MAX(m.position) FROM crm_task_status_changes m
                         WHERE m.task_id = crm_tasks.id AND m.to_status = 'DONE'))
    END;

-- The medians of the sales KPIs read the middle rows of these in order instead of sorting every won (lost) deal;
-- the columns the access filter and the period test look at are in the key too, so PostgreSQL can answer from
-- the index alone (H2 has no INCLUDE, hence key columns).
CREATE INDEX crm_deals_kpi_amount ON crm_deals (status, currency, amount, owner_id, department_id, opened_at, closed_at);
CREATE INDEX crm_deals_kpi_cycle ON crm_deals (status, cycle_micros, owner_id, department_id, opened_at, closed_at);
