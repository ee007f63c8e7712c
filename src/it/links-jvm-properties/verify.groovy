// Both links work, and each for the reason the JVM properties give: the http link went through the
// proxy (its host resolves nowhere else) and the https server's certificate was trusted (only the
// trust store in .mvn/jvm.config holds it).
def https = System.properties.remove('docslint.it.jvmprops.https')
def httpsRequests = System.properties.remove('docslint.it.jvmprops.httpsRequests')
def proxy = System.properties.remove('docslint.it.jvmprops.proxy')
def proxyRequests = System.properties.remove('docslint.it.jvmprops.proxyRequests')
https?.stop(0)
proxy?.stop(0)

def log = new File(basedir, 'build.log').text
// on failure name the findings (a TLS or proxy problem shows up as link-broken), not the whole log
def findings = log.readLines().findAll { it.contains('[link-') }
assert findings.isEmpty() : "expected no link findings, got:\n${findings.join('\n')}"
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] docslint: 2 links to 2 URLs: 0 from the cache, 2 checked')

// the proxy saw the http link in absolute form, and nothing else; the https link went direct
assert !proxyRequests.isEmpty()
assert proxyRequests.collect { it.split(' ')[1] }.unique() == ['http://docs.proxied.test/page']
assert !httpsRequests.isEmpty()
assert httpsRequests.collect { it.split(' ')[1] }.unique() == ['/secure']

def jsonl = new File(basedir, 'target/docslint/links.jsonl').readLines()
assert jsonl.size() == 2
def secure = "https://127.0.0.1:${https.address.port}/secure"
assert jsonl.any { it.contains('"uri":"http://docs.proxied.test/page"') && it.contains('"status":"working"') }
assert jsonl.any { it.contains("\"uri\":\"${secure}\"") && it.contains('"status":"working"') }
