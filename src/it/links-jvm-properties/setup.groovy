// Starts two servers on 127.0.0.1 and points this IT's Maven JVM at them through .mvn/jvm.config
// (outer -D options never reach an IT build, and the JVM's proxy and trust store properties must be
// set at JVM start, not as Maven user properties):
//  - a forward proxy (plain HTTP) that answers for docs.proxied.test, a name no resolver knows, so
//    the http link works only if the request really went through http.proxyHost/http.proxyPort;
//  - an HTTPS server whose self-signed certificate is trusted only by the trust store made here, so
//    the https link works only if javax.net.ssl.trustStore is honoured. (Without that trust store the
//    certificate is untrusted and the link is broken: the engine's unit tests cover that case.)
// The JVM's default http.nonProxyHosts (localhost|127.*|...) keeps the HTTPS request direct, and no
// https.proxyHost is set. verify.groovy stops both servers.
import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpHandler
import com.sun.net.httpserver.HttpServer
import com.sun.net.httpserver.HttpsConfigurator
import com.sun.net.httpserver.HttpsServer
import java.security.KeyStore
import javax.net.ssl.KeyManagerFactory
import javax.net.ssl.SSLContext

def password = 'changeit'
def tls = new File(basedir, 'tls')
tls.mkdirs()
def serverStore = new File(tls, 'server.p12')
def certificate = new File(tls, 'server.cer')
def trustStore = new File(tls, 'trust.p12')
[serverStore, certificate, trustStore].each { it.delete() } // keytool refuses to overwrite an alias

// the JDK's own keytool, so the IT needs nothing beyond the JDK that runs the build
def keytool = new File(System.getProperty('java.home'), 'bin/keytool').absolutePath
def run = { List<String> args ->
    def process = new ProcessBuilder([keytool] + args).redirectErrorStream(true).start()
    def output = process.inputStream.text
    int exit = process.waitFor()
    if (exit != 0) {
        throw new IllegalStateException("keytool ${args[0]} exited with ${exit}:\n${output}")
    }
}
// the HTTPS client checks the IP address against the subject alternative names, not the CN
run(['-genkeypair', '-alias', 'server', '-keyalg', 'RSA', '-keysize', '2048', '-validity', '2',
     '-dname', 'CN=127.0.0.1', '-ext', 'san=ip:127.0.0.1',
     '-keystore', serverStore.path, '-storetype', 'PKCS12', '-storepass', password, '-keypass', password])
run(['-exportcert', '-alias', 'server', '-keystore', serverStore.path, '-storepass', password,
     '-file', certificate.path])
run(['-importcert', '-noprompt', '-alias', 'server', '-file', certificate.path,
     '-keystore', trustStore.path, '-storetype', 'PKCS12', '-storepass', password])

// HTTPS server: 200 for /secure, 404 otherwise; records "METHOD path"
def keys = KeyStore.getInstance('PKCS12')
serverStore.withInputStream { keys.load(it, password.toCharArray()) }
def keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.defaultAlgorithm)
keyManagers.init(keys, password.toCharArray())
def ssl = SSLContext.getInstance('TLS')
ssl.init(keyManagers.keyManagers, null, null)
def https = HttpsServer.create(new InetSocketAddress('127.0.0.1', 0), 0)
https.httpsConfigurator = new HttpsConfigurator(ssl)
def httpsRequests = Collections.synchronizedList([])
https.createContext('/', { HttpExchange ex ->
    httpsRequests << ex.requestMethod + ' ' + ex.requestURI.path
    ex.sendResponseHeaders(ex.requestURI.path == '/secure' ? 200 : 404, -1)
    ex.close()
} as HttpHandler)
https.start()

// forward proxy: a client sends it the absolute-form target ("HEAD http://docs.proxied.test/page
// HTTP/1.1"), which the JDK server hands over whole as the request URI (the context matches its
// path). 200 for the one proxied host, 502 otherwise, as a proxy that cannot reach the host would.
// Records "METHOD uri" with the full URI, so verify.groovy sees what went through the proxy.
def proxy = HttpServer.create(new InetSocketAddress('127.0.0.1', 0), 0)
def proxyRequests = Collections.synchronizedList([])
proxy.createContext('/', { HttpExchange ex ->
    proxyRequests << ex.requestMethod + ' ' + ex.requestURI
    ex.sendResponseHeaders(ex.requestURI.host == 'docs.proxied.test' ? 200 : 502, -1)
    ex.close()
} as HttpHandler)
proxy.start()

System.properties.put('docslint.it.jvmprops.https', https)
System.properties.put('docslint.it.jvmprops.httpsRequests', httpsRequests)
System.properties.put('docslint.it.jvmprops.proxy', proxy)
System.properties.put('docslint.it.jvmprops.proxyRequests', proxyRequests)

// .mvn/jvm.config: the mvn launcher splits it on whitespace without honouring quotes, so a path
// with a space cannot be passed; fail here rather than with a confusing TLS error later
if (trustStore.absolutePath =~ /\s/) {
    throw new IllegalStateException("cannot pass a trust store path with whitespace in .mvn/jvm.config: ${trustStore.absolutePath}")
}
def mvn = new File(basedir, '.mvn') // also marks the project root for the launcher
mvn.mkdirs()
new File(mvn, 'jvm.config').text = [
    '-Dhttp.proxyHost=127.0.0.1',
    "-Dhttp.proxyPort=${proxy.address.port}",
    "-Djavax.net.ssl.trustStore=${trustStore.absolutePath}",
    "-Djavax.net.ssl.trustStorePassword=${password}",
    '-Djavax.net.ssl.trustStoreType=PKCS12',
].join(' ') + '\n'

// the page, now that the HTTPS port is known
new File(basedir, 'source/index.rst').text = """\
Links
=====

The `mirror <http://docs.proxied.test/page>`_ is reached through the proxy.

The `secure page <https://127.0.0.1:${https.address.port}/secure>`_ has a private certificate.
"""
return true
