// An included page built on its own without :nosearch: fails the build.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/shared/requirements.rst:1:1: error: include-only page (is included by index.rst) is also built on its own and indexed for search: add \':nosearch:\' as the first line of the file [nosearch-missing]',
]
assert log.contains('[WARNING] docslint: 1 error, 0 warnings in 1 file (nosearch-missing: 1)')
assert log.contains('docslint: 1 error in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
