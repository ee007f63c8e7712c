// The fix adds :nosearch: to the two include-only pages and :start-after: to the include that would
// print it, keeping the BOM and CRLF line endings byte for byte; the second run changes nothing.
def log = new File(basedir, 'build.log').text
def bom = [0xEF, 0xBB, 0xBF] as byte[]
def expect = { String rel, String text ->
    def actual = new File(basedir, rel).bytes
    def out = new ByteArrayOutputStream()
    out.write(bom)
    out.write(text.getBytes('UTF-8'))
    def wanted = out.toByteArray()
    assert actual == wanted : rel + ' is\n' + new String(actual, 'UTF-8')
}
expect('source/index.rst', 'Guide\r\n=====\r\n\r\n.. include:: shared/ports.rst\r\n   :start-after: :nosearch:\r\n\r\n'
        + '.. include:: shared/legal.rst\r\n   :start-after: :orphan:\r\n')
expect('source/shared/ports.rst', ':nosearch:\r\n\r\nPorts: 8080 and 8443 (caf\u00e9).\r\n')
expect('source/shared/legal.rst', ':nosearch:\r\n:orphan:\r\n\r\nLegal text.\r\n')
def lines = log.readLines().findAll { it.contains('docslint: ') }
assert lines == [
    '[INFO] docslint: source/index.rst: added \':start-after: :nosearch:\' to the include on line 4',
    '[INFO] docslint: source/shared/legal.rst: added \':nosearch:\'',
    '[INFO] docslint: source/shared/ports.rst: added \':nosearch:\'',
    '[INFO] docslint: changed 3 files',
    '[INFO] docslint: nothing to fix in 3 files',
]
// no temporary file left behind
assert new File(basedir, 'source').listFiles().findAll { it.name.startsWith('.docslint-') }.isEmpty()
assert new File(basedir, 'source/shared').listFiles().findAll { it.name.startsWith('.docslint-') }.isEmpty()
