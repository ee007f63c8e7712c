// Under GitHub Actions each finding is also a workflow command, printed on standard output (not
// through Maven's log, whose "[ERROR] " prefix would hide it from the runner), escaped as the runner
// requires: '%' in the message as %25, ',' and ':' in a property as %2C and %3A.
def lines = new File(basedir, 'build.log').readLines()
def commands = lines.findAll { it.startsWith('::') }
assert commands == [
    '::warning file=source/index.rst,line=4,col=1,title=[image-alt-redundant]::alt text \'Image of 100%25, done: yes\' starts with \'image of\', which a screen reader already announces: describe the content directly',
    '::error file=source/notes%2C v2.rst,line=4,col=1,title=[image-alt-missing]::image \'img/settings.png\' has no alt text: add \':alt: ...\' saying what it shows',
]
// the console report is still there
assert lines.contains('[ERROR] source/notes, v2.rst:4:1: error: image \'img/settings.png\' has no alt text: add \':alt: ...\' saying what it shows [image-alt-missing]')
assert lines.any { it.contains('BUILD FAILURE') }

// -Ddocslint.formats=sarif: that file alone
def reports = new File(basedir, 'target/docslint')
assert new File(reports, 'docslint.sarif').exists()
['checkstyle-result.xml', 'TEST-docslint.xml', 'links.jsonl'].each { assert !new File(reports, it).exists() : it }
true
