-- Seed facts carry stable ids (seeds/facts.json), so that seeding at every start adds only the
-- entries this database does not hold yet, and never touches what is there (or what a moderator
-- changed). Seeded articles share links where one report covers two rounds, so the link stays
-- unique only among articles read from feeds and files.
ALTER TABLE articles ADD COLUMN seed_id TEXT;
CREATE UNIQUE INDEX articles_by_seed ON articles(seed_id) WHERE seed_id IS NOT NULL;
DROP INDEX articles_by_url;
CREATE UNIQUE INDEX articles_by_url ON articles(url) WHERE url IS NOT NULL AND seed_id IS NULL;

ALTER TABLE prisoners ADD COLUMN seed_id TEXT;
CREATE UNIQUE INDEX prisoners_by_seed ON prisoners(seed_id) WHERE seed_id IS NOT NULL;

-- A database filled by the first release's seeding holds the five project articles and six people
-- without ids: give them their ids, so the new seeds recognise them instead of adding them again.
UPDATE articles SET seed_id = CASE title
        WHEN 'Lukashenko frees 23 in eighth round of pardons' THEN 'project-kyiv-independent-2025-01-18'
        WHEN 'Lukashenko pardons 20 more, rights groups say repression continues' THEN 'project-ap-2024-12'
        WHEN 'Sixth round: 32 pardoned' THEN 'project-syndicated-32'
        WHEN 'Lukashenko releases 31 political prisoners' THEN 'project-ap-salem-31'
        WHEN 'Seventh round: 29 pardoned' THEN 'project-rewritten-29'
    END
    WHERE url IS NULL AND content_hash IS NULL AND title IN (
        'Lukashenko frees 23 in eighth round of pardons',
        'Lukashenko pardons 20 more, rights groups say repression continues',
        'Sixth round: 32 pardoned', 'Lukashenko releases 31 political prisoners', 'Seventh round: 29 pardoned');

UPDATE prisoners SET seed_id = CASE name_en
        WHEN 'Ales Bialiatski' THEN 'bialiatski' WHEN 'Siarhei Tsikhanouski' THEN 'tsikhanouski'
        WHEN 'Viktar Babaryka' THEN 'babaryka' WHEN 'Maria Kalesnikava' THEN 'kalesnikava'
        WHEN 'Mikola Statkevich' THEN 'statkevich' WHEN 'Maxim Znak' THEN 'znak'
    END
    WHERE id IN (SELECT min(id) FROM prisoners WHERE name_en IN ('Ales Bialiatski', 'Siarhei Tsikhanouski',
        'Viktar Babaryka', 'Maria Kalesnikava', 'Mikola Statkevich', 'Maxim Znak') GROUP BY name_en);
