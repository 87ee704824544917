-- Who answers for which goal, imported from CSV (statusbot people import), and what Microsoft Graph resolved
-- for each person. Goals are named by number, not id, like in configuration: a re-imported plan keeps them.

CREATE TABLE responsibilities (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation  TEXT NOT NULL,
    year          INTEGER NOT NULL,
    -- NULL for coordinators, who cover every goal of the organisation.
    goal_number   TEXT,
    upn           TEXT NOT NULL,
    aad_object_id TEXT,
    display_name  TEXT,
    role          TEXT NOT NULL CHECK (role IN ('Ansvarig', 'Delegate', 'Coordinator')),
    CHECK (goal_number IS NOT NULL OR role = 'Coordinator')
);
-- An import replaces one organisation and year at a time.
CREATE INDEX ix_responsibilities_organisation_year ON responsibilities (organisation, year);

-- UPNs are stored lower-cased by the store, so the key is case-insensitive on both engines.
CREATE TABLE people (
    upn           TEXT PRIMARY KEY,
    aad_object_id TEXT,
    display_name  TEXT,
    manager_upn   TEXT,
    resolved_at   TIMESTAMPTZ NOT NULL
);
