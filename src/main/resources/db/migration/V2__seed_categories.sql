-- The five categories of the source document; kept when the original system already made them.
INSERT INTO categories (name, description) VALUES
    ('Pelanggan VIP', 'Pelanggan dengan tingkat prioritas tinggi'),
    ('Pelanggan VIP 2', 'Pelanggan dengan tingkat prioritas tinggi level 2'),
    ('Pelanggan Regular', 'Pelanggan dengan tingkat prioritas standar'),
    ('Prospek', 'Calon pelanggan yang berpotensi'),
    ('Lead', 'Calon pelanggan yang sudah menunjukkan minat')
ON CONFLICT (name) DO NOTHING;
