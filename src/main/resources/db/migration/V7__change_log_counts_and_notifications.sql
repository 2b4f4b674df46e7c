-- One mechanism for three needs: every change to categories and phone_numbers, whichever client
-- makes it (this app, another desktop, psql, the original system's programs), is seen by
-- statement-level AFTER triggers with transition tables. Each statement, however many rows it
-- touches, runs each trigger once and writes in bulk:
--   * change_log: the history, one row per changed row, with its values before and after;
--   * trash: the deleted rows not yet restored or purged (pointers into change_log);
--   * category_count_deltas: per-category number counts, summed by the view category_counts;
--   * one pg_notify on the channel wa_contacts_changes.
-- The spec's two tables keep exactly their columns, constraints and indexes. Every statement
-- here can run again over a database that has them (adopted databases, repeated runs).

-- History. The values before/after are stored as the tables' own row types: typed, as compact as
-- the live rows, no key names repeated per row, and no conversion cost on a million-row import.
-- (This ties change_log to the spec's fixed column lists, which never change.)
CREATE TABLE IF NOT EXISTS change_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changed_at      timestamp NOT NULL,
    txid            bigint    NOT NULL,
    table_name      text      NOT NULL CHECK (table_name IN ('categories', 'phone_numbers')),
    action          text      NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'truncate')),
    row_id          integer,
    number_before   phone_numbers,
    number_after    phone_numbers,
    category_before categories,
    category_after  categories,
    desktop         text      NOT NULL,
    db_user         text      NOT NULL
);

-- One row's history (a number's or a category's), newest first.
CREATE INDEX IF NOT EXISTS idx_change_log_row ON change_log (table_name, row_id, id DESC);
-- The activity log pages newest first by keyset on id (the primary key); changed_at follows id.

-- The trash: deleted rows that are neither restored nor purged. Its rows point at the deletion's
-- history row, which holds the full before-image; the foreign key stops a history purge from
-- dropping an item that is still in the trash.
CREATE TABLE IF NOT EXISTS trash (
    change_id bigint PRIMARY KEY REFERENCES change_log (id)
);

-- Counts per category, kept as deltas: each statement adds one row per category it changed, so
-- two desktops writing to the same category never wait for each other or deadlock on a counter
-- row. Readers sum them (category_counts); compaction folds them back to one row per category.
CREATE TABLE IF NOT EXISTS category_count_deltas (
    category_id integer NOT NULL,
    delta       bigint  NOT NULL
);

CREATE OR REPLACE VIEW category_counts AS
SELECT category_id, sum(delta)::bigint AS phone_count
FROM category_count_deltas
GROUP BY category_id;

-- Folds the deltas into one row per category. One session at a time (an advisory lock; the
-- others skip), and only in READ COMMITTED transactions: a REPEATABLE READ one (a restore) would
-- fail on rows another session folded after its snapshot.
CREATE OR REPLACE FUNCTION wa_compact_category_counts() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed'
            OR NOT pg_try_advisory_xact_lock(hashtext('wa_contacts.category_counts')) THEN
        RETURN;
    END IF;
    WITH gone AS (DELETE FROM category_count_deltas RETURNING category_id, delta)
    INSERT INTO category_count_deltas (category_id, delta)
    SELECT category_id, sum(delta) FROM gone GROUP BY category_id HAVING sum(delta) <> 0 ORDER BY category_id;
END;
$$;

-- Counts everything again from phone_numbers: at adoption, and for repair.
CREATE OR REPLACE FUNCTION wa_recount_categories() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    LOCK TABLE phone_numbers IN SHARE MODE;
    DELETE FROM category_count_deltas;
    INSERT INTO category_count_deltas (category_id, delta)
    SELECT category_id, count(*) FROM phone_numbers GROUP BY category_id ORDER BY category_id;
END;
$$;

