// <rules>: image-alt-missing off (its error is gone), image-alt-placeholder raised to error (it fails the build).
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/index.rst:6:1: error: alt text \'icon\' of image \'img/settings.png\' is a placeholder: say what the image shows [image-alt-placeholder]',
]
assert log.contains('[WARNING] docslint: 1 error, 0 warnings in 1 file (image-alt-placeholder: 1)')
assert log.contains('docslint: 1 error in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
