package org.crmkit.benchmarks.rules;

/**
 * Rule sets in CRMKit's JSON format (crm-rules/RULES-FORMAT.md) over the {@code deal} fact schema, of any size, for
 * the evaluation and loading benchmarks. Rules cycle through ten shapes that together use every operator of the
 * language (exists, eq/ne, gt/gte/lt/lte on money, numbers and dates, in with options and with a list field,
 * between, and/or/not, parameters and "today"); each rule's literals depend on its index, so no two rules are the
 * same and no pair contradicts (the loader would refuse such a document).
 */
public final class DealRuleDocuments {
    private static final String[] STAGES = {"lead", "qualification", "proposal", "negotiation"};

    private DealRuleDocuments() {
    }

    /** A {@code deal} rule set of {@code size} rules, all triggered by any change, combined with ALL. */
    public static String ruleSet(int size) {
        StringBuilder json = new StringBuilder(size * 420);
        json.append("{\"ruleSet\":\"bench:deal.rules-").append(size).append("\",\"version\":1,\"schema\":\"deal\",")
                .append("\"combine\":\"ALL\",\"effectiveFrom\":\"2026-01-01\",")
                .append("\"params\":{\"floor\":{\"money\":\"20000 RUB\"}},\"rules\":[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                json.append(',');
            }
            rule(json, i);
        }
        return json.append("]}").toString();
    }

    private static void rule(StringBuilder json, int i) {
        json.append("{\"id\":\"bench:rule-").append(i).append("\",\"description\":\"Benchmark rule ").append(i)
                .append(" of shape ").append(i % 10).append("\",\"trigger\":{\"change\":[]},\"priority\":")
                .append(i % 3).append(",\"when\":").append(condition(i)).append(",\"then\":[");
        if (i % 2 == 0) {
            json.append("{\"violation\":{\"code\":\"bench.rule-").append(i)
                    .append("\",\"field\":\"amount\",\"en\":\"Benchmark rule ").append(i)
                    .append(" rejects the deal\",\"ru\":\"Правило ").append(i).append(" отклоняет сделку\"}}");
        } else {
            json.append("{\"emit\":{\"type\":\"bench.rule-").append(i).append("\",\"payload\":{\"rule\":").append(i)
                    .append("}}}");
        }
        json.append("]}");
    }

    private static String condition(int i) {
        int k = i / 10;
        return switch (i % 10) {
            case 0 -> "{\"and\":[{\"exists\":{\"field\":\"amount\"}},{\"gt\":[{\"field\":\"amount\"},{\"money\":\""
                    + (1_000 + k * 7) + " RUB\"}]}]}";
            case 1 -> "{\"and\":[{\"in\":[{\"field\":\"stage\"},[\"" + STAGES[k % 4] + "\",\"" + STAGES[(k + 2) % 4]
                    + "\"]]},{\"not\":{\"exists\":{\"field\":\"expectedClose\"}}},{\"gte\":[{\"field\":\"probability\"},"
                    + (k % 50) + "]}]}";
            case 2 -> "{\"lt\":[{\"field\":\"probability\"}," + (10 + k % 80) + "]}";
            case 3 -> "{\"between\":[{\"field\":\"contacts.count\"},1," + (1 + k % 5) + "]}";
            case 4 -> "{\"and\":[{\"or\":[{\"eq\":[{\"field\":\"pipeline\"},\"renewals\"]},{\"eq\":[{\"field\":\"status\"},"
                    + "\"OPEN\"]}]},{\"lte\":[{\"field\":\"amount\"},{\"money\":\"" + (30_000 + k * 11) + " RUB\"}]}]}";
            case 5 -> "{\"and\":[{\"not\":{\"in\":[\"DECISION_MAKER\",{\"field\":\"contacts.roles\"}]}},{\"gte\":["
                    + "{\"field\":\"amount\"},{\"money\":\"" + (5_000 + k * 13) + " RUB\"}]}]}";
            case 6 -> "{\"and\":[{\"eq\":[{\"field\":\"currency\"},\"USD\"]},{\"gt\":[{\"field\":\"probability\"},"
                    + (k % 100) + "]}]}";
            case 7 -> "{\"and\":[{\"exists\":{\"field\":\"contractReference\"}},{\"gt\":[{\"field\":\"contacts.count\"},"
                    + (k % 3) + "]},{\"ne\":[{\"field\":\"stage\"},\"" + STAGES[k % 4] + "\"]}]}";
            case 8 -> "{\"lt\":[{\"field\":\"expectedClose\"},{\"date\":\"today\",\"plusDays\":" + (k % 60 - 20) + "}]}";
            default -> "{\"or\":[{\"lt\":[{\"field\":\"amount\"},{\"param\":\"floor\"}]},{\"in\":[{\"field\":\"stage\"},[\""
                    + STAGES[k % 4] + "\"]]},{\"eq\":[{\"field\":\"title\"},\"Deal " + k + "\"]}]}";
        };
    }
}
