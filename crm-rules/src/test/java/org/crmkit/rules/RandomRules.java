package org.crmkit.rules;

import static org.crmkit.rules.Conditions.field;
import static org.crmkit.rules.Conditions.today;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.crmkit.rules.TestDeal.ContactRole;
import org.crmkit.rules.TestDeal.Segment;
import org.crmkit.rules.TestDeal.Stage;

/**
 * Random conditions over the test deal schema, each rendered twice — with the Java combinators and as JSON
 * text written here by hand (not by the library's canonical writer) — and random deals to run them on.
 */
final class RandomRules {
    /** One condition in both notations. */
    record Both(Condition java, String json) {
    }

    private RandomRules() {
    }

    static Arbitrary<Both> conditions() {
        return condition(3);
    }

    private static Arbitrary<Both> condition(int depth) {
        if (depth == 0) {
            return leaf();
        }
        Arbitrary<Both> child = Arbitraries.lazy(() -> condition(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple(4, leaf()),
                Tuple(1, child.list().ofMinSize(1).ofMaxSize(3).map(children -> junction("and", children))),
                Tuple(1, child.list().ofMinSize(1).ofMaxSize(3).map(children -> junction("or", children))),
                Tuple(1, child.map(c -> new Both(Conditions.not(c.java()), "{\"not\":" + c.json() + "}"))));
    }

    private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends Both>> Tuple(int weight, Arbitrary<Both> arbitrary) {
        return net.jqwik.api.Tuple.of(weight, arbitrary);
    }

    private static Both junction(String op, List<Both> children) {
        Condition[] java = children.stream().map(Both::java).toArray(Condition[]::new);
        String json = "{\"" + op + "\":[" + String.join(",", children.stream().map(Both::json).toList()) + "]}";
        return new Both(op.equals("and") ? Conditions.and(java) : Conditions.or(java), json);
    }

    private static Arbitrary<Both> leaf() {
        Arbitrary<Condition.Op> ops = Arbitraries.of(Condition.Op.class);
        return Arbitraries.oneOf(
                Combinators.combine(ops, money()).as((op, m) -> compare(op, "amount", m, money(m))),
                Combinators.combine(money(), money()).as((low, high) -> new Both(field("amount").between(low, high),
                        "{\"between\":[{\"field\":\"amount\"}," + money(low) + "," + money(high) + "]}")),
                Arbitraries.of(Stage.class).set().ofMinSize(1).ofMaxSize(3).map(stages -> new Both(
                        field("stage").in(stages.toArray()), "{\"in\":[{\"field\":\"stage\"},["
                        + String.join(",", stages.stream().map(s -> "\"" + s + "\"").toList()) + "]]}")),
                Combinators.combine(Arbitraries.of(Condition.Op.EQ, Condition.Op.NE), Arbitraries.of(Segment.class))
                        .as((op, segment) -> compare(op, "client.segment", segment, "\"" + segment + "\"")),
                Arbitraries.of(ContactRole.class).map(role -> new Both(field("contacts.roles").contains(role),
                        "{\"in\":[\"" + role + "\",{\"field\":\"contacts.roles\"}]}")),
                Arbitraries.of("contractReference", "amount", "expectedClose", "contacts.roles", "strategic")
                        .map(name -> new Both(field(name).isPresent(), "{\"exists\":{\"field\":\"" + name + "\"}}")),
                Combinators.combine(ops, Arbitraries.integers().between(-10, 10), Arbitraries.of(true, false))
                        .as((op, days, business) -> new Both(
                                Conditions.compare(op, field("expectedClose"), business ? today().plusBusinessDays(days) : today().plusDays(days)),
                                "{\"" + op.json() + "\":[{\"field\":\"expectedClose\"},{\"date\":\"today\",\""
                                        + (business ? "plusBusinessDays" : "plusDays") + "\":" + days + "}]}")),
                Combinators.combine(ops, Arbitraries.integers().between(-20, 20))
                        .as((op, days) -> compare(op, "expectedClose", Fixtures.TODAY.plusDays(days),
                                "\"" + Fixtures.TODAY.plusDays(days) + "\"")),
                Combinators.combine(ops, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(50)).ofScale(1))
                        .as((op, n) -> compare(op, "discountPercent", n, n.toPlainString())),
                ops.map(op -> new Both(Conditions.compare(op, field("discountPercent"), Conditions.param("maxDiscount")),
                        "{\"" + op.json() + "\":[{\"field\":\"discountPercent\"},{\"param\":\"maxDiscount\"}]}")),
                Combinators.combine(Arbitraries.of(Condition.Op.EQ, Condition.Op.NE), Arbitraries.of(true, false))
                        .as((op, flag) -> compare(op, "strategic", flag, flag.toString())),
                Combinators.combine(ops, Arbitraries.integers().between(-5, 5)).as((op, hours) -> {
                    Instant at = Fixtures.CLOCK.instant().plusSeconds(hours * 3600L);
                    return compare(op, "createdAt", at, "\"" + at + "\"");
                }));
    }

