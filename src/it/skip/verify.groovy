// -Ddocslint.skip=true: nothing is checked (the tree has an error) and one INFO line says so.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
]
assert log.contains('BUILD SUCCESS')
assert log.readLines().findAll { it ==~ /\[\w+\] docslint: .*/ } == ['[INFO] docslint: skipped (docslint.skip=true)']
