-- Who is quoted across the most stories and sites, and whom they name in their quotes (latest run).
WITH s AS (SELECT *, regexp_extract(filename, 'run_date=([^/]+)', 1) AS run
           FROM read_parquet('${OUT}/speakers/**/*.parquet', filename = true, union_by_name = true))
SELECT entity_key, name, quotes, stories, sites, documents,
       [n.name || ' (' || n.mentions || ')' FOR n IN named_in_quotes] AS names_in_quotes
FROM s
WHERE run = (SELECT max(run) FROM s)
ORDER BY stories DESC, quotes DESC, entity_key
LIMIT 20;
