// A :nosearch: after the title fails the build.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/restore.rst:4:1: error: Sphinx ignores \':nosearch:\' here and prints it as text: it only counts in the field list at the very top of the file, before the title and any other content [nosearch-misplaced]',
]
assert log.contains('[WARNING] docslint: 1 error, 0 warnings in 1 file (nosearch-misplaced: 1)')
assert log.contains('docslint: 1 error in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
