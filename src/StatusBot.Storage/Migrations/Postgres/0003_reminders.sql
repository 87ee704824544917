-- Reminders: where the bot can reach each person, the outbox dispatchers share, and per-organisation pauses.

CREATE TABLE conversation_references (
    aad_object_id      TEXT PRIMARY KEY,
    service_url        TEXT NOT NULL,
    conversation_id    TEXT NOT NULL,
    tenant_id          TEXT,
    bot_id             TEXT,
    user_id            TEXT,
    seen_at            TIMESTAMPTZ NOT NULL,
    -- Set when the user removed the app: the dispatcher stops trying; a new conversation clears it.
    unreachable_reason TEXT
);

CREATE TABLE reminder_outbox (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- (person, period, step): the same reminder can be planned any number of times but enters once.
    idempotency_key  TEXT NOT NULL UNIQUE,
    organisation     TEXT NOT NULL,
    period_year      INTEGER NOT NULL,
    period_kind      TEXT NOT NULL CHECK (period_kind IN ('T1', 'T2', 'VB')),
    step             TEXT NOT NULL,
    recipient_upn    TEXT NOT NULL,
    recipient_aad_id TEXT,
    recipient_name   TEXT,
    deadline         TIMESTAMPTZ NOT NULL,
    due_at           TIMESTAMPTZ NOT NULL,
    payload          JSONB NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed', 'given_up')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ,
    locked_by        TEXT,
    locked_until     TIMESTAMPTZ,
    sent_at          TIMESTAMPTZ,
    last_error       TEXT
);
-- What a claim scans: the open messages in due order.
CREATE INDEX ix_reminder_outbox_claim ON reminder_outbox (state, due_at);
CREATE INDEX ix_reminder_outbox_org_period ON reminder_outbox (organisation, period_year, period_kind);

CREATE TABLE reminder_pauses (
    organisation TEXT PRIMARY KEY,
    paused       BOOLEAN NOT NULL,
    changed_by   TEXT NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL
);
