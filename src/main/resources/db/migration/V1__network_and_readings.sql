-- Greenwave schema, version 1: the road network (intersections, lane groups, phases, links) and
-- detector readings. Portable SQL: the same file runs on H2 2.x and PostgreSQL 13+.

CREATE TABLE intersection (
    id                      VARCHAR(64)      NOT NULL PRIMARY KEY,
    name                    VARCHAR(200)     NOT NULL,
    latitude                DOUBLE PRECISION,
    longitude               DOUBLE PRECISION,
    min_green_s             INTEGER          NOT NULL,
    max_green_s             INTEGER          NOT NULL,
    yellow_s                INTEGER          NOT NULL,
    all_red_s               INTEGER          NOT NULL,
    cycle_min_s             INTEGER          NOT NULL,
    cycle_max_s             INTEGER          NOT NULL,
    version                 BIGINT           NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE lane_group (
    intersection_id         VARCHAR(64)      NOT NULL REFERENCES intersection (id) ON DELETE CASCADE,
    position                INTEGER          NOT NULL,
    id                      VARCHAR(32)      NOT NULL,
    approach                VARCHAR(1)       NOT NULL,
    movements               VARCHAR(40)      NOT NULL,
    lanes                   INTEGER          NOT NULL,
    saturation_flow         INTEGER          NOT NULL,
    PRIMARY KEY (intersection_id, position)
);

CREATE TABLE signal_phase (
    intersection_id         VARCHAR(64)      NOT NULL REFERENCES intersection (id) ON DELETE CASCADE,
    position                INTEGER          NOT NULL,
    name                    VARCHAR(64)      NOT NULL,
    lane_groups             VARCHAR(400)     NOT NULL,
    PRIMARY KEY (intersection_id, position)
);

CREATE SEQUENCE link_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE road_link (
    id                      BIGINT           NOT NULL PRIMARY KEY,
    from_intersection       VARCHAR(64)      NOT NULL REFERENCES intersection (id) ON DELETE CASCADE,
    to_intersection         VARCHAR(64)      NOT NULL REFERENCES intersection (id) ON DELETE CASCADE,
    from_approach_exit      VARCHAR(1)       NOT NULL,
    to_approach             VARCHAR(1)       NOT NULL,
    length_m                DOUBLE PRECISION NOT NULL,
    speed_kmh               DOUBLE PRECISION NOT NULL,
    version                 BIGINT           NOT NULL,
    CONSTRAINT road_link_unique UNIQUE (from_intersection, to_intersection)
);

-- No foreign key to intersection on purpose: H2 then plans the upsert's key lookup on the
-- foreign-key index (intersection_id only) and ingestion turns quadratic. Ingestion checks the
-- intersection exists, and deleting an intersection deletes its readings explicitly.
CREATE TABLE detector_reading (
    intersection_id         VARCHAR(64)      NOT NULL,
    lane_group              VARCHAR(32)      NOT NULL,
    interval_start          TIMESTAMP WITH TIME ZONE NOT NULL,
    interval_s              INTEGER          NOT NULL,
    vehicle_count           INTEGER          NOT NULL,
    mean_queue              DOUBLE PRECISION,
    occupancy_pct           DOUBLE PRECISION,
    mean_speed_kmh          DOUBLE PRECISION,
    received_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (intersection_id, lane_group, interval_start)
);

CREATE INDEX detector_reading_time ON detector_reading (intersection_id, interval_start);

-- Small key/value facts about this installation (e.g. whether the demo data was generated).
CREATE TABLE installation_state (
    state_key               VARCHAR(64)      NOT NULL PRIMARY KEY,
    state_value             VARCHAR(400)     NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
