-- Application-level events: what the history triggers cannot see because it reads or removes
-- rather than changes the spec's tables in the ordinary way. An export, a backup, a copy of
-- numbers, a restore, an erasure and every purge write one row each, naming what they covered
-- and how many rows. change_log's CHECK keeps it to row changes, hence a table of its own.
CREATE TABLE IF NOT EXISTS app_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    happened_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
    kind        text      NOT NULL CHECK (kind IN ('export', 'backup', 'copy', 'restore', 'erase',
                                                   'trash_purge', 'history_purge', 'trash_empty')),
    covered     text      NOT NULL,
    row_count   bigint    NOT NULL,
    desktop     text      NOT NULL DEFAULT current_setting('application_name'),
    db_user     text      NOT NULL DEFAULT session_user
);

