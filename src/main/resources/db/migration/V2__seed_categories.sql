-- The five categories of the source document, added only where the original system has not
-- made them already (NOT EXISTS first, so no sequence value is spent on a name that exists).
INSERT INTO categories (name, description)
SELECT seed.name, seed.description
FROM (VALUES
    ('Pelanggan VIP', 'Pelanggan dengan tingkat prioritas tinggi', 1),
    ('Pelanggan VIP 2', 'Pelanggan dengan tingkat prioritas tinggi level 2', 2),
    ('Pelanggan Regular', 'Pelanggan dengan tingkat prioritas standar', 3),
    ('Prospek', 'Calon pelanggan yang berpotensi', 4),
    ('Lead', 'Calon pelanggan yang sudah menunjukkan minat', 5)
) AS seed(name, description, position)
WHERE NOT EXISTS (SELECT 1 FROM categories c WHERE c.name = seed.name)
ORDER BY seed.position
ON CONFLICT (name) DO NOTHING;
