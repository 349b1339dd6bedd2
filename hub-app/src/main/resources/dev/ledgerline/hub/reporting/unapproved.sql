-- unapproved: draft and submitted entries dated on or before :to, every one counted in hours; valued
-- like the WIP it would be once approved (classified as if approved: billable on a time-and-materials
-- contract), 0 otherwise; converted at the rate of :to, rounded per entry, aged like WIP.
-- Derived tables rather than WITH: H2 keeps the result of a parameterised common table expression
-- from one execution to the next.
SELECT {{dims:v}}
       COUNT(*) AS entries,
       SUM(v.recorded_hours) AS recorded_hours,
       SUM(v.billable_hours) AS billable_hours,
       SUM(v.value_entity) AS value_amount,
       SUM(CASE WHEN :toDay - v.entry_day <= 30 THEN v.value_entity ELSE 0 END) AS aging_0_30,
       SUM(CASE WHEN :toDay - v.entry_day BETWEEN 31 AND 60 THEN v.value_entity ELSE 0 END) AS aging_31_60,
       SUM(CASE WHEN :toDay - v.entry_day BETWEEN 61 AND 90 THEN v.value_entity ELSE 0 END) AS aging_61_90,
       SUM(CASE WHEN :toDay - v.entry_day > 90 THEN v.value_entity ELSE 0 END) AS aging_over_90,
       0 AS no_rate,
       SUM(CASE WHEN v.value_entity IS NULL THEN 1 ELSE 0 END) AS missing_rates,
       MIN(v.entity_currency) AS currency_low,
       MAX(v.entity_currency) AS currency_high
  FROM (SELECT f.entity, f.practice, f.customer, f.project, f.contract, f.employee, f.role, f.month_key,
               f.week_key, f.quarter_key, f.entry_day, f.recorded_hours, f.billable_hours, f.entity_currency,
               CASE WHEN f.classification_if_approved <> 'BILLABLE'
                      OR f.billing_model IS NULL OR f.billing_model <> 'TIME_AND_MATERIALS' THEN 0
                    WHEN f.contract_currency = f.entity_currency THEN f.contract_value
                    ELSE ROUND(f.contract_value / x.rate, 2) END AS value_entity
          FROM fact_time_entry f
          LEFT JOIN (SELECT r.entity, r.currency, r.rate
                       FROM exchange_rate r
                      WHERE r.valid_from = (SELECT MAX(p.valid_from)
                                              FROM exchange_rate p
                                             WHERE p.entity = r.entity AND p.currency = r.currency
                                               AND p.valid_from <= :to)) x
            ON x.entity = f.entity AND x.currency = f.contract_currency
         WHERE f.status IN ('DRAFT', 'SUBMITTED')
           AND f.classification_if_approved IS NOT NULL
           AND f.entry_date <= :to
               {{entity:f}}) v
 {{groupBy:v}}
