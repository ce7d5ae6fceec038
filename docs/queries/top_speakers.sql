-- Who is quoted most: quotes and documents per speaker (canonical name, so "Okafor" and "Mayor Daniel
-- Okafor" count as one). Run from the output folder's parent: duckdb -c ".read docs/queries/top_speakers.sql"
SELECT canonical_speaker              AS speaker,
       count(*)                       AS quotes,
       count(DISTINCT doc_id)         AS documents
FROM read_parquet('${OUT}/speaker_quotes/**/*.parquet', hive_partitioning = true, union_by_name = true)
WHERE canonical_speaker IS NOT NULL
GROUP BY canonical_speaker
ORDER BY quotes DESC, speaker
LIMIT 20;
