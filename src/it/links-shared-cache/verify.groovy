// Every URL of every module is in the one shared cache: no save of one module lost another's entries.
import groovy.json.JsonSlurper

def server = System.properties.remove('docslint.it.sharedcache.server')
server?.stop(0)
server?.executor?.shutdownNow()
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// the modules really ran two at a time
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert log.count('docslint: 30 links to 30 URLs: 0 from the cache, 30 checked') == 4
def cache = new JsonSlurper().parse(new File(basedir, 'shared/link-cache.json'))
def urls = new File(basedir, 'urls.txt').readLines().findAll { it }
assert urls.size() == 120
def missing = urls.findAll { !cache.entries.containsKey(it) }
assert missing == []
assert cache.entries.size() == 120
assert cache.entries.values().every { it.status == 'working' }
// no module wrote its own cache
assert !new File(basedir, 'm1/target/docslint/link-cache.json').exists()
return true
