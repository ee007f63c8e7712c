// Prepares a build whose only way to the proxied link is the active proxy of settings.xml, with a
// password Maven must decrypt first:
//  - a forward proxy on 127.0.0.1 that demands Basic authentication (407 until the right
//    Proxy-Authorization arrives) and answers for docs.proxied.test, a name no resolver knows;
//  - a decoy proxy, declared first in settings.xml but inactive: it must see nothing;
//  - a plain server on 127.0.0.1, listed in nonProxyHosts, so its link must go direct;
//  - a master password in settings-security.xml and the proxy password encrypted with it, both made
//    by the Maven that runs this script (its own CLI, so the IT tests Maven's real cipher format);
//  - .mvn/jvm.config with -Dsettings.security, so the IT's Maven decrypts with that master (outer -D
//    options never reach an IT build, and ~/.m2/settings-security.xml must stay untouched);
//  - the settings file invoker.properties names: src/it/settings.xml (the local repository profile,
//    still unfiltered; the invoker fills in @localRepositoryUrl@ when it uses the file) plus <proxies>.
// verify.groovy stops the servers.
import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpHandler
import com.sun.net.httpserver.HttpServer

def user = 'docs-bot'
def proxyPassword = 'pr0xy-S3cret'
def masterPassword = 'it-master-password'

// the forward proxy: a client sends it the absolute-form target ("HEAD http://docs.proxied.test/page
// HTTP/1.1"), which the JDK server hands over whole as the request URI. Without the expected
// credentials 407 and a Basic challenge; with them 200 for the one proxied host, 502 otherwise (a
// proxy that cannot reach the host). Records method, full URI and the Proxy-Authorization header.
def expectedAuth = 'Basic ' + "${user}:${proxyPassword}".bytes.encodeBase64().toString()
def proxy = HttpServer.create(new InetSocketAddress('127.0.0.1', 0), 0)
def proxyRequests = Collections.synchronizedList([])
proxy.createContext('/', { HttpExchange ex ->
    def auth = ex.requestHeaders.getFirst('Proxy-Authorization')
    proxyRequests << [method: ex.requestMethod, uri: ex.requestURI.toString(), auth: auth]
    if (auth != expectedAuth) {
        ex.responseHeaders.add('Proxy-Authenticate', 'Basic realm="x"')
        ex.sendResponseHeaders(407, -1)
    } else {
        ex.sendResponseHeaders(ex.requestURI.host == 'docs.proxied.test' ? 200 : 502, -1)
    }
    ex.close()
} as HttpHandler)
proxy.start()

// the decoy: answers like a proxy without authentication, so a build that used it would pass the
// proxied link and only the recorded requests would tell
def decoy = HttpServer.create(new InetSocketAddress('127.0.0.1', 0), 0)
def decoyRequests = Collections.synchronizedList([])
decoy.createContext('/', { HttpExchange ex ->
    decoyRequests << ex.requestMethod + ' ' + ex.requestURI
    ex.sendResponseHeaders(200, -1)
    ex.close()
} as HttpHandler)
decoy.start()

// the direct server: 200 for /direct, 404 otherwise; records "METHOD path"
def direct = HttpServer.create(new InetSocketAddress('127.0.0.1', 0), 0)
def directRequests = Collections.synchronizedList([])
direct.createContext('/', { HttpExchange ex ->
    directRequests << ex.requestMethod + ' ' + ex.requestURI.path
    ex.sendResponseHeaders(ex.requestURI.path == '/direct' ? 200 : 404, -1)
    ex.close()
} as HttpHandler)
direct.start()

System.properties.put('docslint.it.settingsproxy.proxy', proxy)
System.properties.put('docslint.it.settingsproxy.proxyRequests', proxyRequests)
System.properties.put('docslint.it.settingsproxy.decoy', decoy)
System.properties.put('docslint.it.settingsproxy.decoyRequests', decoyRequests)
System.properties.put('docslint.it.settingsproxy.direct', direct)
System.properties.put('docslint.it.settingsproxy.directRequests', directRequests)
// verify.groovy checks that neither form of the password leaks into build.log
System.properties.put('docslint.it.settingsproxy.password', proxyPassword)

// Maven's CLI, from the distribution running this script (the wrapper's); run in basedir before
// .mvn/jvm.config exists, so the settings.security of that file cannot interfere
def mavenHome = System.getProperty('maven.home')
if (mavenHome == null) {
    throw new IllegalStateException('maven.home is not set: cannot find the mvn that encrypts the passwords')
}
def windows = System.getProperty('os.name').toLowerCase(Locale.ROOT).contains('win')
def mvn = new File(mavenHome, windows ? 'bin/mvn.cmd' : 'bin/mvn').absolutePath
def encrypt = { List<String> args ->
    def process = new ProcessBuilder([mvn, '-B'] + args).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    int exit = process.waitFor()
    // the encrypted value is the one line in {...} form; anything else (a JVM warning) is noise
    def value = output.readLines()*.trim().find { it ==~ /\{[A-Za-z0-9+\/=]+\}/ }
    if (exit != 0 || value == null) {
        throw new IllegalStateException("mvn ${args[0]} exited with ${exit}, no {...} value in:\n${output}")
    }
    return value
}
def security = new File(basedir, 'settings-security.xml')
if (security.absolutePath =~ /\s/) {
    // the mvn launcher splits .mvn/jvm.config on whitespace without honouring quotes
    throw new IllegalStateException("cannot pass a path with whitespace in .mvn/jvm.config: ${security.absolutePath}")
}
def encryptedMaster = encrypt(['--encrypt-master-password', masterPassword])
security.text = "<settingsSecurity><master>${encryptedMaster}</master></settingsSecurity>\n"
def encryptedPassword = encrypt(["-Dsettings.security=${security.absolutePath}".toString(),
                                 '--encrypt-password', proxyPassword])
System.properties.put('docslint.it.settingsproxy.encryptedPassword', encryptedPassword)

def dotMvn = new File(basedir, '.mvn') // also marks the project root for the launcher
dotMvn.mkdirs()
new File(dotMvn, 'jvm.config').text = "-Dsettings.security=${security.absolutePath}\n"

// the settings: the shared IT settings with a <proxies> section before </settings>. The decoy comes
// first, so a checker that ignored <active> would take it. nonProxyHosts sends 127.0.0.1 direct.
def shared = new File(projectBasedir, 'src/it/settings.xml').text
def proxies = """\
  <proxies>
    <proxy>
      <id>decoy</id>
      <active>false</active>
      <protocol>http</protocol>
      <host>127.0.0.1</host>
      <port>${decoy.address.port}</port>
    </proxy>
    <proxy>
      <id>corporate</id>
      <active>true</active>
      <protocol>http</protocol>
      <host>127.0.0.1</host>
      <port>${proxy.address.port}</port>
      <username>${user}</username>
      <password>${encryptedPassword}</password>
      <nonProxyHosts>127.0.0.1|localhost</nonProxyHosts>
    </proxy>
  </proxies>
"""
def end = shared.lastIndexOf('</settings>')
if (end < 0) {
    throw new IllegalStateException('src/it/settings.xml has no </settings>')
}
new File(basedir, 'settings-links-proxy.xml').text = shared.substring(0, end) + proxies + shared.substring(end)

// the page, now that the direct server's port is known
new File(basedir, 'source/index.rst').text = """\
Links
=====

The `mirror <http://docs.proxied.test/page>`_ is reached through the proxy.

The `local page <http://127.0.0.1:${direct.address.port}/direct>`_ is reached directly.
"""
return true
