// A server on 127.0.0.1 that answers /good with 200 and everything else with 404, and the page that
// links to both (its port is known only now). verify.groovy stops the server.
import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpHandler
import com.sun.net.httpserver.HttpServer

def server = HttpServer.create(new InetSocketAddress('127.0.0.1', 0), 0)
def requests = Collections.synchronizedList([])
server.createContext('/', { HttpExchange ex ->
    requests << ex.requestMethod + ' ' + ex.requestURI.path
    ex.sendResponseHeaders(ex.requestURI.path == '/good' ? 200 : 404, -1)
    ex.close()
} as HttpHandler)
server.start()
System.properties.put('docslint.it.links.server', server)
System.properties.put('docslint.it.links.requests', requests)
def base = "http://127.0.0.1:${server.address.port}"
new File(basedir, 'source/index.rst').text = """\
Links
=====

The `install guide <${base}/good>`_ is current.

The `old FAQ <${base}/gone>`_ was removed.

``${base}/literal`` is code, not a link.
"""
return true
