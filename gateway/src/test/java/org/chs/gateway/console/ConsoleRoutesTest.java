package org.chs.gateway.console;

import org.chs.gateway.console.ConsoleRoutes.ConsoleFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleRoutesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "desk", "desk/persons/123", "review", "evaluations/ev-1/findings/", "desk/persons/%E5%BC%A0"})
    void shouldTreatAPathAsAConsolePageWhenItsLastSegmentHasNoExtension(String path) {
        assertThat(ConsoleFiles.isClientRoute(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"assets/index-abc.js", "favicon.svg", "assets/nope.css", "desk/report.pdf", "..%2Fapplication.yml",
            "assets/x%2Ejs"})
    void shouldTreatAPathAsAFileWhenItsLastSegmentHasAnExtension(String path) {
        assertThat(ConsoleFiles.isClientRoute(path)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "assets/index-BvX1.js, 'public, max-age=31536000, immutable'",
            "assets/fonts/x.woff2, 'public, max-age=31536000, immutable'",
            "index.html, 'no-cache, no-store, must-revalidate'",
            "favicon.svg, no-cache"})
    void shouldCacheEachKindOfFileAsLongAsItCannotChangeWhenServed(String path, String cacheControl) {
        assertThat(ConsoleFiles.cacheControl(path)).isEqualTo(cacheControl);
    }
}
