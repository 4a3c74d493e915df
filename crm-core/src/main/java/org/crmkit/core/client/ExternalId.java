package org.crmkit.core.client;

import java.util.Locale;

import org.crmkit.core.shared.InvalidValue;

/**
 * The key of a client in another system (an ERP such as "1c", another CRM such as "salesforce"). The system
 * name is lower-cased so that "1C" and "1c" are one system; the key is kept as that system spells it.
 */
public record ExternalId(String system, String key) {
    public ExternalId {
        system = requireText(system, "system").toLowerCase(Locale.ROOT);
        key = requireText(key, "key");
    }

    public static ExternalId of(String system, String key) {
        return new ExternalId(system, key);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("external-id.missing", "An external id needs a " + what + ", got '" + value + "'",
                    "Во внешнем идентификаторе не указано поле «" + what + "», получено «" + value + "»");
        }
        return value.strip();
    }

    @Override
    public String toString() {
        return system + ":" + key;
    }
}
