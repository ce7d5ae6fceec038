-- Who is quoted most: quotes and documents per speaker (canonical name, so "Okafor" and "Mayor Daniel
-- Okafor" count as one). Run from the output folder's parent: duckdb -c ".read docs/queries/top_speakers.sql"
-- Right over any number of run_date partitions: ids are stable, so a page read again on a later date has the
-- same quote_id and doc_id and is counted once (count DISTINCT, never count(*)).
SELECT canonical_speaker              AS speaker,
       count(DISTINCT quote_id)       AS quotes,
       count(DISTINCT doc_id)         AS documents
FROM read_parquet('${OUT}/speaker_quotes/**/*.parquet', hive_partitioning = true, union_by_name = true)
WHERE canonical_speaker IS NOT NULL
GROUP BY canonical_speaker
ORDER BY quotes DESC, speaker
LIMIT 20;
