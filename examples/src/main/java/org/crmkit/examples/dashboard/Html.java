package org.crmkit.examples.dashboard;

/** Escaping for text and attribute values in the dashboard page. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
