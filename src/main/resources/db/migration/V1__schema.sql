-- The schema of the source document (spec/database-schema.md), written so that it can also run
-- over a database the original system made: every statement only adds what is missing.

CREATE TABLE IF NOT EXISTS categories (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100) NOT NULL UNIQUE,
    description TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS phone_numbers (
    id SERIAL PRIMARY KEY,
    original_number VARCHAR(50) NOT NULL,
    normalized_number VARCHAR(20) NOT NULL UNIQUE,
    category_id INTEGER NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT fk_phone_numbers_category
        FOREIGN KEY (category_id)
        REFERENCES categories(id)
        ON DELETE CASCADE ON UPDATE CASCADE
);

-- The indexes of the spec's "Indexes", "Initial Migration" and "Index Strategy" sections
-- (the two *_pkey ones are the primary keys' own).
CREATE INDEX IF NOT EXISTS idx_categories_name ON categories(name);
CREATE INDEX IF NOT EXISTS idx_categories_created_at ON categories(created_at);
CREATE INDEX IF NOT EXISTS idx_phone_numbers_normalized ON phone_numbers(normalized_number);
CREATE INDEX IF NOT EXISTS idx_phone_numbers_original ON phone_numbers(original_number);
CREATE INDEX IF NOT EXISTS idx_phone_numbers_category_id ON phone_numbers(category_id);
CREATE INDEX IF NOT EXISTS idx_phone_numbers_created_at ON phone_numbers(created_at);
CREATE INDEX IF NOT EXISTS idx_phone_numbers_category_created
    ON phone_numbers(category_id, created_at DESC);

-- updated_at follows every update, whichever client writes it. Timestamps hold UTC wall-clock
-- time (desktops in WIB, WITA and WIT share one server).
CREATE OR REPLACE FUNCTION wa_set_updated_at() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.updated_at := now() AT TIME ZONE 'UTC';
    RETURN NEW;
END;
$$;

CREATE OR REPLACE TRIGGER trg_categories_updated_at
    BEFORE UPDATE ON categories
    FOR EACH ROW EXECUTE FUNCTION wa_set_updated_at();

CREATE OR REPLACE TRIGGER trg_phone_numbers_updated_at
    BEFORE UPDATE ON phone_numbers
    FOR EACH ROW EXECUTE FUNCTION wa_set_updated_at();
