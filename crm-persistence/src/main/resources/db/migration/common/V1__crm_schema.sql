-- CRMKit schema, vendor-neutral: the same script runs on H2 2.x and PostgreSQL 13+.
-- Every aggregate table has: id (UUIDv7, keyset paging key), version (optimistic lock), audit columns.
-- Histories and collections live in child tables keyed by (owner id, position).
-- owner_id / department_id on each aggregate are what access control filters on (see ScopedFilterSql).

CREATE TABLE crm_departments (
    id            UUID         NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    name          VARCHAR(300) NOT NULL,
    parent_id     UUID         REFERENCES crm_departments (id),
    head_id       UUID,
    -- Materialised path '/root-id/.../own-id/': a DEPARTMENT_TREE scope is "path LIKE '<grant path>%'".
    path          VARCHAR(4000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID         NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID         NOT NULL
);
CREATE INDEX crm_departments_parent ON crm_departments (parent_id);
CREATE INDEX crm_departments_path ON crm_departments (path);

CREATE TABLE crm_employees (
    id            UUID         NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    first_name    VARCHAR(200) NOT NULL,
    middle_name   VARCHAR(200),
    last_name     VARCHAR(200) NOT NULL,
    position      VARCHAR(300),
    department_id UUID         NOT NULL REFERENCES crm_departments (id),
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('ACTIVE', 'DISMISSED')),
    dismissed_at  TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID         NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID         NOT NULL
);
CREATE INDEX crm_employees_department ON crm_employees (department_id, id);

CREATE TABLE crm_employee_roles (
    employee_id   UUID         NOT NULL REFERENCES crm_employees (id),
    role_name     VARCHAR(200) NOT NULL,
    PRIMARY KEY (employee_id, role_name)
);

CREATE TABLE crm_clients (
    id            UUID         NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('COMPANY', 'PERSON')),
    display_name  VARCHAR(500) NOT NULL,
    first_name    VARCHAR(200),
    middle_name   VARCHAR(200),
    last_name     VARCHAR(200),
    legal_name    VARCHAR(500),
    country       VARCHAR(2),
    region        VARCHAR(300),
    city          VARCHAR(300),
    street        VARCHAR(300),
    building      VARCHAR(100),
    postal_code   VARCHAR(20),
    owner_id      UUID         NOT NULL,
    department_id UUID         NOT NULL,
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('PROSPECT', 'ACTIVE', 'SUSPENDED', 'OFFBOARDED')),
    segment       VARCHAR(200),
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID         NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID         NOT NULL
);
CREATE INDEX crm_clients_owner ON crm_clients (owner_id, id);
CREATE INDEX crm_clients_department ON crm_clients (department_id, id);

CREATE TABLE crm_client_tax_ids (
    client_id     UUID         NOT NULL REFERENCES crm_clients (id),
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('INN_LEGAL', 'INN_PERSON', 'KPP', 'OGRN', 'OGRNIP')),
    tax_value     VARCHAR(20)  NOT NULL,
    PRIMARY KEY (client_id, kind, tax_value)
);
CREATE INDEX crm_client_tax_ids_value ON crm_client_tax_ids (tax_value);

CREATE TABLE crm_client_tags (
    client_id     UUID         NOT NULL REFERENCES crm_clients (id),
    tag           VARCHAR(200) NOT NULL,
    PRIMARY KEY (client_id, tag)
);

CREATE TABLE crm_client_external_ids (
    client_id     UUID         NOT NULL REFERENCES crm_clients (id),
    ext_system    VARCHAR(100) NOT NULL,
    ext_key       VARCHAR(300) NOT NULL,
    PRIMARY KEY (client_id, ext_system),
    -- One key of an external system names one client: what makes imports idempotent.
    CONSTRAINT crm_client_external_ids_unique UNIQUE (ext_system, ext_key)
);

CREATE TABLE crm_client_status_changes (
    client_id     UUID         NOT NULL REFERENCES crm_clients (id),
    position      INTEGER      NOT NULL,
    from_status   VARCHAR(20)  NOT NULL,
    to_status     VARCHAR(20)  NOT NULL,
    changed_by    UUID         NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reason        VARCHAR(2000),
    PRIMARY KEY (client_id, position)
);

