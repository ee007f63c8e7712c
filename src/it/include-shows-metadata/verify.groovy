// An include that shows the included file's :nosearch: fails the build; the one with :start-after: passes.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/index.rst:4:1: error: includes shared/support.rst, whose top fields (:nosearch:) will be printed as text here: add \':start-after: :nosearch:\' to the include [include-shows-metadata]',
]
assert log.contains('[WARNING] docslint: 1 error, 0 warnings in 1 file (include-shows-metadata: 1)')
assert log.contains('docslint: 1 error in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
