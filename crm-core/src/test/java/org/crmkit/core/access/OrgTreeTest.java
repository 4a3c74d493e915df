package org.crmkit.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.InvalidOrgTree;
import org.crmkit.core.organisation.OrgTree;
import org.crmkit.core.shared.DepartmentId;
import org.junit.jupiter.api.Test;

class OrgTreeTest {
    private final Company c = new Company();

    @Test
    void a_department_is_within_itself_and_its_ancestors_only() {
        assertThat(c.tree.isWithin(c.salesMoscow, c.salesMoscow)).isTrue();
        assertThat(c.tree.isWithin(c.salesMoscow, c.sales)).isTrue();
        assertThat(c.tree.isWithin(c.salesMoscow, c.company)).isTrue();
        assertThat(c.tree.isWithin(c.sales, c.salesMoscow)).isFalse();
        assertThat(c.tree.isWithin(c.salesMoscow, c.salesSpb)).isFalse();
        assertThat(c.tree.isWithin(c.service, c.sales)).isFalse();
    }

    @Test
    void a_subtree_is_one_interval_that_contains_the_intervals_below_it() {
        OrgTree.Interval sales = c.tree.interval(c.sales);
        assertThat(sales.hi() - sales.lo() + 1).isEqualTo(3);
        assertThat(sales.contains(c.tree.interval(c.salesMoscow))).isTrue();
        assertThat(sales.contains(c.tree.position(c.salesSpb))).isTrue();
        assertThat(sales.contains(c.tree.position(c.service))).isFalse();
        assertThat(c.tree.interval(c.company)).isEqualTo(new OrgTree.Interval(0, 6));
        assertThat(c.tree.at(c.tree.position(c.marketing))).isEqualTo(c.marketing);
        assertThat(c.tree.parentOf(c.salesSpb)).contains(c.sales);
        assertThat(c.tree.parentOf(c.company)).isEmpty();
    }

    @Test
    void unknown_departments_are_within_nothing_but_themselves() {
        DepartmentId stranger = DepartmentId.newId();
        assertThat(c.tree.isWithin(stranger, stranger)).isTrue();
        assertThat(c.tree.isWithin(stranger, c.company)).isFalse();
        assertThat(c.tree.findInterval(stranger)).isEmpty();
    }

    @Test
    void builds_from_department_aggregates() {
        Department top = Department.root(DepartmentId.newId(), "Company");
        Department child = Department.under(DepartmentId.newId(), "Sales", top.id());
        OrgTree tree = OrgTree.of(List.of(child, top));
        assertThat(tree.isWithin(child.id(), top.id())).isTrue();
        assertThat(tree.size()).isEqualTo(2);
    }

    @Test
    void rejects_an_unknown_parent() {
        Map<DepartmentId, DepartmentId> parents = new LinkedHashMap<>();
        parents.put(DepartmentId.newId(), DepartmentId.newId());
        assertThatThrownBy(() -> OrgTree.fromParents(parents)).isInstanceOf(InvalidOrgTree.class)
                .extracting(e -> ((InvalidOrgTree) e).reason()).isEqualTo(InvalidOrgTree.Reason.UNKNOWN_PARENT);
    }

    @Test
    void rejects_a_cycle_even_beside_a_proper_tree() {
        DepartmentId root = DepartmentId.newId();
        DepartmentId a = DepartmentId.newId();
        DepartmentId b = DepartmentId.newId();
        Map<DepartmentId, DepartmentId> parents = new LinkedHashMap<>();
        parents.put(root, null);
        parents.put(a, b);
        parents.put(b, a);
        assertThatThrownBy(() -> OrgTree.fromParents(parents)).isInstanceOf(InvalidOrgTree.class)
                .hasMessageContaining("cycle")
                .extracting(e -> ((InvalidOrgTree) e).code()).isEqualTo("org-tree.invalid");
    }

    @Test
    void rejects_a_department_listed_twice() {
        Department d = Department.root(DepartmentId.newId(), "Company");
        assertThatThrownBy(() -> OrgTree.of(List.of(d, d))).isInstanceOf(InvalidOrgTree.class)
                .extracting(e -> ((InvalidOrgTree) e).reason()).isEqualTo(InvalidOrgTree.Reason.DUPLICATE_DEPARTMENT);
    }

    @Test
    void builds_ten_thousand_departments_fast_both_as_a_deep_chain_and_a_random_tree() {
        List<DepartmentId> ids = new ArrayList<>();
        Map<DepartmentId, DepartmentId> chain = new LinkedHashMap<>();
        Map<DepartmentId, DepartmentId> random = new LinkedHashMap<>();
        Random rnd = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            DepartmentId id = DepartmentId.newId();
            chain.put(id, i == 0 ? null : ids.get(i - 1));
            random.put(id, i == 0 ? null : ids.get(rnd.nextInt(i)));
            ids.add(id);
        }
        // Deep chains must not overflow the stack; how fast trees build is for JMH, not for a unit test.
        OrgTree deep = OrgTree.fromParents(chain);
        OrgTree wide = OrgTree.fromParents(random);

        assertThat(deep.isWithin(ids.get(9_999), ids.get(0))).isTrue();
        assertThat(deep.isWithin(ids.get(0), ids.get(9_999))).isFalse();
        assertThat(deep.interval(ids.get(0))).isEqualTo(new OrgTree.Interval(0, 9_999));
        for (int i = 1; i < 10_000; i += 97) {
            DepartmentId parent = random.get(ids.get(i));
            assertThat(wide.isWithin(ids.get(i), parent)).isTrue();
            assertThat(wide.interval(parent).contains(wide.interval(ids.get(i)))).isTrue();
        }
    }
}
