-- billable-utilization and productive-utilization: approved recorded hours over capacity hours, both
-- grouped by the employee's entity, practice and role on the day. Billable hours are those of
-- BILLABLE entries and of NO_RATE ones (billable work waiting for a price, flagged); :productive adds
-- approved non-billable time on client projects. Internal projects count in neither. The ratio is
-- taken in Java from the two sums, as the calculator does.
-- Derived tables rather than WITH: H2 keeps the result of a parameterised common table expression
-- from one execution to the next.
SELECT {{groups}}
       SUM(u.hours) AS hours,
       SUM(u.capacity) AS capacity,
       MAX(u.no_rate) AS no_rate
  FROM (SELECT {{groups}} h.hours, 0 AS capacity, h.no_rate
          FROM (SELECT {{dims:f}}
                       SUM(f.recorded_hours) AS hours,
                       MAX(CASE WHEN f.classification = 'NO_RATE' THEN 1 ELSE 0 END) AS no_rate
                  FROM (SELECT employee, employee_entity AS entity, employee_practice AS practice,
                               employee_role AS role, month_key, week_key, quarter_key, entry_date, status,
                               classification, project_kind, recorded_hours
                          FROM fact_time_entry) f
                 WHERE f.entry_date BETWEEN :from AND :to
                   AND f.status = 'APPROVED'
                   AND (f.classification IN ('BILLABLE', 'NO_RATE')
                        OR (:productive = TRUE AND f.classification IS NOT NULL AND f.project_kind = 'CLIENT'))
                       {{entity:f}}
                 {{groupBy:f}}) h
        UNION ALL
        SELECT {{groups}} 0 AS hours, c.capacity, 0 AS no_rate
          FROM (SELECT {{dims:d}}
                       SUM(d.capacity_hours) AS capacity
                  FROM fact_capacity_day d
                 WHERE d.work_date BETWEEN :from AND :to
                       {{entity:d}}
                 {{groupBy:d}}) c) u
 {{groupByGroups}}
