-- Entity co-occurrence in quotes: which entities each speaker names inside their own quotations
-- (a mention lies inside a quote when its span is within the quote's span in the same document).
SELECT q.canonical_speaker            AS speaker,
       m.canonical_name               AS entity,
       m.type                         AS entity_type,
       count(*)                       AS mentions_in_quotes
FROM read_parquet('${OUT}/speaker_quotes/**/*.parquet', hive_partitioning = true, union_by_name = true) q
JOIN read_parquet('${OUT}/entity_mentions/**/*.parquet', hive_partitioning = true, union_by_name = true) m
  ON m.doc_id = q.doc_id AND m."start" >= q."start" AND m."end" <= q."end"
WHERE q.canonical_speaker IS NOT NULL
  AND m.type IN ('PERSON', 'ORGANIZATION', 'LOCATION', 'CITY', 'COUNTRY', 'STATE_OR_PROVINCE', 'MISC', 'NATIONALITY')
GROUP BY q.canonical_speaker, m.canonical_name, m.type
ORDER BY mentions_in_quotes DESC, speaker, entity
LIMIT 50;
