// A server on 127.0.0.1 answering 200 after a short pause (so the modules' checks overlap), each
// module's page linking to 30 URLs of its own, and the one cache file every module writes (its
// absolute path, and the port, are known only now). verify.groovy stops the server.
import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpHandler
import com.sun.net.httpserver.HttpServer
import java.util.concurrent.Executors

def server = HttpServer.create(new InetSocketAddress('127.0.0.1', 0), 0)
server.executor = Executors.newFixedThreadPool(8)
server.createContext('/', { HttpExchange ex ->
    Thread.sleep(20)
    ex.sendResponseHeaders(200, -1)
    ex.close()
} as HttpHandler)
server.start()
System.properties.put('docslint.it.sharedcache.server', server)
def base = "http://127.0.0.1:${server.address.port}"
def urls = [:]
['m1', 'm2', 'm3', 'm4'].each { m ->
    urls[m] = (0..<30).collect { "${base}/${m}/page-${it}".toString() }
    new File(basedir, "${m}/source/index.rst").text = "Links of ${m}\n=============\n\n" + urls[m].collect { "* ${it}\n" }.join('')
}
new File(basedir, 'urls.txt').text = urls.values().flatten().join('\n') + '\n'
def cache = new File(basedir, 'shared/link-cache.json').absolutePath.replace('\\', '/')
new File(basedir, 'links.properties').text = "docslint.links.allowPrivate=true\ndocslint.links.cacheFile=${cache}\n"
return true
