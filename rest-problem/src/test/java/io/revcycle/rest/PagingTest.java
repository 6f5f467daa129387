package io.revcycle.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void shouldTakeTheDefaultsAndTheGivenNumbers() {
        assertThat(Paging.of(null, " ", 50, 200)).isEqualTo(new Paging(0, 50));
        assertThat(Paging.of(" 3 ", "200", 50, 200)).isEqualTo(new Paging(3, 200));
    }

    @Test
    void shouldRefuseWhatIsNoPageAsA400NamingTheParameter() {
        assertThatThrownBy(() -> Paging.of("x", null, 50, 200)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("page must be a whole number").extracting("status").isEqualTo(400);
        assertThatThrownBy(() -> Paging.of(null, "201", 50, 200)).hasMessage("size must be between 1 and 200");
        assertThatThrownBy(() -> Paging.of(null, "0", 50, 200)).hasMessage("size must be between 1 and 200");
        assertThatThrownBy(() -> Paging.of("-1", null, 50, 200)).hasMessageContaining("page must be between 0 and");
        assertThatThrownBy(() -> Paging.of(String.valueOf(Integer.MAX_VALUE), "2", 50, 200))
                .hasMessage("page must be between 0 and " + Integer.MAX_VALUE / 2);
    }
}
