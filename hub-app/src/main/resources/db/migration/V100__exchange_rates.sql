-- Exchange rates as each entity's Odoo company keeps them (res.currency.rate): units of the currency
-- per unit of the company currency, valid from a date until the next rate of the same currency.
CREATE TABLE exchange_rate (
    entity      VARCHAR(64)    NOT NULL,
    currency    VARCHAR(3)     NOT NULL,
    valid_from  DATE           NOT NULL,
    rate        DECIMAL(30, 12) NOT NULL,
    pulled_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entity, currency, valid_from)
);
