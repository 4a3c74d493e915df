package org.crmkit.examples.dashboard;

/** One bar of a chart: what it is, the number it draws, and the text shown beside it. */
record Bar(String label, double value, String shown) {
}
