-- KPI fact: a deal's probability-weighted amount in its currency's smallest unit, as Deal.weightedAmount() rounds
-- it (amount x probability, half-even to the currency's scale). Written by the deal repository on every save, so
-- that the sales group statement sums a column instead of evaluating the rounding expression for every open deal
-- (about a third of that statement's time on 1,000,000 deals).
-- A row whose fact is NULL (a deal without an amount, or a row this backfill leaves alone) is computed by the
-- statement itself with the same expression, so the figures never depend on whether the backfill reached a row.
ALTER TABLE crm_deals ADD COLUMN weighted_units NUMERIC(38, 0);

-- Backfill for the currencies with two decimal places that CRMs mostly hold (other currencies stay NULL and are
-- computed on the fly until their deals are next saved). The same half-even rounding the KPI statement uses.
UPDATE crm_deals SET weighted_units =
    CASE WHEN (amount * COALESCE(probability, 0) * 1.00) - FLOOR(amount * COALESCE(probability, 0) * 1.00) = 0.5
         THEN FLOOR(amount * COALESCE(probability, 0) * 1.00) + ABS(MOD(FLOOR(amount * COALESCE(probability, 0) * 1.00), 2))
         ELSE ROUND(amount * COALESCE(probability, 0) * 1.00, 0) END
WHERE amount IS NOT NULL
  AND currency IN ('USD', 'EUR', 'RUB', 'GBP', 'CNY', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK',
                   'KZT', 'BYN', 'UAH', 'TRY', 'INR', 'BRL', 'MXN', 'SGD', 'HKD', 'NZD', 'ZAR', 'AED');
