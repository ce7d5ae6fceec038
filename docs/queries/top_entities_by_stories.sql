-- Most covered entities: by distinct stories (syndicated copies of one article count once), then sites.
-- corpus_entities is computed per run over that run's input; with many run_date partitions this reads the
-- latest run (`run`: the run_date=... folder, '' without --runDate).
WITH e AS (SELECT *, regexp_extract(filename, 'run_date=([^/]+)', 1) AS run
           FROM read_parquet('${OUT}/corpus_entities/**/*.parquet', filename = true, union_by_name = true))
SELECT entity_key, name, type, stories, sites, documents, mentions, quotes, variants
FROM e
WHERE run = (SELECT max(run) FROM e)
ORDER BY stories DESC, sites DESC, mentions DESC, entity_key
LIMIT 20;
