package org.crmkit.examples.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;

/** Reads a keyset-paged list of the CRM to its end, page by page (the way a report would). */
final class Pages {
    private static final int SIZE = 100;

    private Pages() {
    }

    static <T> List<T> all(Function<PageRequest, Page<T>> list) {
        List<T> items = new ArrayList<>();
        Page<T> page = list.apply(PageRequest.first(SIZE));
        items.addAll(page.items());
        while (page.next().isPresent()) {
            page = list.apply(page.nextRequest(SIZE));
            items.addAll(page.items());
        }
        return items;
    }
}
