// Writes the sources byte by byte: a UTF-8 BOM and CRLF line endings, which the fix must keep.
def bom = [0xEF, 0xBB, 0xBF] as byte[]
def write = { String rel, String text ->
    def f = new File(basedir, rel)
    f.parentFile.mkdirs()
    def out = new ByteArrayOutputStream()
    out.write(bom)
    out.write(text.getBytes('UTF-8'))
    f.bytes = out.toByteArray()
}
new File(basedir, 'source').mkdirs()
new File(basedir, 'source/conf.py').text = "project = 'Fix'\n"
write('source/index.rst', 'Guide\r\n=====\r\n\r\n.. include:: shared/ports.rst\r\n\r\n'
        + '.. include:: shared/legal.rst\r\n   :start-after: :orphan:\r\n')
write('source/shared/ports.rst', 'Ports: 8080 and 8443 (caf\u00e9).\r\n')
write('source/shared/legal.rst', ':orphan:\r\n\r\nLegal text.\r\n')
true