-- One notification per statement: table, action, how many rows, their ids when few (else
-- "refresh"), and who sent it (backend pid, application_name, and the app's own instance id when
-- the connection set wa_contacts.instance) so that a desktop can ignore its own. Always far below
-- the 8,000-byte limit: at most 100 ids and a 63-character application_name.
CREATE OR REPLACE FUNCTION wa_notify_change(p_table text, p_action text, p_count bigint, p_ids integer[])
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    IF p_count = 0 THEN
        RETURN;
    END IF;
    PERFORM pg_notify('wa_contacts_changes', json_build_object(
            'table', p_table,
            'action', p_action,
            'count', p_count,
            'ids', CASE WHEN p_ids IS NULL OR cardinality(p_ids) > 100 OR p_count > 100 THEN NULL ELSE p_ids END,
            'refresh', p_ids IS NULL OR cardinality(p_ids) > 100 OR p_count > 100,
            'pid', pg_backend_pid(),
            'app', current_setting('application_name'),
            'instance', nullif(current_setting('wa_contacts.instance', true), ''),
            'txid', txid_current())::text);
END;
$$;

-- phone_numbers ---------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION wa_phone_numbers_inserted() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
DECLARE
    n bigint;
BEGIN
    INSERT INTO change_log (changed_at, txid, table_name, action, row_id, number_after, desktop, db_user)
    SELECT now() AT TIME ZONE 'UTC', txid_current(), 'phone_numbers', 'insert', r.id, ROW(r.*)::phone_numbers,
           current_setting('application_name'), session_user
    FROM new_rows r;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    INSERT INTO category_count_deltas (category_id, delta)
    SELECT category_id, count(*) FROM new_rows GROUP BY category_id ORDER BY category_id;
    PERFORM wa_notify_change('phone_numbers', 'insert', n,
            CASE WHEN n <= 100 THEN (SELECT array_agg(id ORDER BY id) FROM new_rows) END);
    IF random() < 0.05 THEN
        PERFORM wa_compact_category_counts();
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION wa_phone_numbers_updated() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
DECLARE
    n bigint;
BEGIN
    -- Before and after are paired by id; an update of the id itself shows as one row each side.
    INSERT INTO change_log (changed_at, txid, table_name, action, row_id, number_before, number_after,
                            desktop, db_user)
    SELECT now() AT TIME ZONE 'UTC', txid_current(), 'phone_numbers', 'update', coalesce(a.id, b.id),
           CASE WHEN b.id IS NOT NULL THEN ROW(b.*)::phone_numbers END,
           CASE WHEN a.id IS NOT NULL THEN ROW(a.*)::phone_numbers END,
           current_setting('application_name'), session_user
    FROM old_rows b FULL JOIN new_rows a ON a.id = b.id;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    INSERT INTO category_count_deltas (category_id, delta)
    SELECT category_id, sum(delta) FROM (
        SELECT category_id, -1 AS delta FROM old_rows
        UNION ALL
        SELECT category_id, 1 FROM new_rows) moved
    GROUP BY category_id HAVING sum(delta) <> 0 ORDER BY category_id;
    PERFORM wa_notify_change('phone_numbers', 'update', n,
            CASE WHEN n <= 100 THEN (SELECT array_agg(id ORDER BY id) FROM new_rows) END);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION wa_phone_numbers_deleted() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
DECLARE
    n bigint;
BEGIN
    WITH logged AS (
        INSERT INTO change_log (changed_at, txid, table_name, action, row_id, number_before, desktop, db_user)
        SELECT now() AT TIME ZONE 'UTC', txid_current(), 'phone_numbers', 'delete', r.id, ROW(r.*)::phone_numbers,
               current_setting('application_name'), session_user
        FROM old_rows r
        RETURNING id)
    INSERT INTO trash (change_id) SELECT id FROM logged;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    INSERT INTO category_count_deltas (category_id, delta)
    SELECT category_id, -count(*) FROM old_rows GROUP BY category_id ORDER BY category_id;
    PERFORM wa_notify_change('phone_numbers', 'delete', n,
            CASE WHEN n <= 100 THEN (SELECT array_agg(id ORDER BY id) FROM old_rows) END);
    IF random() < 0.05 THEN
        PERFORM wa_compact_category_counts();
    END IF;
    RETURN NULL;
END;
$$;

-- TRUNCATE has no transition table: one history row says it happened (a restore keeps the
-- replaced contents in its own safety copy), and the counts start again from zero.
CREATE OR REPLACE FUNCTION wa_table_truncated() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    INSERT INTO change_log (changed_at, txid, table_name, action, desktop, db_user)
    VALUES (now() AT TIME ZONE 'UTC', txid_current(), TG_TABLE_NAME, 'truncate',
            current_setting('application_name'), session_user);
    IF TG_TABLE_NAME = 'phone_numbers' THEN
        DELETE FROM category_count_deltas;
    END IF;
    PERFORM wa_notify_change(TG_TABLE_NAME, 'truncate', 1, NULL);
    RETURN NULL;