CREATE TABLE crm_contacts (
    id            UUID         NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    first_name    VARCHAR(200) NOT NULL,
    middle_name   VARCHAR(200),
    last_name     VARCHAR(200) NOT NULL,
    position      VARCHAR(300),
    preferred_type      VARCHAR(20) CHECK (preferred_type IN ('EMAIL', 'PHONE', 'MESSENGER')),
    preferred_value     VARCHAR(320),
    preferred_messenger VARCHAR(20),
    owner_id      UUID         NOT NULL,
    department_id UUID         NOT NULL,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID         NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID         NOT NULL
);
CREATE INDEX crm_contacts_owner ON crm_contacts (owner_id, id);
CREATE INDEX crm_contacts_department ON crm_contacts (department_id, id);

CREATE TABLE crm_contact_clients (
    contact_id    UUID         NOT NULL REFERENCES crm_contacts (id),
    position      INTEGER      NOT NULL,
    client_id     UUID         NOT NULL REFERENCES crm_clients (id),
    PRIMARY KEY (contact_id, position)
);
CREATE INDEX crm_contact_clients_client ON crm_contact_clients (client_id, contact_id);

CREATE TABLE crm_contact_channels (
    contact_id    UUID         NOT NULL REFERENCES crm_contacts (id),
    position      INTEGER      NOT NULL,
    channel_type  VARCHAR(20)  NOT NULL CHECK (channel_type IN ('EMAIL', 'PHONE', 'MESSENGER')),
    -- E.164 for phones, normalised address for e-mails, handle for messengers.
    channel_value VARCHAR(320) NOT NULL,
    messenger     VARCHAR(20)  CHECK (messenger IN ('TELEGRAM', 'WHATSAPP', 'VIBER', 'MAX', 'OTHER')),
    PRIMARY KEY (contact_id, position)
);
CREATE INDEX crm_contact_channels_value ON crm_contact_channels (channel_value);

CREATE TABLE crm_contact_consents (
    contact_id    UUID         NOT NULL REFERENCES crm_contacts (id),
    position      INTEGER      NOT NULL,
    purpose       VARCHAR(40)  NOT NULL CHECK (purpose IN ('PERSONAL_DATA_PROCESSING', 'MARKETING')),
    given         BOOLEAN      NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    source        VARCHAR(300) NOT NULL,
    recorded_by   UUID         NOT NULL,
    PRIMARY KEY (contact_id, position)
);

CREATE TABLE crm_deals (
    id            UUID         NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    client_id     UUID         NOT NULL REFERENCES crm_clients (id),
    title         VARCHAR(500) NOT NULL,
    pipeline      VARCHAR(100) NOT NULL,
    stage         VARCHAR(100) NOT NULL,
    status        VARCHAR(10)  NOT NULL CHECK (status IN ('OPEN', 'WON', 'LOST')),
    probability   INTEGER      CHECK (probability BETWEEN 0 AND 100),
    amount        NUMERIC(19, 4),
    currency      VARCHAR(3),
    expected_close_on DATE,
    owner_id      UUID         NOT NULL,
    department_id UUID         NOT NULL,
    lost_reason   VARCHAR(2000),
    contract_reference VARCHAR(300),
    closed_at     TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID         NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID         NOT NULL,
    CONSTRAINT crm_deals_money CHECK ((amount IS NULL) = (currency IS NULL))
);
CREATE INDEX crm_deals_client ON crm_deals (client_id, id);
CREATE INDEX crm_deals_owner ON crm_deals (owner_id, id);
CREATE INDEX crm_deals_department ON crm_deals (department_id, id);

CREATE TABLE crm_deal_contacts (
    deal_id       UUID         NOT NULL REFERENCES crm_deals (id),
    position      INTEGER      NOT NULL,
    contact_id    UUID         NOT NULL REFERENCES crm_contacts (id),
    contact_role  VARCHAR(30)  NOT NULL,
    PRIMARY KEY (deal_id, position)
);

CREATE TABLE crm_deal_stage_changes (
    deal_id       UUID         NOT NULL REFERENCES crm_deals (id),
    position      INTEGER      NOT NULL,
    from_stage    VARCHAR(100),
    to_stage      VARCHAR(100) NOT NULL,
    changed_by    UUID         NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    note          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (deal_id, position)
);

