-- Seeds the analytics benchmark on PostgreSQL with plain SQL (INSERT ... SELECT generate_series), in the schema the
-- connection's search_path points at, after the CRM migrations ran. Ids are md5-derived UUIDs so reruns are
-- repeatable. Sizes: 26 departments, 201 employees, 20,000 clients, 1,000,000 deals (~2.5 M stage changes,
-- 800,000 product labels), 200,000 claims (~0.5 M transitions, 20,000 supplier requests), 1,000,000 tasks
-- (~0.6 M status changes), 20 campaigns (20,000 members, 50,000 credited deals).
SET synchronous_commit = off;

INSERT INTO crm_departments (id, version, name, parent_id, head_id, path, created_at, created_by, updated_at, updated_by)
SELECT md5('dept0')::uuid, 0, 'Company', NULL, NULL, '/' || md5('dept0')::uuid || '/', now(), md5('sys')::uuid, now(), md5('sys')::uuid;
INSERT INTO crm_departments (id, version, name, parent_id, head_id, path, created_at, created_by, updated_at, updated_by)
SELECT md5('dept' || o)::uuid, 0, 'Office ' || o, md5('dept0')::uuid, NULL,
       '/' || md5('dept0')::uuid || '/' || md5('dept' || o)::uuid || '/', now(), md5('sys')::uuid, now(), md5('sys')::uuid
FROM generate_series(1, 5) o;
INSERT INTO crm_departments (id, version, name, parent_id, head_id, path, created_at, created_by, updated_at, updated_by)
SELECT md5('team' || t)::uuid, 0, 'Team ' || t, md5('dept' || (1 + t % 5))::uuid, NULL,
       '/' || md5('dept0')::uuid || '/' || md5('dept' || (1 + t % 5))::uuid || '/' || md5('team' || t)::uuid || '/',
       now(), md5('sys')::uuid, now(), md5('sys')::uuid
FROM generate_series(0, 19) t;

-- Employee e works in team e % 20; employee 200 heads office 1 (head of sales).
INSERT INTO crm_employees (id, version, first_name, middle_name, last_name, position, department_id, status, dismissed_at,
                           created_at, created_by, updated_at, updated_by)
SELECT md5('emp' || e)::uuid, 0, 'Seller', NULL, 'No' || e, 'seller', md5('team' || (e % 20))::uuid, 'ACTIVE', NULL,
       now(), md5('sys')::uuid, now(), md5('sys')::uuid
FROM generate_series(0, 199) e;
INSERT INTO crm_employees (id, version, first_name, middle_name, last_name, position, department_id, status, dismissed_at,
                           created_at, created_by, updated_at, updated_by)
VALUES (md5('emp200')::uuid, 0, 'Hanna', NULL, 'Head', 'head of sales', md5('dept1')::uuid, 'ACTIVE', NULL,
        now(), md5('sys')::uuid, now(), md5('sys')::uuid);
INSERT INTO crm_employee_roles (employee_id, role_name) SELECT md5('emp' || e)::uuid, 'sales-manager' FROM generate_series(0, 199) e;
INSERT INTO crm_employee_roles (employee_id, role_name) VALUES (md5('emp200')::uuid, 'head-of-sales');

INSERT INTO crm_clients (id, version, kind, display_name, legal_name, owner_id, department_id, status, registered_at,
                         created_at, created_by, updated_at, updated_by)
SELECT md5('client' || c)::uuid, 0, 'COMPANY', 'Client ' || c, 'Client ' || c, md5('emp' || (c % 200))::uuid,
       md5('team' || (c % 20))::uuid, 'ACTIVE', timestamptz '2021-01-01', now(), md5('sys')::uuid, now(), md5('sys')::uuid
FROM generate_series(0, 19999) c;
INSERT INTO crm_client_tags (client_id, tag)
SELECT md5('client' || c)::uuid, 'sector:' || (ARRAY['technology','retail','energy','finance','medical'])[1 + c % 5]
FROM generate_series(0, 19999) c WHERE c % 5 <> 4;

-- Deals: d % 10 in 0..2 won, 3..5 lost, 6..9 open; 1 in 20 in EUR, 1 in 25 without an amount.
CREATE TEMP TABLE bench_deals AS
SELECT d, md5('deal' || d)::uuid AS id, ((d::bigint * 7919) % 200)::int AS e,
       timestamptz '2022-01-01' + (d % 1096) * interval '1 day' + (d % 997) * interval '1 minute' AS opened,
       CASE WHEN d % 10 < 3 THEN 'WON' WHEN d % 10 < 6 THEN 'LOST' ELSE 'OPEN' END AS status,
       1 + (d * 31) % 4 AS steps
FROM generate_series(0, 999999) d;
INSERT INTO crm_deals (id, version, client_id, title, pipeline, stage, status, probability, amount, currency,
                       owner_id, department_id, lost_reason, closed_at, created_at, created_by, updated_at, updated_by)