END;
$$;

-- categories ------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION wa_categories_inserted() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
DECLARE
    n bigint;
BEGIN
    INSERT INTO change_log (changed_at, txid, table_name, action, row_id, category_after, desktop, db_user)
    SELECT now() AT TIME ZONE 'UTC', txid_current(), 'categories', 'insert', r.id, ROW(r.*)::categories,
           current_setting('application_name'), session_user
    FROM new_rows r;
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM wa_notify_change('categories', 'insert', n,
            CASE WHEN n <= 100 THEN (SELECT array_agg(id ORDER BY id) FROM new_rows) END);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION wa_categories_updated() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
DECLARE
    n bigint;
BEGIN
    INSERT INTO change_log (changed_at, txid, table_name, action, row_id, category_before, category_after,
                            desktop, db_user)
    SELECT now() AT TIME ZONE 'UTC', txid_current(), 'categories', 'update', coalesce(a.id, b.id),
           CASE WHEN b.id IS NOT NULL THEN ROW(b.*)::categories END,
           CASE WHEN a.id IS NOT NULL THEN ROW(a.*)::categories END,
           current_setting('application_name'), session_user
    FROM old_rows b FULL JOIN new_rows a ON a.id = b.id;
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM wa_notify_change('categories', 'update', n,
            CASE WHEN n <= 100 THEN (SELECT array_agg(id ORDER BY id) FROM new_rows) END);
    RETURN NULL;
END;
$$;

-- A category's numbers are deleted by the foreign key's cascade, which fires the phone_numbers
-- DELETE trigger: they reach the history, the trash and the counts from there.
CREATE OR REPLACE FUNCTION wa_categories_deleted() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
DECLARE
    n bigint;
BEGIN
    WITH logged AS (
        INSERT INTO change_log (changed_at, txid, table_name, action, row_id, category_before, desktop, db_user)
        SELECT now() AT TIME ZONE 'UTC', txid_current(), 'categories', 'delete', r.id, ROW(r.*)::categories,
               current_setting('application_name'), session_user
        FROM old_rows r
        RETURNING id)
    INSERT INTO trash (change_id) SELECT id FROM logged;
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM wa_notify_change('categories', 'delete', n,
            CASE WHEN n <= 100 THEN (SELECT array_agg(id ORDER BY id) FROM old_rows) END);
    RETURN NULL;
END;
$$;

-- The triggers (CREATE OR REPLACE TRIGGER: PostgreSQL 14 and later) -------------------------------

CREATE OR REPLACE TRIGGER wa_phone_numbers_inserted AFTER INSERT ON phone_numbers
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wa_phone_numbers_inserted();
CREATE OR REPLACE TRIGGER wa_phone_numbers_updated AFTER UPDATE ON phone_numbers
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION wa_phone_numbers_updated();
CREATE OR REPLACE TRIGGER wa_phone_numbers_deleted AFTER DELETE ON phone_numbers
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION wa_phone_numbers_deleted();
CREATE OR REPLACE TRIGGER wa_phone_numbers_truncated AFTER TRUNCATE ON phone_numbers
    FOR EACH STATEMENT EXECUTE FUNCTION wa_table_truncated();

CREATE OR REPLACE TRIGGER wa_categories_inserted AFTER INSERT ON categories
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wa_categories_inserted();
CREATE OR REPLACE TRIGGER wa_categories_updated AFTER UPDATE ON categories
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION wa_categories_updated();
CREATE OR REPLACE TRIGGER wa_categories_deleted AFTER DELETE ON categories
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION wa_categories_deleted();
CREATE OR REPLACE TRIGGER wa_categories_truncated AFTER TRUNCATE ON categories
    FOR EACH STATEMENT EXECUTE FUNCTION wa_table_truncated();

-- The counts of the rows already there (an adopted database, or one that had numbers before this
-- migration): counted once, under the triggers' own lock, so no write slips between.
SELECT wa_recount_categories();
