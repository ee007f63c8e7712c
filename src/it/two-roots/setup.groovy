// build output and hidden folders that a zero-configuration run must never enter; made here because
// target/ is not committed
['target/docs-copy', '.cache/docs'].each { dir ->
    def d = new File(basedir, dir)
    d.mkdirs()
    new File(d, 'conf.py').text = ''
    new File(d, 'bad.rst').text = '.. image:: x.png\n'
}
true
