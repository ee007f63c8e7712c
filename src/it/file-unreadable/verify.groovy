// A page that is not valid UTF-8 fails the build, at the line and column of the bad byte.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/changelog.rst:4:34: error: byte 0xE9 at offset 54 is not valid UTF-8: fix the file or set the encoding (docslint.encoding) [file-unreadable]',
]
assert log.contains('[WARNING] docslint: 1 error, 0 warnings in 1 file (file-unreadable: 1)')
assert log.contains('docslint: 1 error in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
