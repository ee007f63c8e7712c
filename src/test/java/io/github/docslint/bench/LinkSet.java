package io.github.docslint.bench;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The links a benchmark checks and the truth about them. Port-free, so it can be generated before the
 * server that answers for it is started.
 *
 * @param links in the order given to the checker
 * @param headRefusingHosts hosts whose server answers 405 to HEAD (GET works)
 */
record LinkSet(List<Link> links, Set<String> headRefusingHosts) {
    LinkSet {
        links = List.copyOf(links);
        headRefusingHosts = Set.copyOf(headRefusingHosts);
    }

    /** One link on a simulated host; {@code broken} means its server answers 404. */
    record Link(String host, String pathAndQuery, boolean broken) {
        /** What {@link SimulatedHosts} knows a request by: host without port, then path and query. */
        String key() {
            return SimulatedHosts.key(host, pathAndQuery);
        }

        String url(int port) {
            return "http://" + host + ":" + port + pathAndQuery;
        }
    }

    List<String> urls(int port) {
        return links.stream().map(l -> l.url(port)).toList();
    }

    Set<String> brokenUrls(int port) {
        Set<String> out = new LinkedHashSet<>();
        links.stream().filter(Link::broken).forEach(l -> out.add(l.url(port)));
        return out;
    }

    Set<String> brokenKeys() {
        Set<String> out = new LinkedHashSet<>();
        links.stream().filter(Link::broken).forEach(l -> out.add(l.key()));
        return out;
    }

    /** Host to number of links, in order of first appearance. */
    Map<String, Integer> urlsPerHost() {
        Map<String, Integer> out = new LinkedHashMap<>();
        links.forEach(l -> out.merge(l.host(), 1, Integer::sum));
        return out;
    }
}
