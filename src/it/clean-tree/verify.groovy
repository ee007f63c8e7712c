// A tree that breaks no rule passes and says how many files it read.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
]
assert log.contains('[INFO] docslint: no findings in 2 files')
assert log.contains('BUILD SUCCESS')
