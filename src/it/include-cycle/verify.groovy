// Two snippets that include each other fail the build, reported where the cycle closes.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/parts/retention.rst:3:1: error: include cycle: parts/schedule.rst -> parts/retention.rst -> parts/schedule.rst; docutils refuses the repeated include (circular inclusion) and the page misses that content: remove one of these includes [include-cycle]',
]
assert log.contains('[WARNING] docslint: 1 error, 0 warnings in 1 file (include-cycle: 1)')
assert log.contains('docslint: 1 error in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
