-- PostgreSQL only: the sales KPIs now group the deals by (owner, department, pipeline, status, entered stages,
-- sector, product) in one statement: about a thousand groups, since sector and product vary little per owner.
-- Without the n-distinct statistics over all seven the planner multiplies the columns' distinct counts
-- (hundreds of thousands of groups) and sorts the million rows instead of hashing them (V5_1 says the same for
-- five columns; this replaces it).
DROP STATISTICS IF EXISTS crm_deals_kpi_groups;
CREATE STATISTICS crm_deals_kpi_groups (ndistinct) ON owner_id, department_id, pipeline, status, entered_stages,
    sector, product FROM crm_deals;
ANALYZE crm_deals;
