-- Quotes (quoted speech: kind = 'speech') per site per day of publication (the page's own date when it gives one; published_ts is UTC).
-- Right over any number of run_date partitions: documents and quotes are joined within one run (`run`: the
-- run_date=... folder of the file, '' without --runDate), and stable ids make a page read on two dates count once.
WITH d AS (SELECT *, regexp_extract(filename, 'run_date=([^/]+)', 1) AS run
           FROM read_parquet('${OUT}/documents/**/*.parquet', filename = true, union_by_name = true)),
     q AS (SELECT *, regexp_extract(filename, 'run_date=([^/]+)', 1) AS run
           FROM read_parquet('${OUT}/speaker_quotes/**/*.parquet', filename = true, union_by_name = true))
SELECT coalesce(d.site, '(no url)')                                  AS site,
       coalesce(strftime(d.published_ts AT TIME ZONE 'UTC', '%Y-%m-%d'), 'unknown') AS day,
       count(DISTINCT q.quote_id)                                    AS quotes,
       count(DISTINCT d.doc_id)                                      AS articles
FROM d LEFT JOIN q ON q.run = d.run AND q.doc_id = d.doc_id
  AND q.kind = 'speech'  -- quoted speech only, not quoted titles or terms
WHERE d.kept
GROUP BY site, day
ORDER BY day, site;
