// The baseline lists index.rst's two findings; the check then reports new.rst's finding only.
import groovy.json.JsonSlurper

def file = new File(basedir, 'docslint-baseline.json')
def baseline = new JsonSlurper().parse(file)
assert baseline.format == 'docslint-baseline'
assert baseline.findings.collect { "${it.file} ${it.rule} ${it.text}".toString() } == [
    'source/index.rst image-alt-missing .. image:: img/a.png',
    'source/index.rst image-alt-placeholder .. image:: img/a.png',
]
assert file.text.startsWith('{\n  "format": "docslint-baseline",\n  "version": 1,\n')

def log = new File(basedir, 'build.log').text
assert log.contains("[INFO] docslint: wrote 2 findings to ${file}: 1 error, 1 warning in 1 file")
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    "[ERROR] source/new.rst:4:1: error: image 'img/a.png' has no alt text: add ':alt: ...' saying what it shows [image-alt-missing]",
]
assert log.contains('[INFO] docslint: 2 findings listed in docslint-baseline.json not reported')
assert log.contains('[WARNING] docslint: 1 error, 0 warnings in 1 file (image-alt-missing: 1)')
true
