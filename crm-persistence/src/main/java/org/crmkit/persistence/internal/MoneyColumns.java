package org.crmkit.persistence.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** {@code Money} as an exact decimal amount and its ISO 4217 currency code, never a float. */
@Embeddable
record MoneyColumns(@Column(name = "amount", precision = 19, scale = 4) BigDecimal amount,
                    @Column(name = "currency", length = 3) String currency) {
}
