package org.lln.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lln.platform.problem.InvalidParameterException;

class PageRequestTest {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt");

    @Test
    void defaultsToTheFirstPageOfTwentyInTheDefaultOrderEndingWithTheId() {
        PageRequest request = PageRequest.of(null, null, null, SORTABLE, "name");

        assertThat(request.page()).isZero();
        assertThat(request.size()).isEqualTo(20);
        assertThat(request.sort().getColumns()).extracting(Sort.Column::getName).containsExactly("name", "id");
    }

    @Test
    void readsDirectionsAndMapsApiFieldsToAttributes() {
        PageRequest request = PageRequest.of(2, 50, "-createdAt,+name", SORTABLE, "name");

        assertThat(request.sort().getColumns())
                .extracting(Sort.Column::getName, Sort.Column::getDirection)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("createdAt", Sort.Direction.Descending),
                        org.assertj.core.groups.Tuple.tuple("name", Sort.Direction.Ascending),
                        org.assertj.core.groups.Tuple.tuple("id", Sort.Direction.Ascending));
        assertThat(request.panachePage().index).isEqualTo(2);
        assertThat(request.panachePage().size).isEqualTo(50);
    }

    @Test
    void refusesOutOfRangeValuesNamingTheParameter() {
        assertThatThrownBy(() -> PageRequest.of(-1, 20, null, SORTABLE, "name"))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.error().field()).isEqualTo("page"));
        assertThatThrownBy(() -> PageRequest.of(0, 0, null, SORTABLE, "name"))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.error().field()).isEqualTo("size"));
        assertThatThrownBy(() -> PageRequest.of(0, PageRequest.MAX_SIZE + 1, null, SORTABLE, "name"))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.error().field()).isEqualTo("size"));
        assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE, 100, null, SORTABLE, "name"))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.error().field()).isEqualTo("page"));
    }

    @Test
    void refusesUnknownOrEmptySortFieldsListingTheAllowedOnes() {
        assertThatThrownBy(() -> PageRequest.of(0, 20, "password", SORTABLE, "name"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("createdAt, name");
        assertThatThrownBy(() -> PageRequest.of(0, 20, "name,", SORTABLE, "name"))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.error().field()).isEqualTo("sort"));
        assertThatThrownBy(() -> PageRequest.of(0, 20, "-", SORTABLE, "name"))
                .isInstanceOf(InvalidParameterException.class);
    }
}