CREATE TABLE crm_claims (
    id            UUID         NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    client_id     UUID         NOT NULL REFERENCES crm_clients (id),
    contact_id    UUID         REFERENCES crm_contacts (id),
    channel       VARCHAR(20)  NOT NULL,
    category      VARCHAR(200) NOT NULL,
    severity      VARCHAR(10)  NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    subject       VARCHAR(500) NOT NULL,
    description   VARCHAR(10000),
    deal_id       UUID         REFERENCES crm_deals (id),
    product       VARCHAR(300),
    registered_by UUID         NOT NULL,
    registrar_department_id UUID NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('REGISTERED', 'IN_REVIEW', 'IN_PROGRESS', 'WAITING',
                                                          'RESOLVED', 'REJECTED', 'CLOSED', 'REOPENED')),
    waiting_for   VARCHAR(10)  CHECK (waiting_for IN ('CUSTOMER', 'SUPPLIER')),
    assigned_department_id UUID,
    assignee_id   UUID,
    response_deadline   TIMESTAMP WITH TIME ZONE,
    resolution_deadline TIMESTAMP WITH TIME ZONE,
    first_responded_at  TIMESTAMP WITH TIME ZONE,
    escalation_level INTEGER   NOT NULL CHECK (escalation_level >= 0),
    resolution_notes VARCHAR(10000),
    rejection_reason VARCHAR(2000),
    satisfaction  INTEGER,
    reopen_count  INTEGER      NOT NULL CHECK (reopen_count >= 0),
    -- Derived (Claim.owner()/department()): the assignee, or the registrar until someone is assigned.
    owner_id      UUID         NOT NULL,
    department_id UUID         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID         NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID         NOT NULL
);
CREATE INDEX crm_claims_client ON crm_claims (client_id, registered_at, id);
CREATE INDEX crm_claims_status ON crm_claims (status, registered_at, id);
CREATE INDEX crm_claims_owner ON crm_claims (owner_id, id);
CREATE INDEX crm_claims_registrar ON crm_claims (registered_by, id);
CREATE INDEX crm_claims_department ON crm_claims (department_id, id);

CREATE TABLE crm_claim_transitions (
    claim_id      UUID         NOT NULL REFERENCES crm_claims (id),
    position      INTEGER      NOT NULL,
    from_status   VARCHAR(20),
    to_status     VARCHAR(20)  NOT NULL,
    changed_by    UUID         NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reason        VARCHAR(2000),
    waiting_for   VARCHAR(10),
    PRIMARY KEY (claim_id, position)
);

CREATE TABLE crm_claim_suppliers (
    claim_id      UUID         NOT NULL REFERENCES crm_claims (id),
    position      INTEGER      NOT NULL,
    supplier      VARCHAR(300) NOT NULL,
    request       VARCHAR(4000) NOT NULL,
    asked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE,
    answered_at   TIMESTAMP WITH TIME ZONE,
    answer        VARCHAR(4000),
    PRIMARY KEY (claim_id, position),
    CONSTRAINT crm_claim_suppliers_answer CHECK ((answered_at IS NULL) = (answer IS NULL))
);

