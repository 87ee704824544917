-- Placeholder on the 'people' branch only: migration 0003 belongs to the OUTBOX helper (conversation references,
-- outbox, pauses). Numbers must run without gaps, so this keeps 0004 loadable here; on merge take the outbox
-- branch's 0003 and resolve the add/add conflict with theirs.
SELECT 1;
