-- Greenwave schema: the ML model registry (versions with lineage, artifacts, the active version per
-- intersection and kind, deployment history, shadow candidates), training jobs and field
-- performance metrics. Portable SQL for H2 2.x and PostgreSQL.

CREATE TABLE model_version (
    id                      VARCHAR(40)      NOT NULL PRIMARY KEY,
    intersection_id         VARCHAR(64)      NOT NULL,
    kind                    VARCHAR(16)      NOT NULL,
    version_number          INTEGER          NOT NULL,
    algorithm               VARCHAR(64)      NOT NULL,
    hyperparameters         VARCHAR(4000)    NOT NULL,
    data_from               TIMESTAMP WITH TIME ZONE,
    data_to                 TIMESTAMP WITH TIME ZONE,
    scenario                VARCHAR(4000),
    seed                    BIGINT           NOT NULL,
    metrics                 VARCHAR(8000)    NOT NULL,
    baselines               VARCHAR(8000)    NOT NULL,
    size_bytes              BIGINT           NOT NULL,
    training_seconds        DOUBLE PRECISION NOT NULL,
    created_by              VARCHAR(128)     NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    training_job_id         VARCHAR(40),
    CONSTRAINT model_version_number UNIQUE (intersection_id, kind, version_number)
);

CREATE TABLE model_artifact (
    model_id                VARCHAR(40)      NOT NULL PRIMARY KEY,
    content                 BYTEA            NOT NULL
);

CREATE TABLE active_model (
    intersection_id         VARCHAR(64)      NOT NULL,
    kind                    VARCHAR(16)      NOT NULL,
    model_id                VARCHAR(40),
    shadow_model_id         VARCHAR(40),
    version                 BIGINT           NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (intersection_id, kind)
);

CREATE TABLE model_deployment (
    id                      VARCHAR(40)      NOT NULL PRIMARY KEY,
    intersection_id         VARCHAR(64)      NOT NULL,
    kind                    VARCHAR(16)      NOT NULL,
    action                  VARCHAR(16)      NOT NULL,
    model_id                VARCHAR(40),
    previous_model_id       VARCHAR(40),
    forced                  BOOLEAN          NOT NULL,
    verdict                 VARCHAR(2000),
    actor                   VARCHAR(128)     NOT NULL,
    at                      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX model_deployment_history ON model_deployment (intersection_id, kind, at);

CREATE TABLE training_job (
    id                      VARCHAR(40)      NOT NULL PRIMARY KEY,
    intersection_id         VARCHAR(64)      NOT NULL,
    kind                    VARCHAR(16)      NOT NULL,
    status                  VARCHAR(16)      NOT NULL,
    progress                INTEGER          NOT NULL,
    phase                   VARCHAR(200),
    current_metric          DOUBLE PRECISION,
    settings                VARCHAR(4000)    NOT NULL,
    requested_by            VARCHAR(128)     NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at              TIMESTAMP WITH TIME ZONE,
    finished_at             TIMESTAMP WITH TIME ZONE,
    heartbeat_at            TIMESTAMP WITH TIME ZONE,
    node                    VARCHAR(64),
    cancel_requested        BOOLEAN          NOT NULL,
    error                   VARCHAR(2000),
    model_id                VARCHAR(40),
    curve                   VARCHAR(8000)
);

CREATE INDEX training_job_status ON training_job (status, created_at);

CREATE TABLE field_metric (
    intersection_id         VARCHAR(64)      NOT NULL,
    interval_start          TIMESTAMP WITH TIME ZONE NOT NULL,
    controller_type         VARCHAR(32)      NOT NULL,
    interval_s              INTEGER          NOT NULL,
    model_version           VARCHAR(40),
    average_wait            DOUBLE PRECISION NOT NULL,
    average_queue           DOUBLE PRECISION,
    throughput              DOUBLE PRECISION,
    stops                   DOUBLE PRECISION,
    received_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (intersection_id, interval_start, controller_type)
);
