-- Table lines a document's import could not read, kept with the plan when they were accepted ("import --accept-gaps"),
-- so coordinators can see what may be missing. Replaced with the plan on every import.
CREATE TABLE plan_import_gaps (
    plan_id     TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    line_number INTEGER NOT NULL,
    text        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
);
