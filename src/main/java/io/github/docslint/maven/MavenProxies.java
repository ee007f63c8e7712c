package io.github.docslint.maven;

import io.github.docslint.links.Proxies;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** The active proxies of settings.xml, passwords decrypted, as the link checker takes them. */
final class MavenProxies {
    private MavenProxies() {}

    static Proxies from(List<Proxy> proxies, SettingsDecrypter decrypter) throws MojoExecutionException {
        Optional<Proxies.Proxy> http = Optional.empty();
        Optional<Proxies.Proxy> https = Optional.empty();
        for (Proxy p : proxies == null ? List.<Proxy>of() : proxies) {
            if (!p.isActive()) {
                continue;
            }
            String protocol = p.getProtocol() == null ? "http" : p.getProtocol().toLowerCase(Locale.ROOT);
            if (protocol.equals("http") && http.isEmpty()) {
                http = Optional.of(convert(decrypt(p, decrypter)));
            } else if (protocol.equals("https") && https.isEmpty()) {
                https = Optional.of(convert(decrypt(p, decrypter)));
            }
        }
        if (http.isEmpty() && https.isEmpty()) {
            return Proxies.none();
        }
        // settings.xml often declares only an http proxy and means it for everything, as most
        // corporate proxies tunnel https through the same port
        return new Proxies(http, https.isPresent() ? https : http, false);
    }

    private static Proxy decrypt(Proxy p, SettingsDecrypter decrypter) throws MojoExecutionException {
        if (decrypter == null || p.getPassword() == null) {
            return p;
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(p));
        Optional<String> error = decryptionError(result);
        if (error.isPresent()) {
            throw new MojoExecutionException("docslint: the password of proxy '" + p.getId()
                    + "' in settings.xml cannot be decrypted: " + error.get()
                    + "; check ~/.m2/settings-security.xml or set the password in clear");
        }
        return result.getProxy();
    }

    /** What went wrong decrypting settings.xml passwords (warnings aside), if anything. */
    static Optional<String> decryptionError(SettingsDecryptionResult result) {
        return result.getProblems().stream()
                .filter(problem -> problem.getSeverity() != SettingsProblem.Severity.WARNING)
                .map(SettingsProblem::getMessage)
                .findFirst();
    }

    private static Proxies.Proxy convert(Proxy p) throws MojoExecutionException {
        if (p.getHost() == null || p.getHost().isBlank()) {
            throw new MojoExecutionException("docslint: proxy '" + p.getId() + "' in settings.xml has no <host>");
        }
        List<String> nonProxy = new ArrayList<>();
        if (p.getNonProxyHosts() != null) {
            for (String h : p.getNonProxyHosts().split("[|,]")) {
                if (!h.isBlank()) {
                    nonProxy.add(h.strip());
                }
            }
        }
        String user = p.getUsername() == null || p.getUsername().isBlank() ? null : p.getUsername();
        return new Proxies.Proxy(
                p.getHost().strip(), p.getPort(), user, user == null ? null : p.getPassword(), nonProxy);
    }
}
