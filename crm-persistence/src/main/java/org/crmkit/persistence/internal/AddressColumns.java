package org.crmkit.persistence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An {@code Address} as one column per part. */
@Embeddable
record AddressColumns(@Column(name = "country") String country,
                      @Column(name = "region") String region,
                      @Column(name = "city") String city,
                      @Column(name = "street") String street,
                      @Column(name = "building") String building,
                      @Column(name = "postal_code") String postalCode) {
}
