-- Quotes (quoted speech: kind = 'speech') per site per day of publication (the page's own date when it gives one).
SELECT coalesce(d.site, '(no url)')                                  AS site,
       coalesce(substr(d.published, 1, 10), 'unknown')                  AS day,
       count(q.quote_id)                                              AS quotes,
       count(DISTINCT d.doc_id)                                       AS articles
FROM read_parquet('${OUT}/documents/**/*.parquet', hive_partitioning = true, union_by_name = true) d
LEFT JOIN read_parquet('${OUT}/speaker_quotes/**/*.parquet', hive_partitioning = true, union_by_name = true) q
  ON q.doc_id = d.doc_id AND q.kind = 'speech'  -- quoted speech only, not quoted titles or terms
WHERE d.kept
GROUP BY site, day
ORDER BY day, site;
