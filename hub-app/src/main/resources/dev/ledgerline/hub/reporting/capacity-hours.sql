-- capacity-hours: the capacity kept per employee and working day (working-day hours less approved
-- leave, capped at the day), added up per group. People figures: entity, practice and role are the
-- employee's on each day.
-- Placeholders ({{dims:c}}, {{groupBy:c}}, {{entity:c}}) are filled from the report's groupBy and
-- entity filter by ReportSql; parameters: :from, :to, :entity.
SELECT {{dims:c}}
       SUM(c.capacity_hours) AS capacity_hours,
       SUM(c.working_hours)  AS working_hours,
       SUM(c.leave_hours)    AS leave_hours
  FROM fact_capacity_day c
 WHERE c.work_date BETWEEN :from AND :to
       {{entity:c}}
 {{groupBy:c}}
