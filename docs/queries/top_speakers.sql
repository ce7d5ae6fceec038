-- Who is quoted most: quotes and documents per speaker entity (entity_key, as in the speakers table), shown by
-- the speakers table's name, so "Okafor" and "Mayor Daniel Okafor", or "Jose Pena" and "José Peña", count as one.
-- Run from the output folder's parent: duckdb -c ".read docs/queries/top_speakers.sql"
-- Right over any number of run_date partitions: ids are stable, so a page read again on a later date has the
-- same quote_id and doc_id and is counted once (count DISTINCT, never count(*)); a quote is keyed within its
-- run (`run`: the run_date=... folder of the file, '' without --runDate), the name is the latest run's.
WITH q AS (SELECT *, regexp_extract(filename, 'run_date=([^/]+)', 1) AS run
           FROM read_parquet('${OUT}/speaker_quotes/**/*.parquet', filename = true, union_by_name = true)),
     e AS (SELECT *, regexp_extract(filename, 'run_date=([^/]+)', 1) AS run
           FROM read_parquet('${OUT}/entities/**/*.parquet', filename = true, union_by_name = true)),
     s AS (SELECT *, regexp_extract(filename, 'run_date=([^/]+)', 1) AS run
           FROM read_parquet('${OUT}/speakers/**/*.parquet', filename = true, union_by_name = true)),
     k AS (SELECT DISTINCT q.run, q.quote_id, q.doc_id, e.entity_key
           FROM q JOIN e ON e.run = q.run AND e.entity_id = q.speaker_entity_id)
SELECT arg_max(s.name, s.run)         AS speaker,
       count(DISTINCT k.quote_id)     AS quotes,
       count(DISTINCT k.doc_id)       AS documents,
       k.entity_key                   AS entity_key
FROM k JOIN s ON s.run = k.run AND s.entity_key = k.entity_key
GROUP BY k.entity_key
ORDER BY quotes DESC, speaker, entity_key
LIMIT 20;