SELECT b.id, 0, md5('client' || (b.d % 20000))::uuid, 'Deal ' || b.d, 'default',
       CASE b.status WHEN 'WON' THEN 'won' WHEN 'LOST' THEN 'lost'
            ELSE (ARRAY['lead','qualification','proposal','negotiation'])[b.steps] END,
       b.status,
       CASE b.status WHEN 'WON' THEN 100 WHEN 'LOST' THEN 0 ELSE (ARRAY[10,25,50,75])[b.steps] END,
       CASE WHEN b.d % 25 = 0 THEN NULL ELSE ((b.d::bigint * 104729) % 10000000) / 100.0 END,
       CASE WHEN b.d % 25 = 0 THEN NULL WHEN b.d % 20 = 1 THEN 'EUR' ELSE 'USD' END,
       md5('emp' || b.e)::uuid, md5('team' || (b.e % 20))::uuid,
       CASE b.status WHEN 'LOST' THEN 'price' END,
       CASE WHEN b.status <> 'OPEN' THEN b.opened + (b.steps * 9 + b.d % 30) * interval '1 day' END,
       b.opened, md5('emp' || b.e)::uuid, b.opened, md5('emp' || b.e)::uuid
FROM bench_deals b;
INSERT INTO crm_deal_stage_changes (deal_id, position, from_stage, to_stage, changed_by, changed_at, note)
SELECT b.id, s - 1, CASE WHEN s = 1 THEN NULL ELSE (ARRAY['lead','qualification','proposal','negotiation'])[s - 1] END,
       (ARRAY['lead','qualification','proposal','negotiation'])[s], md5('emp' || b.e)::uuid,
       b.opened + (s - 1) * interval '9 days', ''
FROM bench_deals b, generate_series(1, 4) s WHERE s <= b.steps;
INSERT INTO crm_deal_stage_changes (deal_id, position, from_stage, to_stage, changed_by, changed_at, note)
SELECT b.id, b.steps, (ARRAY['lead','qualification','proposal','negotiation'])[b.steps], lower(b.status),
       md5('emp' || b.e)::uuid, b.opened + (b.steps * 9 + b.d % 30) * interval '1 day', ''
FROM bench_deals b WHERE b.status <> 'OPEN';
INSERT INTO crm_deal_labels (deal_id, label_key, label_value)
SELECT b.id, 'product', (ARRAY['GTX Pro','GTX Basic','MG Special','MG Advanced','GTK 500','GTX Plus Pro','GTX Plus Basic'])[1 + b.d % 7]
FROM bench_deals b WHERE b.d % 5 <> 0;

-- Claims: registered 2022..2024, two in three resolved (half of those later closed), 1 in 10 with a supplier request.
CREATE TEMP TABLE bench_claims AS
SELECT k, md5('claim' || k)::uuid AS id, k % 200 AS e,
       timestamptz '2022-01-01' + (k % 1096) * interval '1 day' + (k % 1439) * interval '1 minute' AS registered,
       CASE WHEN k % 3 = 0 THEN 'IN_PROGRESS' WHEN k % 6 = 1 THEN 'RESOLVED' ELSE 'CLOSED' END AS status
FROM generate_series(0, 199999) k;
INSERT INTO crm_claims (id, version, client_id, channel, category, severity, subject, registered_by,
                        registrar_department_id, registered_at, status, assigned_department_id, assignee_id,
                        response_deadline, resolution_deadline, first_responded_at, escalation_level, satisfaction,
                        reopen_count, owner_id, department_id, created_at, created_by, updated_at, updated_by)
SELECT c.id, 0, md5('client' || (c.k % 20000))::uuid,
       (ARRAY['SHOP','EMAIL','PHONE'])[1 + c.k % 3], (ARRAY['delivery','quality','billing','warranty'])[1 + c.k % 4],
       (ARRAY['LOW','MEDIUM','HIGH','CRITICAL'])[1 + c.k % 4], 'claim', md5('emp' || c.e)::uuid,
       md5('team' || (c.e % 20))::uuid, c.registered, c.status, md5('team' || (c.e % 20))::uuid,
       md5('emp' || c.e)::uuid, c.registered + interval '1 day', c.registered + interval '5 days',
       c.registered + (c.k % 48) * interval '1 hour', 0, CASE WHEN c.k % 4 = 0 THEN 1 + c.k % 5 END,
       CASE WHEN c.k % 17 = 0 THEN 1 ELSE 0 END, md5('emp' || c.e)::uuid, md5('team' || (c.e % 20))::uuid,
       c.registered, md5('emp' || c.e)::uuid, c.registered, md5('emp' || c.e)::uuid
