// The broken link fails the build, at its own line, and only it; offline, the same tree passes.
def server = System.properties.remove('docslint.it.links.server')
def requests = System.properties.remove('docslint.it.links.requests')
server?.stop(0)
def port = server.address.port
def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    "[ERROR] source/index.rst:6:5: error: http://127.0.0.1:${port}/gone answers HTTP 404 (Not Found): fix or remove the link; if the page works in a browser, accept the code for its host with docslint.links.accept or skip it with docslint.links.ignore [link-broken]".toString(),
]
assert log.contains('[INFO] docslint: 2 links to 2 URLs: 0 from the cache, 2 checked')
assert log.contains('[INFO] docslint: 2 links to 2 URLs not checked: offline')
assert log.contains('BUILD SUCCESS')
// each URL requested once (HEAD answered, no GET needed); nothing from the literal
assert requests.collect { it.split(' ')[1] }.sort() == ['/gone', '/good'] || requests.findAll { it.startsWith('HEAD') }.collect { it.split(' ')[1] }.sort() == ['/gone', '/good']
assert !requests.any { it.endsWith('/literal') }
// links.jsonl is rewritten by the offline run: every appearance, unchecked
def jsonl = new File(basedir, 'target/docslint/links.jsonl').readLines()
assert jsonl.size() == 2
assert jsonl.every { it.contains('"status":"unchecked"') && it.contains('"filename":"source/index.rst"') }
