package org.crmkit.testkit.arbitraries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import org.crmkit.core.access.FieldTag;
import org.crmkit.core.access.Role;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.access.Visibility;
import org.crmkit.core.application.claims.RegisterClaim;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.contacts.AddContact;
import org.crmkit.core.application.deals.OpenDeal;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.ClientKind;
import org.crmkit.core.contact.ChannelType;
import org.crmkit.core.organisation.RoleName;

/**
 * jqwik arbitraries for the commands of the application API and the user classes that issue them. Every command
 * generated here is valid: a use case called with it by someone allowed to call it succeeds (the kit's own
 * properties check this), so a property can concentrate on what it is about — access, masking, lists.
 */
public final class DomainArbitraries {
    private static final List<String> FIRST_NAMES = List.of("Ivan", "Anna", "Пётр", "Мария", "Olga", "Sergei",
            "Наталья", "Dmitry", "Елена", "Alexei");
    private static final List<String> LAST_NAMES = List.of("Petrov", "Smirnova", "Иванов", "Кузнецова", "Sokolov",
            "Popova", "Лебедев", "Novikova", "Морозов", "Volkov");
    private static final List<String> COMPANY_WORDS = List.of("Ромашка", "Vector", "Северсталь", "Alpha Trade",
            "ТехноСервис", "Pumps & Valves", "Гранит", "Orion", "Кедр", "Baltic Logistics");
    private static final List<String> CURRENCIES = List.of("RUB", "USD", "EUR", "CNY", "KZT");
    private static final BigDecimal MAX_DEAL = new BigDecimal("999999999999.99");

    private DomainArbitraries() {
    }

    /** Onboarding commands for companies: a legal name, a valid INN, sometimes KPP, OGRN, segment and tags. */
    public static Arbitrary<OnboardClient> onboardCompany() {
        Arbitrary<String> legalName = Combinators.combine(Arbitraries.of("ООО", "АО", "LLC", "ПАО"),
                Arbitraries.of(COMPANY_WORDS)).as((form, word) -> form + " " + word);
        return Combinators.combine(legalName, ValueArbitraries.inn10(), ValueArbitraries.kpp().injectNull(0.5),
                        ValueArbitraries.ogrn().injectNull(0.5), segment(), tags())
                .as((name, inn, kpp, ogrn, segment, tags) -> new OnboardClient(ClientKind.COMPANY, null, name, null,
                        null, null, inn, kpp, ogrn, segment, tags, null, null));
    }

    /** Onboarding commands for private persons: a name, sometimes a 12-digit INN and an OGRNIP. */
    public static Arbitrary<OnboardClient> onboardPerson() {
        return Combinators.combine(firstName(), lastName(), ValueArbitraries.inn12().injectNull(0.5),
                        ValueArbitraries.ogrnip().injectNull(0.7), segment(), tags())
                .as((first, last, inn, ogrnip, segment, tags) -> new OnboardClient(ClientKind.PERSON, null, null,
                        first, null, last, inn, null, ogrnip, segment, tags, null, null));
    }

    /** Either kind of client. */
    public static Arbitrary<OnboardClient> onboardClient() {
        return Arbitraries.oneOf(onboardCompany(), onboardPerson());
    }

    /** Deal amounts a command accepts: zero to just under a trillion, at most two decimals. */
    public static Arbitrary<BigDecimal> dealAmount() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, MAX_DEAL).ofScale(2);
    }

    /** Currency codes CRMKit clients commonly deal in. */
    public static Arbitrary<String> currencyCode() {
        return Arbitraries.of(CURRENCIES);
    }

    /** Deals to open with the client: sometimes with an amount (and then a currency) and an expected close date. */
    public static Arbitrary<OpenDeal> openDeal(ClientId client) {
        Arbitrary<String> title = Combinators.combine(Arbitraries.of("Supply of", "Service for", "Поставка",
                "Licences for"), Arbitraries.of(COMPANY_WORDS)).as((what, whom) -> what + " " + whom);
        Arbitrary<LocalDate> close = Arbitraries.integers().between(1, 365)
                .map(days -> LocalDate.of(2030, 1, 1).plusDays(days)).injectNull(0.5);
        return Combinators.combine(title, dealAmount().injectNull(0.3), currencyCode(), close)
                .as((t, amount, currency, date) -> new OpenDeal(client, t, null, amount,
                        amount == null ? null : currency, date));
    }

    /**
     * Contacts to add to the client: a name, sometimes an e-mail, sometimes a phone typed in one of the Russian
     * formats, and a preferred channel only among those given.
     */
    public static Arbitrary<AddContact> addContact(ClientId client) {
        return Combinators.combine(firstName(), lastName(), ValueArbitraries.email().injectNull(0.3),
                        ValueArbitraries.russianMobile().injectNull(0.3), Arbitraries.of(true, false))
                .as((first, last, email, phone, prefer) -> {
                    AddContact contact = new AddContact(client, first, null, last, "manager", email, phone, null);
                    if (prefer && phone != null) {
                        return contact.preferring(ChannelType.PHONE);
                    }
                    return prefer && email != null ? contact.preferring(ChannelType.EMAIL) : contact;
                });
    }

    /** Claims of the client, through any channel, of any severity. */
    public static Arbitrary<RegisterClaim> registerClaim(ClientId client) {
        return Combinators.combine(Arbitraries.of(ClaimChannel.class), Arbitraries.of("delivery", "quality",
                        "billing", "warranty"), Arbitraries.of(Severity.class), Arbitraries.of("Broken on arrival",
                        "Invoice twice", "Не работает", "Late delivery"))
                .as((channel, category, severity, subject) -> RegisterClaim.of(client, channel, category, severity,
                        subject, subject + ": details as the customer told them"));
    }

    /** One of the nine standard user classes. */
    public static Arbitrary<RoleName> standardRole() {
        return Arbitraries.of(StandardRoles.all().stream().map(Role::name).toList());
    }

    /** Any set of standard user classes, the empty set included (an employee who holds no role). */
    public static Arbitrary<Set<RoleName>> standardRoleSets() {
        return standardRole().set().ofMaxSize(4);
    }

    /**
     * Sets of standard user classes none of which shows personal data unmasked (the empty set included): whoever
     * holds only these must never receive a full phone number or e-mail address.
     */
    public static Arbitrary<Set<RoleName>> roleSetsWithoutPersonalData() {
        List<RoleName> masked = StandardRoles.all().stream()
                .filter(role -> role.visibility(FieldTag.PERSONAL_DATA) != Visibility.VISIBLE)
                .map(Role::name).toList();
        return Arbitraries.of(masked).set().ofMaxSize(masked.size());
    }

    public static Arbitrary<String> firstName() {
        return Arbitraries.of(FIRST_NAMES);
    }

    public static Arbitrary<String> lastName() {
        return Arbitraries.of(LAST_NAMES);
    }

    private static Arbitrary<String> segment() {
        return Arbitraries.of("smb", "enterprise", "public-sector", "retail").injectNull(0.5);
    }

    private static Arbitrary<Set<String>> tags() {
        return Arbitraries.of("vip", "export", "new", "partner", "tender").set().ofMaxSize(3)
                .map(set -> set.stream().collect(Collectors.toUnmodifiableSet()));
    }
}