    private static Both compare(Condition.Op op, String name, Object literal, String jsonLiteral) {
        return new Both(Conditions.compare(op, field(name), literal),
                "{\"" + op.json() + "\":[{\"field\":\"" + name + "\"}," + jsonLiteral + "]}");
    }

    private static Arbitrary<MoneyValue> money() {
        return Combinators.combine(Arbitraries.integers().between(0, 2_000_000), Arbitraries.of("RUB", "RUB", "USD"))
                .as((amount, currency) -> MoneyValue.of(BigDecimal.valueOf(amount, 2), currency));
    }

    private static String money(MoneyValue money) {
        return "{\"money\":\"" + money.amount().toPlainString() + " " + money.currency() + "\"}";
    }

    static Arbitrary<TestDeal> deals() {
        Arbitrary<MoneyValue> amount = money().injectNull(0.2);
        Arbitrary<Stage> stage = Arbitraries.of(Stage.class).injectNull(0.1);
        Arbitrary<List<ContactRole>> roles = Arbitraries.of(ContactRole.class).list().ofMaxSize(3).injectNull(0.1);
        Arbitrary<String> contract = Arbitraries.of("C-1", "", "  ", "K-7").injectNull(0.3);
        Arbitrary<LocalDate> close = Arbitraries.integers().between(-20, 20).map(Fixtures.TODAY::plusDays).injectNull(0.2);
        Arbitrary<Segment> segment = Arbitraries.of(Segment.class).injectNull(0.1);
        Arbitrary<BigDecimal> discount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(50)).ofScale(1).injectNull(0.2);
        Arbitrary<Boolean> strategic = Arbitraries.of(true, false).injectNull(0.2);
        Arbitrary<Instant> created = Arbitraries.integers().between(-5, 5)
                .map(hours -> Fixtures.CLOCK.instant().plusSeconds(hours * 3600L)).injectNull(0.2);
        return Combinators.combine(List.of(any(amount), any(stage), any(roles), any(contract), any(close), any(segment),
                any(discount), any(strategic), any(created))).as(values -> newDeal(new ArrayList<>(values)));
    }

    private static Arbitrary<Object> any(Arbitrary<?> arbitrary) {
        return arbitrary.map(value -> value);
    }

    @SuppressWarnings("unchecked")
    private static TestDeal newDeal(List<Object> v) {
        return new TestDeal((MoneyValue) v.get(0), (Stage) v.get(1), (List<ContactRole>) v.get(2), (String) v.get(3),
                (LocalDate) v.get(4), (Segment) v.get(5), (BigDecimal) v.get(6), (Boolean) v.get(7), (Instant) v.get(8));
    }

    /** A validation rule with the condition, in JSON. */
    static String jsonRule(String id, Both condition) {
        return "{\"id\":\"" + id + "\",\"trigger\":{\"change\":[]},\"when\":" + condition.json()
                + ",\"then\":[{\"violation\":{\"code\":\"" + id + "\",\"en\":\"Problem\",\"ru\":\"Проблема\"}}]}";
    }

    static Rule javaRule(String id, Both condition) {
        return Rule.define(id).on(Trigger.onChange()).when(condition.java())
                .then(new Effect.Violation(id, null, "Problem", "Проблема")).build();
    }
}
