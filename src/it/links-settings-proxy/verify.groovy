// Both links work, each for the reason settings.xml gives: the proxied link went through the active
// proxy, logged in with the password Maven decrypted (its host resolves nowhere else, and the proxy
// accepts nothing but those credentials); the 127.0.0.1 link went direct (nonProxyHosts); the
// inactive decoy proxy was never asked. No form of the password reaches the log.
def proxy = System.properties.remove('docslint.it.settingsproxy.proxy')
def proxyRequests = System.properties.remove('docslint.it.settingsproxy.proxyRequests')
def decoy = System.properties.remove('docslint.it.settingsproxy.decoy')
def decoyRequests = System.properties.remove('docslint.it.settingsproxy.decoyRequests')
def direct = System.properties.remove('docslint.it.settingsproxy.direct')
def directRequests = System.properties.remove('docslint.it.settingsproxy.directRequests')
def password = System.properties.remove('docslint.it.settingsproxy.password')
def encryptedPassword = System.properties.remove('docslint.it.settingsproxy.encryptedPassword')
proxy?.stop(0)
decoy?.stop(0)
direct?.stop(0)

def log = new File(basedir, 'build.log').text
// on failure name the findings (a proxy or decryption problem shows up as link-broken), not the whole log
def findings = log.readLines().findAll { it.contains('[link-') }
assert findings.isEmpty() : "expected no link findings, got:\n${findings.join('\n')}"
assert log.contains('BUILD SUCCESS') : "build failed:\n${log.readLines().findAll { it.startsWith('[ERROR]') }.take(5).join('\n')}"
assert log.contains('[INFO] docslint: 2 links to 2 URLs: 0 from the cache, 2 checked')

// for whoever reads build.log (and the assertion messages): the proxy's view, without the
// credentials themselves
def proxyView = proxyRequests.collect { "${it.method} ${it.uri} ${it.auth ? 'with' : 'without'} Proxy-Authorization" }
println "proxy requests: ${proxyView}"

// the proxy saw only the proxied link, in absolute form; whether the client tried without
// credentials first (and got 407) or sent them preemptively, the last request carried exactly the
// decrypted password, and every request with credentials had the right ones
def expectedAuth = 'Basic ' + "docs-bot:${password}".bytes.encodeBase64().toString()
assert !proxyRequests.isEmpty()
assert proxyRequests.collect { it.uri }.unique() == ['http://docs.proxied.test/page']
assert proxyRequests.last().auth == expectedAuth : "proxy requests: ${proxyView}"
assert proxyRequests.every { it.auth == null || it.auth == expectedAuth } : "proxy requests: ${proxyView}"

// the nonProxyHosts link went straight to its server, never through either proxy
assert !directRequests.isEmpty()
assert directRequests.collect { it.split(' ')[1] }.unique() == ['/direct']
assert !proxyRequests.any { it.uri.contains('/direct') }
assert decoyRequests.isEmpty() : "the inactive proxy was used: ${decoyRequests}"

// the secret stays out of the log, in clear and encrypted
assert password && !log.contains(password)
assert encryptedPassword && !log.contains(encryptedPassword)
assert !log.contains(encryptedPassword.substring(1, encryptedPassword.length() - 1))

def jsonl = new File(basedir, 'target/docslint/links.jsonl').readLines()
assert jsonl.size() == 2
def local = "http://127.0.0.1:${direct.address.port}/direct"
assert jsonl.any { it.contains('"uri":"http://docs.proxied.test/page"') && it.contains('"status":"working"') }
assert jsonl.any { it.contains("\"uri\":\"${local}\"") && it.contains('"status":"working"') }
