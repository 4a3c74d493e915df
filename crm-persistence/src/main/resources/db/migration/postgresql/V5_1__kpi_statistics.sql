-- PostgreSQL only (location db/migration/{vendor}): planner statistics for the KPI queries (issue 7).
-- The sales KPIs group the deals by (owner, department, pipeline, status, entered stages): a few hundred groups,
-- since a deal's department follows its owner and its entered stages follow its status. Without this the planner
-- multiplies the columns' distinct counts (about 100,000 groups), and sorts the million rows instead of hashing them.
CREATE STATISTICS crm_deals_kpi_groups (ndistinct) ON owner_id, department_id, pipeline, status, entered_stages
    FROM crm_deals;
ANALYZE crm_deals;
