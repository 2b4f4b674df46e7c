-- A database as the original system made it: the source document's "Initial Migration" and
-- "Seed Data Migration" sections verbatim (fewer indexes than its "Index Strategy", no trigger,
-- no Flyway history), plus rows its users typed in.
CREATE TABLE categories (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100) NOT NULL UNIQUE,
    description TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE phone_numbers (
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

CREATE INDEX idx_categories_name ON categories(name);
CREATE INDEX idx_phone_numbers_normalized ON phone_numbers(normalized_number);
CREATE INDEX idx_phone_numbers_category_id ON phone_numbers(category_id);
CREATE INDEX idx_phone_numbers_created_at ON phone_numbers(created_at);

INSERT INTO categories (name, description) VALUES
('Pelanggan VIP', 'Pelanggan dengan tingkat prioritas tinggi'),
('Pelanggan VIP 2', 'Pelanggan dengan tingkat prioritas tinggi level 2'),
('Pelanggan Regular', 'Pelanggan dengan tingkat prioritas standar'),
('Prospek', 'Calon pelanggan yang berpotensi'),
('Lead', 'Calon pelanggan yang sudah menunjukkan minat');

INSERT INTO categories (name, description) VALUES ('Reseller Surabaya', NULL);

INSERT INTO phone_numbers (original_number, normalized_number, category_id, created_at, updated_at) VALUES
('0812-3456-7890', '+6281234567890', 1, '2024-01-05 03:00:00', '2024-01-05 03:00:00'),
('+62 813 1111 2222', '+6281311112222', 4, '2024-02-10 08:30:00', '2024-02-10 08:30:00'),
('85733334444', '+6285733334444', 6, '2024-03-01 01:15:00', '2024-03-01 01:15:00');
