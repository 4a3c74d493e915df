package org.crmkit.persistence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A {@code PersonName} as three columns. */
@Embeddable
record NameColumns(@Column(name = "first_name") String first,
                   @Column(name = "middle_name") String middle,
                   @Column(name = "last_name") String last) {
}