CREATE TABLE crm_tasks (
    id            UUID         NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    title         VARCHAR(500) NOT NULL,
    description   VARCHAR(10000),
    creator_id    UUID         NOT NULL,
    created_on    TIMESTAMP WITH TIME ZONE NOT NULL,
    owner_id      UUID         NOT NULL,
    department_id UUID         NOT NULL,
    due           TIMESTAMP WITH TIME ZONE,
    priority      VARCHAR(10)  NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    link_client_id UUID        REFERENCES crm_clients (id),
    link_deal_id  UUID         REFERENCES crm_deals (id),
    link_claim_id UUID         REFERENCES crm_claims (id),
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('NEW', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED')),
    blocked_reason VARCHAR(2000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID         NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID         NOT NULL
);
CREATE INDEX crm_tasks_client ON crm_tasks (link_client_id, due, id);
CREATE INDEX crm_tasks_owner ON crm_tasks (owner_id, due, id);
CREATE INDEX crm_tasks_status ON crm_tasks (status, due, id);
CREATE INDEX crm_tasks_creator ON crm_tasks (creator_id, id);
CREATE INDEX crm_tasks_department ON crm_tasks (department_id, id);

CREATE TABLE crm_task_status_changes (
    task_id       UUID         NOT NULL REFERENCES crm_tasks (id),
    position      INTEGER      NOT NULL,
    from_status   VARCHAR(20),
    to_status     VARCHAR(20)  NOT NULL,
    changed_by    UUID         NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reason        VARCHAR(2000),
    PRIMARY KEY (task_id, position)
);

CREATE TABLE crm_task_delegations (
    task_id       UUID         NOT NULL REFERENCES crm_tasks (id),
    position      INTEGER      NOT NULL,
    from_id       UUID         NOT NULL,
    to_id         UUID         NOT NULL,
    to_department_id UUID      NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    delegated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (task_id, position)
);

CREATE TABLE crm_task_route_steps (
    task_id       UUID         NOT NULL REFERENCES crm_tasks (id),
    position      INTEGER      NOT NULL,
    step_index    INTEGER      NOT NULL CHECK (step_index >= 0),
    name          VARCHAR(300) NOT NULL,
    responsible_id UUID        NOT NULL,
    department_id UUID         NOT NULL,
    due           TIMESTAMP WITH TIME ZONE,
    done_at       TIMESTAMP WITH TIME ZONE,
    done_by       UUID,
    note          VARCHAR(2000),
    PRIMARY KEY (task_id, position),
    CONSTRAINT crm_task_route_steps_done CHECK ((done_at IS NULL) = (done_by IS NULL))
);
CREATE INDEX crm_task_route_steps_responsible ON crm_task_route_steps (responsible_id, task_id);

CREATE TABLE crm_interactions (
    id            UUID         NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('MEETING', 'CALL', 'EMAIL', 'MESSAGE', 'VISIT', 'NOTE')),
    channel       VARCHAR(20)  NOT NULL,
    direction     VARCHAR(10)  NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND', 'INTERNAL')),
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    summary       VARCHAR(10000) NOT NULL,
    client_id     UUID         NOT NULL REFERENCES crm_clients (id),
    contact_id    UUID         REFERENCES crm_contacts (id),
    deal_id       UUID         REFERENCES crm_deals (id),
    claim_id      UUID         REFERENCES crm_claims (id),
    owner_id      UUID         NOT NULL,
    department_id UUID         NOT NULL,
    logged_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID         NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID         NOT NULL
);
-- The client's 360-degree timeline reads one page newest first through this index.
CREATE INDEX crm_interactions_timeline ON crm_interactions (client_id, occurred_at DESC, id DESC);
CREATE INDEX crm_interactions_owner ON crm_interactions (owner_id, id);

CREATE TABLE crm_interaction_employees (
    interaction_id UUID        NOT NULL REFERENCES crm_interactions (id),
    employee_id   UUID         NOT NULL,
    PRIMARY KEY (interaction_id, employee_id)
);
CREATE INDEX crm_interaction_employees_employee ON crm_interaction_employees (employee_id, interaction_id);

CREATE TABLE crm_interaction_contacts (
    interaction_id UUID        NOT NULL REFERENCES crm_interactions (id),
    contact_id    UUID         NOT NULL,
    PRIMARY KEY (interaction_id, contact_id)
);

-- Transactional outbox: written in the use case's transaction; Debezium or a poller ships rows whose
-- published flag is false to Kafka (or anywhere) and sets it.
CREATE TABLE crm_outbox (
    id            UUID         NOT NULL PRIMARY KEY,
    aggregate_id  UUID         NOT NULL,
    event_type    VARCHAR(200) NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         UUID         NOT NULL,
    payload       VARCHAR(1000000) NOT NULL,
    published     BOOLEAN      DEFAULT FALSE NOT NULL
);
CREATE INDEX crm_outbox_unpublished ON crm_outbox (published, id);
CREATE INDEX crm_outbox_aggregate ON crm_outbox (aggregate_id, id);

-- Access audit trail (152-FZ / GDPR accountability): denials, personal-data reads, system-context actions.
CREATE TABLE crm_access_audit (
    id            UUID         NOT NULL PRIMARY KEY,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         UUID         NOT NULL,
    permission    VARCHAR(200) NOT NULL,
    resource      VARCHAR(100) NOT NULL,
    record_id     UUID,
    allowed       BOOLEAN      NOT NULL,
    basis         VARCHAR(30)  NOT NULL,
    explanation   VARCHAR(4000) NOT NULL,
    kind          VARCHAR(30)  NOT NULL CHECK (kind IN ('DENIAL', 'PERSONAL_DATA_READ', 'SYSTEM_CONTEXT')),
    note          VARCHAR(2000)
);
CREATE INDEX crm_access_audit_actor ON crm_access_audit (actor, at);
CREATE INDEX crm_access_audit_record ON crm_access_audit (record_id, at);
