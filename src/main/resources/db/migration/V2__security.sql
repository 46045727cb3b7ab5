-- Greenwave security: console users, API keys of machine clients, and the audit trail.
-- Portable between H2 2.x and PostgreSQL: no IDENTITY columns (the audit trail uses a sequence
-- with INCREMENT BY 1, mapped with allocationSize = 1), timestamps with time zone.

-- People who sign in: PBKDF2 password hash in the self-describing form
-- pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>; roles as a comma-separated list.
CREATE TABLE user_account (
    username                VARCHAR(64)      NOT NULL PRIMARY KEY,
    password_hash           VARCHAR(256)     NOT NULL,
    roles                   VARCHAR(128)     NOT NULL,
    enabled                 BOOLEAN          NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT           NOT NULL
);

-- Machine clients. The key itself is shown once; only its SHA-256 is kept. The prefix is the
-- public handle (listed, revoked by it). rate_limit is requests per period; NULL = role default.
CREATE TABLE api_key (
    prefix                  VARCHAR(16)      NOT NULL PRIMARY KEY,
    name                    VARCHAR(100)     NOT NULL,
    key_hash                VARCHAR(64)      NOT NULL,
    roles                   VARCHAR(128)     NOT NULL,
    rate_limit              INTEGER,
    created_by              VARCHAR(100)     NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_by              VARCHAR(100),
    revoked_at              TIMESTAMP WITH TIME ZONE
);

-- Every state-changing request: who, what, when, from where, and how it ended. Append-only.
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE audit_entry (
    id                      BIGINT           NOT NULL PRIMARY KEY,
    occurred_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    actor                   VARCHAR(100)     NOT NULL,
    action                  VARCHAR(16)      NOT NULL,
    target                  VARCHAR(400)     NOT NULL,
    status                  INTEGER          NOT NULL,
    outcome                 VARCHAR(16)      NOT NULL,
    client_address          VARCHAR(64),
    detail                  VARCHAR(400)
);

CREATE INDEX audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor_time ON audit_entry (actor, occurred_at);
