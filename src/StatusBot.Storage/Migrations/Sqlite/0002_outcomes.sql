-- Outcomes reported through cards: append-only submissions and one draft per person, goal and period.
-- No foreign key to goals: re-importing or deleting a plan must never take a chief's report with it.

CREATE TABLE outcomes (
    -- AUTOINCREMENT: ids are never reused, so "count:max id" is a faithful change stamp.
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    goal_id            TEXT NOT NULL,
    period_year        INTEGER NOT NULL,
    period_kind        TEXT NOT NULL CHECK (period_kind IN ('T1', 'T2', 'VB')),
    version            INTEGER NOT NULL CHECK (version >= 1),
    state              TEXT NOT NULL CHECK (state IN ('submitted')),
    content            TEXT NOT NULL,
    author_id          TEXT NOT NULL,
    author_name        TEXT,
    recorded_at        TEXT NOT NULL,
    based_on_version   INTEGER NOT NULL CHECK (based_on_version >= 0),
    source_activity_id TEXT,
    -- The optimistic-concurrency guard: two submissions built on the same version cannot both get the next one.
    UNIQUE (goal_id, period_year, period_kind, version)
);
-- A re-delivered Teams invoke is stored once.
CREATE UNIQUE INDEX ux_outcomes_source_activity ON outcomes (source_activity_id) WHERE source_activity_id IS NOT NULL;

-- History is never rewritten: updates and deletes are refused by the database itself.
CREATE TRIGGER outcomes_no_update BEFORE UPDATE ON outcomes
BEGIN
    SELECT RAISE(ABORT, 'outcomes are append-only');
END;
CREATE TRIGGER outcomes_no_delete BEFORE DELETE ON outcomes
BEGIN
    SELECT RAISE(ABORT, 'outcomes are append-only');
END;

CREATE TABLE outcome_drafts (
    goal_id            TEXT NOT NULL,
    period_year        INTEGER NOT NULL,
    period_kind        TEXT NOT NULL CHECK (period_kind IN ('T1', 'T2', 'VB')),
    author_id          TEXT NOT NULL,
    author_name        TEXT,
    based_on_version   INTEGER NOT NULL CHECK (based_on_version >= 0),
    content            TEXT NOT NULL,
    recorded_at        TEXT NOT NULL,
    source_activity_id TEXT,
    PRIMARY KEY (goal_id, period_year, period_kind, author_id)
);
