// An include of a missing file fails the build.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/index.rst:4:1: error: included file \'shared/licence.rst\' not found: it resolves to shared/licence.rst; a relative path is relative to the page being built, \'/path\' to the source root [include-missing]',
]
assert log.contains('[WARNING] docslint: 1 error, 0 warnings in 1 file (include-missing: 1)')
assert log.contains('docslint: 1 error in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
