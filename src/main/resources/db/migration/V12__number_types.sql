-- What kind of line each stored number is (mobile, fixed line, other), beside the spec's table so
-- that "only mobiles, newest first" (in a category or not) reads an index the way a category filter
-- does. One row per phone_numbers row, kept in step two ways:
--   * by the app, which classifies numbers with libphonenumber when it adds, edits or imports
--     them (an import writes the rows in the same statement as the numbers);
--   * by statement-level AFTER triggers with transition tables (as V7's), for every other writer:
--     a number inserted or re-typed by psql or another program cannot run libphonenumber, so its
--     row says kind 0 ("not checked yet"), and the app classifies such rows in the background,
--     before a type-filtered page, and in the quality check. Rows already stored when this
--     migration runs get their rows the same way, in the background: a million of them must not
--     slow the start.
-- There is deliberately no foreign key to phone_numbers: restores and backup files run
-- "TRUNCATE phone_numbers, categories", which a referencing table would refuse. The triggers
-- delete, truncate and move the rows instead.
CREATE TABLE IF NOT EXISTS number_types (
    phone_number_id integer   PRIMARY KEY,
    -- Copies of phone_numbers' category and sort key, so the filtered list is one index range.
    category_id     integer   NOT NULL,
    sort_time       timestamp NOT NULL,
    -- 0 not checked yet, 1 mobile, 2 fixed line, 3 other (toll-free, VoIP, ...), 4 no longer valid.
    kind            smallint  NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 4),
    -- libphonenumber's exact type (the app's NumberType, by name), NULL until checked or when invalid.
    line_type       text,
    -- The libphonenumber version that classified the number, NULL until checked.
    validated_with  text,
    -- The quality check's findings, a bit set: 1 became invalid, 2 changed type, 4 doubled country
    -- code, 8 lost leading zero, 16 Excel scientific notation.
    findings        smallint  NOT NULL DEFAULT 0
);

-- A type, newest first; and a type within a category, newest first (as idx_phone_numbers_category_newest).
CREATE INDEX IF NOT EXISTS idx_number_types_kind_newest
    ON number_types (kind, sort_time DESC, phone_number_id DESC);
CREATE INDEX IF NOT EXISTS idx_number_types_category_kind_newest
    ON number_types (category_id, kind, sort_time DESC, phone_number_id DESC);
-- The quality check's lists: few rows, newest first.
CREATE INDEX IF NOT EXISTS idx_number_types_findings
    ON number_types (sort_time DESC, phone_number_id DESC) WHERE findings <> 0;

CREATE OR REPLACE FUNCTION wa_number_types_inserted() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    -- An import has written the classified rows already, in the same statement: those stay.
    INSERT INTO number_types (phone_number_id, category_id, sort_time)
    SELECT r.id, r.category_id, COALESCE(r.created_at, '-infinity') FROM new_rows r
    ON CONFLICT (phone_number_id) DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION wa_number_types_updated() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    -- Only rows whose category, date or number changed; a new number is not checked yet (the app
    -- that changed it classifies it right after, in the same transaction).
    UPDATE number_types t
    SET category_id    = a.category_id,
        sort_time      = COALESCE(a.created_at, '-infinity'),
        kind           = CASE WHEN a.normalized_number = b.normalized_number THEN t.kind ELSE 0 END,
        line_type      = CASE WHEN a.normalized_number = b.normalized_number THEN t.line_type END,
        validated_with = CASE WHEN a.normalized_number = b.normalized_number THEN t.validated_with END,
        findings       = CASE WHEN (a.normalized_number, a.original_number)
                                   = (b.normalized_number, b.original_number) THEN t.findings ELSE 0 END
    FROM old_rows b JOIN new_rows a ON a.id = b.id
    WHERE t.phone_number_id = a.id
      AND (a.category_id, a.created_at, a.normalized_number, a.original_number)
          IS DISTINCT FROM (b.category_id, b.created_at, b.normalized_number, b.original_number);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION wa_number_types_deleted() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    DELETE FROM number_types t USING old_rows r WHERE t.phone_number_id = r.id;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION wa_number_types_truncated() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    TRUNCATE number_types;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER wa_number_types_inserted AFTER INSERT ON phone_numbers
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wa_number_types_inserted();
CREATE OR REPLACE TRIGGER wa_number_types_updated AFTER UPDATE ON phone_numbers
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION wa_number_types_updated();
CREATE OR REPLACE TRIGGER wa_number_types_deleted AFTER DELETE ON phone_numbers
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION wa_number_types_deleted();
CREATE OR REPLACE TRIGGER wa_number_types_truncated AFTER TRUNCATE ON phone_numbers
    FOR EACH STATEMENT EXECUTE FUNCTION wa_number_types_truncated();
