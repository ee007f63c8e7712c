// A ten-line pom of packaging pom beside source/conf.py is all a docs-only repository needs.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/install.rst:4:1: error: image \'img/installer.png\' has no alt text: add \':alt: ...\' saying what it shows [image-alt-missing]',
]
assert log.contains('[WARNING] docslint: 1 error, 0 warnings in 1 file (image-alt-missing: 1)')
assert log.contains('docslint: 1 error in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'pom.xml').readLines().size() <= 12
