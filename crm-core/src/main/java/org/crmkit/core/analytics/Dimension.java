package org.crmkit.core.analytics;

/**
 * The ways deal KPIs are sliced. The core model has owners, departments and dates; the other dimensions are
 * modelled explicitly as follows, so that an importer (or an ERP vendor) knows where to put them:
 * <ul>
 * <li>OWNER — the deal's owner (employee), labelled with their name;</li>
 * <li>DEPARTMENT — the deal's department, labelled with its name;</li>
 * <li>OFFICE — the regional office: the deal department's ancestor directly below the root of the department
 * tree (a department directly below the root is its own office; the root itself is office "(head office)");</li>
 * <li>SECTOR — the client's tag {@code sector:<value>} (e.g. {@code sector:technology}); "(none)" without one;</li>
 * <li>PRODUCT — the deal label {@code product} from {@link DealLabels} (e.g. "GTX Pro"); "(none)" without one;</li>
 * <li>CLOSE_MONTH — the month (ISO {@code 2017-03}, in the query's zone) the deal was won or lost; open deals go
 * under "open".</li>
 * </ul>
 * Every deal falls under exactly one key of each dimension, so the slices of a dimension add up to the whole.
 */
public enum Dimension {
    OWNER,
    DEPARTMENT,
    OFFICE,
    SECTOR,
    PRODUCT,
    CLOSE_MONTH
}
