// Alt text that is the file name fails the build.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/index.rst:4:1: error: alt text \'restore wizard\' of figure \'img/restore_wizard.png\' is just the file name: say what the image shows [image-alt-filename]',
]
assert log.contains('[WARNING] docslint: 1 error, 0 warnings in 1 file (image-alt-filename: 1)')
assert log.contains('docslint: 1 error in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
