-- wip: approved billable (and NO_RATE, at 0) entries on time-and-materials contracts dated on or
-- before :to, at contract value converted into the entity's currency at the rate of :to and
-- rounded per entry; aged by :toDay − entry day. Realizable: on a contract with a not-to-exceed the
-- entries take the cap in date, then external id order (every entry of the contract, before the
-- entity filter), as the next billing run would.
-- Not yet here: entries on posted invoices (they leave WIP) and in billing (open proposals, Odoo
-- drafts) need invoice lines and proposals, which the facts do not hold yet.
-- Derived tables rather than WITH: H2 keeps the result of a parameterised common table expression
-- from one execution to the next.
SELECT {{dims:v}}
       COUNT(*) AS entries,
       SUM(v.recorded_hours) AS recorded_hours,
       SUM(v.billable_hours) AS billable_hours,
       SUM(v.value_entity) AS value_amount,
       SUM(v.realizable_entity) AS realizable,
       SUM(CASE WHEN :toDay - v.entry_day <= 30 THEN v.value_entity ELSE 0 END) AS aging_0_30,
       SUM(CASE WHEN :toDay - v.entry_day BETWEEN 31 AND 60 THEN v.value_entity ELSE 0 END) AS aging_31_60,
       SUM(CASE WHEN :toDay - v.entry_day BETWEEN 61 AND 90 THEN v.value_entity ELSE 0 END) AS aging_61_90,
       SUM(CASE WHEN :toDay - v.entry_day > 90 THEN v.value_entity ELSE 0 END) AS aging_over_90,
       MAX(CASE WHEN v.classification = 'NO_RATE' THEN 1 ELSE 0 END) AS no_rate,
       SUM(CASE WHEN v.value_entity IS NULL THEN 1 ELSE 0 END) AS missing_rates,
       MIN(v.entity_currency) AS currency_low,
       MAX(v.entity_currency) AS currency_high
  FROM (SELECT u.entity, u.practice, u.customer, u.project, u.contract, u.employee, u.role, u.month_key,
               u.week_key, u.quarter_key, u.entry_day, u.classification, u.recorded_hours, u.billable_hours,
               u.entity_currency,
               CASE WHEN u.contract_currency = u.entity_currency THEN u.contract_value
                    ELSE ROUND(u.contract_value / x.rate, 2) END AS value_entity,
               CASE WHEN u.contract_currency = u.entity_currency THEN u.realizable
                    ELSE ROUND(u.realizable / x.rate, 2) END AS realizable_entity
          FROM (SELECT b.*,
                       CASE WHEN b.not_to_exceed IS NULL THEN b.contract_value
                            ELSE LEAST(b.contract_value, GREATEST(b.not_to_exceed - b.taken_before, 0))
                       END AS realizable
                  FROM (SELECT f.entity, f.practice, f.customer, f.project, f.contract, f.employee, f.role,
                               f.month_key, f.week_key, f.quarter_key, f.entry_day, f.classification,
                               f.recorded_hours, f.billable_hours, f.entity_currency, f.contract_currency,
                               f.not_to_exceed,
                               COALESCE(f.contract_value, 0) AS contract_value,
                               COALESCE(SUM(COALESCE(f.contract_value, 0)) OVER (
                                   PARTITION BY f.contract
                                   ORDER BY f.entry_date, f.external_id, f.source
                                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS taken_before
                          FROM fact_time_entry f
                         WHERE f.classification IN ('BILLABLE', 'NO_RATE')
                           AND f.billing_model = 'TIME_AND_MATERIALS'
                           AND f.not_to_exceed IS NOT NULL
                           AND f.entry_date <= :to
                        UNION ALL
                        -- without a cap nothing is taken before: no running sum, no sort
                        SELECT f.entity, f.practice, f.customer, f.project, f.contract, f.employee, f.role,
                               f.month_key, f.week_key, f.quarter_key, f.entry_day, f.classification,
                               f.recorded_hours, f.billable_hours, f.entity_currency, f.contract_currency,
                               f.not_to_exceed, COALESCE(f.contract_value, 0), 0
                          FROM fact_time_entry f
                         WHERE f.classification IN ('BILLABLE', 'NO_RATE')
                           AND f.billing_model = 'TIME_AND_MATERIALS'
                           AND f.not_to_exceed IS NULL
                           AND f.entry_date <= :to) b) u
          LEFT JOIN (SELECT r.entity, r.currency, r.rate
                       FROM exchange_rate r
                      WHERE r.valid_from = (SELECT MAX(p.valid_from)
                                              FROM exchange_rate p
                                             WHERE p.entity = r.entity AND p.currency = r.currency
                                               AND p.valid_from <= :to)) x
            ON x.entity = u.entity AND x.currency = u.contract_currency
         WHERE 1 = 1
               {{entity:u}}) v
 {{groupBy:v}}