FROM bench_claims c;
INSERT INTO crm_claim_transitions (claim_id, position, from_status, to_status, changed_by, changed_at)
SELECT c.id, 0, NULL, 'REGISTERED', md5('emp' || c.e)::uuid, c.registered FROM bench_claims c;
INSERT INTO crm_claim_transitions (claim_id, position, from_status, to_status, changed_by, changed_at)
SELECT c.id, 1, 'REGISTERED', 'IN_PROGRESS', md5('emp' || c.e)::uuid, c.registered + interval '2 hours' FROM bench_claims c;
INSERT INTO crm_claim_transitions (claim_id, position, from_status, to_status, changed_by, changed_at)
SELECT c.id, 2, 'IN_PROGRESS', 'RESOLVED', md5('emp' || c.e)::uuid, c.registered + (c.k % 200) * interval '1 hour'
FROM bench_claims c WHERE c.status <> 'IN_PROGRESS';
INSERT INTO crm_claim_transitions (claim_id, position, from_status, to_status, changed_by, changed_at)
SELECT c.id, 3, 'RESOLVED', 'CLOSED', md5('emp' || c.e)::uuid, c.registered + (c.k % 200 + 24) * interval '1 hour'
FROM bench_claims c WHERE c.status = 'CLOSED';
INSERT INTO crm_claim_suppliers (claim_id, position, supplier, request, asked_at, due_at, answered_at, answer)
SELECT c.id, 0, 'Supplier ' || (c.k % 7), 'part', c.registered, c.registered + interval '3 days',
       CASE WHEN c.k % 20 = 0 THEN c.registered + (c.k % 120) * interval '1 hour' END,
       CASE WHEN c.k % 20 = 0 THEN 'ok' END
FROM bench_claims c WHERE c.k % 10 = 0;

-- Tasks: 60% done (on time or late), 10% cancelled, the rest open (many overdue).
CREATE TEMP TABLE bench_tasks AS
SELECT t, md5('task' || t)::uuid AS id, t % 200 AS e,
       timestamptz '2022-01-01' + (t % 1096) * interval '1 day' AS created,
       CASE WHEN t % 10 < 6 THEN 'DONE' WHEN t % 10 = 6 THEN 'CANCELLED' ELSE 'IN_PROGRESS' END AS status
FROM generate_series(0, 999999) t;
INSERT INTO crm_tasks (id, version, title, creator_id, created_on, owner_id, department_id, due, priority, status,
                       created_at, created_by, updated_at, updated_by)
SELECT b.id, 0, 'task', md5('emp' || ((b.e + 1) % 200))::uuid, b.created, md5('emp' || b.e)::uuid,
       md5('team' || (b.e % 20))::uuid, CASE WHEN b.t % 8 = 0 THEN NULL ELSE b.created + interval '5 days' END,
       'NORMAL', b.status, b.created, md5('emp' || b.e)::uuid, b.created, md5('emp' || b.e)::uuid
FROM bench_tasks b;
INSERT INTO crm_task_status_changes (task_id, position, from_status, to_status, changed_by, changed_at)
SELECT b.id, 0, 'NEW', b.status, md5('emp' || b.e)::uuid, b.created + (b.t % 9) * interval '1 day'
FROM bench_tasks b WHERE b.status <> 'IN_PROGRESS';

INSERT INTO crm_campaigns (id, version, name, channel, starts_on, ends_on, budget_amount, budget_currency, status,
                           owner_id, department_id, planned_at, created_at, created_by, updated_at, updated_by)
SELECT md5('campaign' || c)::uuid, 0, 'Campaign ' || c, (ARRAY['email','webinar','social media'])[1 + c % 3],
       date '2022-01-01' + c * 50, date '2022-01-01' + c * 50 + 30, 10000 + c * 1000, 'USD', 'FINISHED',
       md5('emp' || c)::uuid, md5('team' || (c % 20))::uuid, timestamptz '2021-12-01', now(), md5('sys')::uuid, now(),
       md5('sys')::uuid
FROM generate_series(0, 19) c;
INSERT INTO crm_campaign_members (campaign_id, position, recipient_kind, recipient_id, status, invited_at, status_since)
SELECT md5('campaign' || c)::uuid, m, 'CLIENT', md5('client' || ((c * 1000 + m) % 20000))::uuid,
       (ARRAY['INVITED','RESPONDED','CONVERTED','OPTED_OUT'])[1 + (c + m) % 4], timestamptz '2022-01-01',
       timestamptz '2022-01-02'
FROM generate_series(0, 19) c, generate_series(0, 999) m;
INSERT INTO crm_campaign_attributions (campaign_id, position, deal_id, attributed_by, attributed_at)
SELECT md5('campaign' || (d % 20))::uuid, d / 20, md5('deal' || (d * 20))::uuid, md5('sys')::uuid, timestamptz '2022-06-01'
FROM generate_series(0, 49999) d;

ANALYZE;
