package io.github.docslint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MattermostShapedLinksTest {
    private static final int PORT = 8123;

    @Test
    void theSetHas1761UniqueUrlsOn187HostsTheLargestHolding470() {
        LinkSet set = MattermostShapedLinks.generate(1);
        List<String> urls = set.urls(PORT);
        assertThat(urls).hasSize(1761).doesNotHaveDuplicates();
        Map<String, Integer> perHost = set.urlsPerHost();
        assertThat(perHost).hasSize(187);
        assertThat(perHost.values().stream().mapToInt(Integer::intValue).max()).hasValue(470);
        assertThat(perHost).containsEntry("h000.test", 470);
    }

    @Test
    void everyUrlIsAnHttpUrlOnATestHostAtThePort() {
        for (String url : MattermostShapedLinks.generate(1).urls(PORT)) {
            URI uri = URI.create(url);
            assertThat(uri.getScheme()).isEqualTo("http");
            assertThat(uri.getHost()).matches("h\\d{3}\\.test");
            assertThat(uri.getPort()).isEqualTo(PORT);
            assertThat(uri.getRawPath()).startsWith("/");
        }
    }

    @Test
    void hostSizesAreHeavyTailedNonIncreasingAndSumExactly() {
        int[] sizes = MattermostShapedLinks.hostSizes(1761, 187, 470);
        assertThat(Arrays.stream(sizes).sum()).isEqualTo(1761);
        assertThat(sizes[0]).isEqualTo(470);
        for (int k = 1; k < sizes.length; k++) {
            assertThat(sizes[k]).as("rank %d", k + 1).isBetween(1, sizes[k - 1]);
        }
        // heavy tail: the top few hosts hold much, most hosts hold very few
        assertThat(sizes[0] + sizes[1] + sizes[2] + sizes[3] + sizes[4]).isGreaterThan(1761 / 3);
        assertThat(Arrays.stream(sizes).filter(s -> s <= 3).count()).isGreaterThan(187 / 2);
    }

    @Test
    void otherShapesAlsoSumExactly() {
        assertThat(Arrays.stream(MattermostShapedLinks.hostSizes(60, 6, 30)).sum())
                .isEqualTo(60);
        assertThat(MattermostShapedLinks.hostSizes(10, 10, 1)).containsOnly(1);
        assertThat(MattermostShapedLinks.hostSizes(12, 3, 4)).containsExactly(4, 4, 4);
        assertThatThrownBy(() -> MattermostShapedLinks.hostSizes(10, 3, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameSeedGivesTheSameSetAndAnotherSeedAnotherOne() {
        assertThat(MattermostShapedLinks.generate(42)).isEqualTo(MattermostShapedLinks.generate(42));
        assertThat(MattermostShapedLinks.generate(42).urls(PORT))
                .isNotEqualTo(MattermostShapedLinks.generate(43).urls(PORT));
    }

    @Test
    void twoPercentAreBrokenAllInsideTheSet() {
        LinkSet set = MattermostShapedLinks.generate(7);
        Set<String> broken = set.brokenUrls(PORT);
        assertThat(broken).hasSize(35); // round(1761 * 0.02)
        assertThat(new HashSet<>(set.urls(PORT))).containsAll(broken);
        assertThat(set.brokenKeys()).hasSize(35);
    }

    @Test
    void aFewSmallerHostsRefuseHeadButNeverTheLargest() {
        LinkSet set = MattermostShapedLinks.generate(7);
        assertThat(set.headRefusingHosts()).hasSize(9); // round(187 * 0.05)
        assertThat(set.urlsPerHost().keySet()).containsAll(set.headRefusingHosts());
        assertThat(set.headRefusingHosts()).doesNotContain("h000.test");
    }

    @Test
    void oneHostsLinksAreSpreadThroughTheListNotBunched() {
        List<String> hosts = MattermostShapedLinks.generate(3).links().stream()
                .map(LinkSet.Link::host)
                .toList();
        // the largest host holds 27% of the links; bunched, the first 470 would all be it
        assertThat(hosts.subList(0, 470).stream().filter("h000.test"::equals).count())
                .isLessThan(200);
    }

    @Test
    void theCorpusShapeIsTheOneTheIssueStates() throws Exception {
        var sizes = MattermostShapedLinks.corpusHostSizes(LinkBenchmark.CORPUS);
        org.junit.jupiter.api.Assumptions.assumeTrue(
                sizes.isPresent(), "../shared/corpus/mattermost-docs not found: corpus shape not checked");
        int[] s = sizes.get();
        assertThat(s).hasSize(187);
        assertThat(s[0]).isEqualTo(470);
        assertThat(java.util.Arrays.stream(s).sum()).isEqualTo(1761);
        LinkSet links = MattermostShapedLinks.shaped(s, 0.02, 0.05, 1);
        assertThat(links.links()).hasSize(1761);
    }
}
