-- Office-wide settings and the window session of each history event.

-- Settings every desktop of this database shares: how long the trash and the history keep their
-- rows is the office's policy, not one desktop's. One row (the key can only be true), typed
-- columns, the bounds checked by the database as well as by the app. history_days NULL means
-- "keep forever". last_purge_at is when a desktop last applied them (UTC): the first desktop of
-- the day purges, the others see it done.
CREATE TABLE IF NOT EXISTS app_settings (
    id            boolean   PRIMARY KEY DEFAULT true CHECK (id),
    trash_days    integer   NOT NULL DEFAULT 30 CHECK (trash_days BETWEEN 7 AND 365),
    history_days  integer   DEFAULT 365 CHECK (history_days BETWEEN 7 AND 36500),
    last_purge_at timestamp,
    updated_at    timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
    updated_by    text      NOT NULL DEFAULT current_setting('application_name'),
    CHECK (history_days IS NULL OR history_days >= trash_days)
);
INSERT INTO app_settings (id) VALUES (true) ON CONFLICT (id) DO NOTHING;

-- The window session that made each change: the random id every pooled connection of one open
-- database carries in the custom setting wa_contacts.instance (set at connection start, so it
-- survives a pool's resets). Undo finds its own steps by it, so two windows of one person on one
-- computer never take each other's steps. Clients that do not set it (psql, the original
-- system's programs) leave it NULL. A column default, so V7's trigger functions stay as they are;
-- added without a default first, so the rows already there stay NULL without a table rewrite.
ALTER TABLE change_log ADD COLUMN IF NOT EXISTS session text;
ALTER TABLE change_log ALTER COLUMN session SET DEFAULT nullif(current_setting('wa_contacts.instance', true), '');
