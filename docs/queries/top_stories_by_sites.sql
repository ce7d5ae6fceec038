-- Stories carried by the most sites: syndicated copies of one article grouped (documents.story_id), with the
-- headline of the story's first copy. Stories are grouped per run; with many run_date partitions this reads
-- the latest run (`run`: the run_date=... folder, '' without --runDate).
WITH d AS (SELECT *, regexp_extract(filename, 'run_date=([^/]+)', 1) AS run
           FROM read_parquet('${OUT}/documents/**/*.parquet', filename = true, union_by_name = true)),
     latest AS (SELECT * FROM d WHERE run = (SELECT max(run) FROM d) AND story_id IS NOT NULL)
SELECT s.story_id,
       any_value(f.title)                        AS headline,
       count(DISTINCT s.site)                    AS sites,
       count(DISTINCT s.doc_id)                  AS documents,
       list(DISTINCT s.site ORDER BY s.site)     AS site_list,
       min(s.published_ts)                       AS first_published
FROM latest s LEFT JOIN latest f ON f.doc_id = s.story_id
GROUP BY s.story_id
ORDER BY sites DESC, documents DESC, s.story_id
LIMIT 20;
