-- Entity co-occurrence in quotes: which entities each speaker names inside their own quotations
-- (a mention lies inside a quote when its span is within the quote's span in the same document).
-- Speakers and entities are counted by entity_key and shown by the name of the speakers and corpus_entities
-- tables, so two spellings of one person ("Jose Pena", "José Peña") are one row.
-- Right over any number of run_date partitions: a quote and a mention are joined only within one run
-- (`run`: the run_date=... folder of the file, '' without --runDate) and each mention is counted once;
-- names and types are the latest run's.
WITH q AS (SELECT *, regexp_extract(filename, 'run_date=([^/]+)', 1) AS run
           FROM read_parquet('${OUT}/speaker_quotes/**/*.parquet', filename = true, union_by_name = true)),
     m AS (SELECT *, regexp_extract(filename, 'run_date=([^/]+)', 1) AS run
           FROM read_parquet('${OUT}/entity_mentions/**/*.parquet', filename = true, union_by_name = true)),
     e AS (SELECT *, regexp_extract(filename, 'run_date=([^/]+)', 1) AS run
           FROM read_parquet('${OUT}/entities/**/*.parquet', filename = true, union_by_name = true)),
     s AS (SELECT *, regexp_extract(filename, 'run_date=([^/]+)', 1) AS run
           FROM read_parquet('${OUT}/speakers/**/*.parquet', filename = true, union_by_name = true)),
     c AS (SELECT *, regexp_extract(filename, 'run_date=([^/]+)', 1) AS run
           FROM read_parquet('${OUT}/corpus_entities/**/*.parquet', filename = true, union_by_name = true))
SELECT arg_max(s.name, s.run)         AS speaker,
       arg_max(c.name, c.run)         AS entity,
       arg_max(c.type, c.run)         AS entity_type,
       count(DISTINCT m.mention_id)   AS mentions_in_quotes,
       e.entity_key                   AS speaker_key,
       m.entity_key                   AS entity_key
FROM q JOIN e ON e.run = q.run AND e.entity_id = q.speaker_entity_id
  JOIN s ON s.run = q.run AND s.entity_key = e.entity_key
  JOIN m ON m.run = q.run AND m.doc_id = q.doc_id AND m."start" >= q."start" AND m."end" <= q."end"
  JOIN c ON c.run = m.run AND c.entity_key = m.entity_key
WHERE m.type IN ('PERSON', 'ORGANIZATION', 'LOCATION', 'CITY', 'COUNTRY', 'STATE_OR_PROVINCE', 'MISC', 'NATIONALITY')
GROUP BY e.entity_key, m.entity_key
ORDER BY mentions_in_quotes DESC, speaker, entity
LIMIT 50;
