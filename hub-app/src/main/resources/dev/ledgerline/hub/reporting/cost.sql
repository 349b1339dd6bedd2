-- cost (provisional): labour rounded once per employee, project and month (the cell), from the
-- unrounded hours × standard hourly cost of each approved entry in the entity's currency; plus
-- approved expenses and vendor bills, each already converted at its date and rounded. A cell
-- belongs to the entity of its first entry (date, then external id) and to the employee's role on
-- its last entry date; it is flagged NO_STANDARD_COST when one of its entries has no standard cost.
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
  FROM (SELECT e.cell_entity AS entity,
               MIN(e.practice) AS practice,
               MIN(e.customer) AS customer,
               e.project,
               MIN(e.contract) AS contract,
               e.employee,
               MAX(CASE WHEN e.entry_date = e.last_date THEN e.employee_role END) AS role,
               e.month_key,
               e.quarter_key,
               ROUND(SUM(COALESCE(e.labour_cost_exact, 0)), 2) AS labour,
               0 AS expenses,
               0 AS vendor_bills,
               SUM(e.recorded_hours) AS hours,
               MAX(CASE WHEN e.labour_cost_exact IS NULL THEN 1 ELSE 0 END) AS no_standard_cost,
               MIN(e.labour_currency) AS currency
          FROM (SELECT f.employee, f.project, f.month_key, f.quarter_key, f.entry_date, f.customer, f.contract,
                       f.practice, f.employee_role, f.labour_currency, f.recorded_hours, f.labour_cost_exact,
                       MAX(f.entry_date) OVER (PARTITION BY f.employee, f.project, f.month_key) AS last_date,
                       FIRST_VALUE(f.entity) OVER (
                           PARTITION BY f.employee, f.project, f.month_key
                           ORDER BY f.entry_date, f.external_id, f.source) AS cell_entity
                  FROM fact_time_entry f
                 WHERE f.status = 'APPROVED'
                   AND f.labour = TRUE
                   AND f.entry_date BETWEEN :from AND :to) e
         GROUP BY e.employee, e.project, e.month_key, e.quarter_key, e.cell_entity
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
