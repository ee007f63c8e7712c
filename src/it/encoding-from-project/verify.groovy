// A Latin-1 page passes when project.build.sourceEncoding says ISO-8859-1 (as UTF-8 it would be file-unreadable).
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
]
assert log.contains('[INFO] docslint: no findings in 1 file')
assert log.contains('BUILD SUCCESS')
