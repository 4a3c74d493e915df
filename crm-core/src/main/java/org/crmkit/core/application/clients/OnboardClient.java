package org.crmkit.core.application.clients;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crmkit.core.client.ClientKind;
import org.crmkit.core.shared.EmployeeId;

/**
 * Take on a new client. A company needs its legal name (and may give INN, KPP, OGRN); a person needs a first
 * and last name (and may give a 12-digit INN or OGRNIP). The owner defaults to the acting employee.
 */
public record OnboardClient(
        @NotNull ClientKind kind,
        @Size(max = 300) String displayName,
        @Size(max = 500) String legalName,
        @Size(max = 100) String firstName,
        @Size(max = 100) String middleName,
        @Size(max = 100) String lastName,
        @Size(max = 12) String inn,
        @Size(max = 9) String kpp,
        @Size(max = 15) String ogrn,
        @Size(max = 50) String segment,
        Set<@NotBlank @Size(max = 50) String> tags,
        EmployeeId owner,
        @Valid ExternalKey externalId) {

    public static OnboardClient company(String legalName, String inn) {
        return new OnboardClient(ClientKind.COMPANY, null, legalName, null, null, null, inn, null, null, null,
                Set.of(), null, null);
    }

    public static OnboardClient person(String firstName, String lastName) {
        return new OnboardClient(ClientKind.PERSON, null, null, firstName, null, lastName, null, null, null, null,
                Set.of(), null, null);
    }

    public OnboardClient withSegment(String newSegment) {
        return new OnboardClient(kind, displayName, legalName, firstName, middleName, lastName, inn, kpp, ogrn,
                newSegment, tags, owner, externalId);
    }

    public OnboardClient withOwner(EmployeeId newOwner) {
        return new OnboardClient(kind, displayName, legalName, firstName, middleName, lastName, inn, kpp, ogrn,
                segment, tags, newOwner, externalId);
    }

    public OnboardClient withExternalId(String system, String key) {
        return new OnboardClient(kind, displayName, legalName, firstName, middleName, lastName, inn, kpp, ogrn,
                segment, tags, owner, new ExternalKey(system, key));
    }

    public OnboardClient withTags(Set<String> newTags) {
        return new OnboardClient(kind, displayName, legalName, firstName, middleName, lastName, inn, kpp, ogrn,
                segment, newTags, owner, externalId);
    }
}
