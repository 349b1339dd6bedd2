-- cost (provisional): labour rounded once per employee, project and month (the cell), from the
-- unrounded hours × standard hourly cost of each approved entry in the entity's currency; plus
-- approved expenses and vendor bills, each already converted at its date and rounded. A cell
-- belongs to the entity of its first entry (date, then external id) and to the employee's role on
-- its last entry date; it is flagged NO_STANDARD_COST when one of its entries has no standard cost.
-- A cell's entries nearly always share one entity and one role; only a cell where they differ (work
-- waiting for its project, a role change inside the month) looks its first or last entry up.
-- Derived tables rather than WITH: H2 keeps the result of a parameterised common table expression
-- from one execution to the next.
SELECT {{dims:i}}
       SUM(i.labour) AS labour,
       SUM(i.expenses) AS expenses,
       SUM(i.vendor_bills) AS vendor_bills,
       SUM(i.hours) AS hours,
       MAX(i.no_standard_cost) AS no_standard_cost,
       MIN(i.currency) AS currency_low,
       MAX(i.currency) AS currency_high
  FROM (SELECT CASE WHEN MIN(e.entity) = MAX(e.entity) THEN MIN(e.entity)
                    ELSE (SELECT x.entity
                            FROM fact_time_entry x
                           WHERE x.employee = e.employee AND x.project = e.project AND x.month_key = e.month_key
                             AND x.status = 'APPROVED' AND x.labour = TRUE
                             AND x.entry_date BETWEEN :from AND :to
                           ORDER BY x.entry_date, x.external_id, x.source
                           LIMIT 1) END AS entity,
               MIN(e.practice) AS practice,
               MIN(e.customer) AS customer,
               e.project,
               MIN(e.contract) AS contract,
               e.employee,
               CASE WHEN MIN(e.employee_role) = MAX(e.employee_role) THEN MIN(e.employee_role)
                    ELSE (SELECT y.employee_role
                            FROM fact_time_entry y
                           WHERE y.employee = e.employee AND y.project = e.project AND y.month_key = e.month_key
                             AND y.status = 'APPROVED' AND y.labour = TRUE
                             AND y.entry_date BETWEEN :from AND :to
                           ORDER BY y.entry_date DESC
                           LIMIT 1) END AS role,
               e.month_key,
               e.quarter_key,
               ROUND(SUM(COALESCE(e.labour_cost_exact, 0)), 2) AS labour,
               0 AS expenses,
               0 AS vendor_bills,
               SUM(e.recorded_hours) AS hours,
               MAX(CASE WHEN e.labour_cost_exact IS NULL THEN 1 ELSE 0 END) AS no_standard_cost,
               MIN(e.labour_currency) AS currency
          FROM fact_time_entry e
         WHERE e.status = 'APPROVED'
           AND e.labour = TRUE
           AND e.entry_date BETWEEN :from AND :to
         GROUP BY e.employee, e.project, e.month_key, e.quarter_key
        UNION ALL
        SELECT d.entity, d.practice, d.customer, d.project, d.contract, d.employee, CAST(NULL AS VARCHAR(255)),
               d.month_key, d.quarter_key, 0,
               CASE WHEN d.kind = 'EXPENSE' THEN d.entity_amount ELSE 0 END,
               CASE WHEN d.kind = 'VENDOR_BILL' THEN d.entity_amount ELSE 0 END,
               0, 0, d.entity_currency
          FROM fact_direct_cost d
         WHERE d.counts = TRUE
           AND d.cost_date BETWEEN :from AND :to) i
 WHERE 1 = 1
       {{entity:i}}
 {{groupBy:i}}
