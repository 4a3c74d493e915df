-- KPI fact (issue 7): the deal's sector, its client's least 'sector:' tag (KpiFacts.sector; MIN here), kept on
-- the deal row so that the sales KPIs group deals by sector in the same scan as by owner, status and stages,
-- without joining the client tags. Written by the repositories in the saving transaction: JpaDeals when a deal is
-- first saved (a deal's client never changes), JpaClients for all the client's deals when its tags change.
-- The backfill rewrites every deal row once (on PostgreSQL the table then holds dead rows until VACUUM FULL or
-- pg_repack, as after V5).
ALTER TABLE crm_deals ADD COLUMN sector VARCHAR(200);

UPDATE crm_deals SET sector = (SELECT MIN(SUBSTRING(t.tag FROM 8)) FROM crm_client_tags t
    WHERE t.client_id = crm_deals.client_id AND t.tag LIKE 'sector:%')
    WHERE EXISTS (SELECT 1 FROM crm_client_tags t WHERE t.client_id = crm_deals.client_id AND t.tag LIKE 'sector:%');
