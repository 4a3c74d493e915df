package org.crmkit.core.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A postal address with an ISO 3166 alpha-2 country and a city; the other parts are optional, trimmed, and
 * {@code null} when blank so that an absent part has one representation.
 */
public record Address(String country, String region, String city, String street, String building, String postalCode) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Address {
        country = checkCountry(country);
        if (city == null || city.isBlank()) {
            throw new InvalidValue("address.city-missing", "City is required, got '" + city + "'",
                    "Не указан город, получено «" + city + "»");
        }
        city = city.trim();
        region = optional(region);
        street = optional(street);
        building = optional(building);
        postalCode = optional(postalCode);
    }

    public static Address of(String country, String region, String city, String street, String building,
                             String postalCode) {
        return new Address(country, region, city, street, building, postalCode);
    }

    public static Address of(String country, String city) {
        return new Address(country, null, city, null, null, null);
    }

    /** From the most to the least specific part, as on an envelope: "Tverskaya 7, Moscow, Moscow, 125009, RU". */
    public String oneLine() {
        String streetAndBuilding = Stream.of(street, building).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return Stream.of(streetAndBuilding.isEmpty() ? null : streetAndBuilding, city, region, postalCode, country)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    private static String checkCountry(String country) {
        String code = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
        if (code == null || !COUNTRIES.contains(code)) {
            throw new InvalidValue("address.country",
                    "Country must be an ISO 3166 alpha-2 code such as RU, got '" + country + "'",
                    "Страна должна быть указана кодом ISO 3166 alpha-2, например RU, получено «" + country + "»");
        }
        return code;
    }

    private static String optional(String part) {
        return part == null || part.isBlank() ? null : part.trim();
    }
}
