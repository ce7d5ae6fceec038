-- Entity co-occurrence in quotes: which entities each speaker names inside their own quotations
-- (a mention lies inside a quote when its span is within the quote's span in the same document).
-- Right over any number of run_date partitions: a quote and a mention are joined only within one run
-- (`run`: the run_date=... folder of the file, '' without --runDate) and each mention is counted once.
WITH q AS (SELECT *, regexp_extract(filename, 'run_date=([^/]+)', 1) AS run
           FROM read_parquet('${OUT}/speaker_quotes/**/*.parquet', filename = true, union_by_name = true)),
     m AS (SELECT *, regexp_extract(filename, 'run_date=([^/]+)', 1) AS run
           FROM read_parquet('${OUT}/entity_mentions/**/*.parquet', filename = true, union_by_name = true))
SELECT q.canonical_speaker            AS speaker,
       m.canonical_name               AS entity,
       m.type                         AS entity_type,
       count(DISTINCT m.mention_id)   AS mentions_in_quotes
FROM q JOIN m
  ON m.run = q.run AND m.doc_id = q.doc_id AND m."start" >= q."start" AND m."end" <= q."end"
WHERE q.canonical_speaker IS NOT NULL
  AND m.type IN ('PERSON', 'ORGANIZATION', 'LOCATION', 'CITY', 'COUNTRY', 'STATE_OR_PROVINCE', 'MISC', 'NATIONALITY')
GROUP BY q.canonical_speaker, m.canonical_name, m.type
ORDER BY mentions_in_quotes DESC, speaker, entity
LIMIT 50;
