// An image whose file does not exist fails the build.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/index.rst:4:1: error: image file \'img/architecture.png\' not found: it resolves to img/architecture.png; a relative path is relative to the page being built, \'/path\' to the source root [image-missing]',
]
assert log.contains('[WARNING] docslint: 1 error, 0 warnings in 1 file (image-missing: 1)')
assert log.contains('docslint: 1 error in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
