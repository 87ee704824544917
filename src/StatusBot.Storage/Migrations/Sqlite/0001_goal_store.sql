-- The goal store: plans and the goal tree with indicators, outcomes, activities and assessments.
-- Ids are the domain's stable string ids, so a re-import updates rows in place.
-- Decimals are TEXT on purpose: SQLite's NUMERIC affinity would turn "2.70" into a binary double.

CREATE TABLE plans (
    id                  TEXT PRIMARY KEY,
    organisation        TEXT NOT NULL,
    parent_organisation TEXT,
    year                INTEGER NOT NULL,
    document            TEXT NOT NULL CHECK (document IN ('verksamhetsplan', 'verksamhetsberattelse')),
    source              TEXT,
    created_at          TEXT NOT NULL,
    imported_at         TEXT NOT NULL
);
CREATE INDEX ix_plans_org_year ON plans (organisation, year, document);

CREATE TABLE plan_warnings (
    plan_id  TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    message  TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE goals (
    id                TEXT PRIMARY KEY,
    plan_id           TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    level             TEXT NOT NULL CHECK (level IN ('inriktningsmal', 'verksamhetsomradesmal', 'namndmal', 'enhetsmal')),
    number            TEXT,
    printed_number    TEXT,
    number_is_derived INTEGER NOT NULL,
    title             TEXT NOT NULL,
    -- Deferred: a save writes goals in document order, and a parent may come after its child.
    parent_id         TEXT REFERENCES goals (id) DEFERRABLE INITIALLY DEFERRED,
    description       TEXT,
    expected_results  TEXT NOT NULL,
    sections          TEXT NOT NULL
);
CREATE INDEX ix_goals_plan ON goals (plan_id, position);
CREATE INDEX ix_goals_parent ON goals (parent_id);

CREATE TABLE indicators (
    id                  TEXT PRIMARY KEY,
    goal_id             TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    name                TEXT NOT NULL,
    unit                TEXT,
    target_raw          TEXT NOT NULL,
    target_kind         TEXT NOT NULL,
    target_value        TEXT,
    target_unit         TEXT,
    target_direction    TEXT,
    kf_target_raw       TEXT NOT NULL,
    kf_target_kind      TEXT NOT NULL,
    kf_target_value     TEXT,
    kf_target_unit      TEXT,
    kf_target_direction TEXT,
    periodicity         TEXT NOT NULL CHECK (periodicity IN ('ar', 'tertial')),
    direction           TEXT NOT NULL,
    split_by_gender     INTEGER NOT NULL
);
CREATE INDEX ix_indicators_goal ON indicators (goal_id, position);

-- Keyed by (indicator, seq): an indicator may hold several outcomes for one period (a history).
CREATE TABLE indicator_outcomes (
    indicator_id   TEXT NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    period_year    INTEGER NOT NULL,
    period_kind    TEXT NOT NULL CHECK (period_kind IN ('T1', 'T2', 'VB')),
    total_raw      TEXT,
    total_value    TEXT,
    total_unit     TEXT,
    men_raw        TEXT,
    men_value      TEXT,
    men_unit       TEXT,
    women_raw      TEXT,
    women_value    TEXT,
    women_unit     TEXT,
    previous_raw   TEXT,
    previous_value TEXT,
    previous_unit  TEXT,
    analysis       TEXT,
    PRIMARY KEY (indicator_id, seq)
);

CREATE TABLE activities (
    id                    TEXT PRIMARY KEY,
    goal_id               TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    position              INTEGER NOT NULL,
    title                 TEXT NOT NULL,
    start_date            TEXT,
    end_date              TEXT,
    deviation             INTEGER NOT NULL,
    analysis              TEXT,
    is_council_assignment INTEGER NOT NULL
);
CREATE INDEX ix_activities_goal ON activities (goal_id, position);

CREATE TABLE assessments (
    goal_id     TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    period_year INTEGER NOT NULL,
    period_kind TEXT NOT NULL CHECK (period_kind IN ('T1', 'T2', 'VB')),
    bedomning   TEXT NOT NULL CHECK (bedomning IN ('uppfylls_helt', 'uppfylls_delvis', 'uppfylls_inte')),
    analysis    TEXT,
    assessed_at TEXT,
    assessed_by TEXT,
    PRIMARY KEY (goal_id, seq)
);
