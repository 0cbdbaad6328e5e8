-- The checks of the vn/lai-chau/si-lo-lau pack written by hand over a plain `sqlite3 .import`
-- of the CSV files (every column TEXT), for comparison with `tuanthu check`. One grouped query
-- per rule, as a user without tuanthu would write them; years 2025 and 2026, as of 2026-11-24.
.headers off
.mode list
-- meetings.online_share: conferences held online or hybrid, per locality and year, >= 60%.
SELECT 'online_share', u.locality_code, substr(m.start_date, 1, 4) AS year,
       sum(m.format IN ('online', 'hybrid')) * 1.0 / count(*) AS share
FROM meetings m JOIN units u ON u.unit_id = m.unit_id
WHERE m.category = 'conference' AND m.role = 'host' AND m.start_date <= '2026-11-24'
GROUP BY u.locality_code, year HAVING share < 0.60;
-- meetings.reduction: 10% fewer conferences than the year before.
WITH n AS (
  SELECT u.locality_code AS code, substr(m.start_date, 1, 4) AS year, count(*) AS c
  FROM meetings m JOIN units u ON u.unit_id = m.unit_id
  WHERE m.category = 'conference' AND m.role = 'host' AND m.start_date <= '2026-11-24'
  GROUP BY code, year)
SELECT 'reduction', a.code, a.year, a.c, b.c FROM n a JOIN n b ON b.code = a.code
  AND CAST(b.year AS INTEGER) = CAST(a.year AS INTEGER) - 1
WHERE a.c > b.c * 0.90;
-- meetings.duration: meetings longer than their kind allows.
SELECT 'duration', u.locality_code, m.meeting_id, m.kind, m.duration_days
FROM meetings m JOIN units u ON u.unit_id = m.unit_id
WHERE m.start_date BETWEEN '2026-01-01' AND '2026-11-24' AND m.role = 'host'
  AND CAST(m.duration_days AS REAL) > CASE m.kind WHEN 'dissemination' THEN 0.5
      WHEN 'professional' THEN 1 WHEN 'discussion' THEN 1.5 ELSE 1e9 END;
-- documents.electronic_exchange: non-secret documents exchanged electronically, 100%.
SELECT 'electronic_exchange', u.locality_code, substr(d.date, 1, 4) AS year,
       sum(d.electronic = '1') * 1.0 / count(*) AS share
FROM documents d JOIN units u ON u.unit_id = d.unit_id
WHERE d.secret = '0' AND d.date <= '2026-11-24'
GROUP BY u.locality_code, year HAVING share < 1.0;
-- documents.digitized_share: incoming documents digitised, >= 95%.
SELECT 'digitized_share', u.locality_code, substr(d.date, 1, 4) AS year,
       sum(d.digitized = '1') * 1.0 / count(*) AS share
FROM documents d JOIN units u ON u.unit_id = d.unit_id
WHERE d.direction = 'incoming' AND d.secret = '0' AND d.date <= '2026-11-24'
GROUP BY u.locality_code, year HAVING share < 0.95;
-- dossiers.digital_share: dossiers processed digitally, >= 95%.
SELECT 'digital_share', u.locality_code, substr(s.received_date, 1, 4) AS year,
       sum(s.digital_processing = '1') * 1.0 / count(*) AS share
FROM dossiers s JOIN units u ON u.unit_id = s.unit_id
WHERE s.received_date <= '2026-11-24'
GROUP BY u.locality_code, year HAVING share < 0.95;
-- plans.unit_plan: every unit's own plan (subject KL226) by 31/05/2026.
SELECT 'unit_plan', u.locality_code, u.unit_id FROM units u
WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.unit_id = u.unit_id AND r.subject = 'KL226'
                  AND r.submitted_date <= '2026-05-31');
-- reports.semiannual / reports.annual: reports before 05/06 and 05/12.
SELECT 'semiannual', u.locality_code, u.unit_id FROM units u
WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.unit_id = u.unit_id
                  AND r.period = '2026-H1' AND r.submitted_date < '2026-06-05');
SELECT 'annual', u.locality_code, u.unit_id FROM units u
WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.unit_id = u.unit_id
                  AND r.period = '2026' AND r.submitted_date < '2026-12-05');
