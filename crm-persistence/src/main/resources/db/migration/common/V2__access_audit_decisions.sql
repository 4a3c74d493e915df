-- The access audit is read back (AccessAuditTrail.latest): keep what rebuilds each entry's Decision exactly —
-- the deciding role and scope of a grant/forbid/out-of-scope, the grantee of a share — and the Russian sentence.
-- Nullable: rows written before this migration are read back with their stored explanation only.
ALTER TABLE crm_access_audit ADD COLUMN decision_role VARCHAR(200);
ALTER TABLE crm_access_audit ADD COLUMN decision_scope VARCHAR(20);
ALTER TABLE crm_access_audit ADD COLUMN share_grantee VARCHAR(100);
ALTER TABLE crm_access_audit ADD COLUMN explanation_ru VARCHAR(4000);
-- latest(n) reads newest first: (at, id) descending; ids are UUIDv7, so equal times keep arrival order.
CREATE INDEX crm_access_audit_latest ON crm_access_audit (at, id);
