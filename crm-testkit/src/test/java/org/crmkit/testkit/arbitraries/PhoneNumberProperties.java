package org.crmkit.testkit.arbitraries;

import org.crmkit.core.shared.PhoneNumber;
import org.crmkit.core.shared.PhoneNumberParser;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PhoneNumberProperties {

    @Property
    void normalisation_is_idempotent(@ForAll("russianMobile") String raw) {
        PhoneNumber phone = PhoneNumber.of(raw);

        assertThat(PhoneNumber.of(phone.e164())).isEqualTo(phone);
        assertThat(new PhoneNumber(phone.e164())).isEqualTo(phone);
        assertThat(PhoneNumberParser.forRegion("DE").parse(phone.e164())).isEqualTo(phone);
    }

    @Property
    void every_format_of_one_mobile_number_normalises_to_the_same_value(@ForAll("digits") String tenDigits) {
        for (String raw : ValueArbitraries.russianMobileFormats(tenDigits)) {
            assertThat(PhoneNumber.of(raw).e164()).as(raw).isEqualTo("+7" + tenDigits);
        }
    }

    @Property
    void the_national_format_reads_back_as_the_same_number(@ForAll("russianMobile") String raw) {
        PhoneNumber phone = PhoneNumber.of(raw);

        assertThat(PhoneNumber.of(phone.national())).isEqualTo(phone);
        assertThat(PhoneNumber.of(phone.international())).isEqualTo(phone);
    }

    @Provide
    Arbitrary<String> russianMobile() {
        return ValueArbitraries.russianMobile();
    }

    @Provide
    Arbitrary<String> digits() {
        return ValueArbitraries.russianMobileDigits();
    }
}
