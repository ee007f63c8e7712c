// failOnViolation false: the error is reported and the build passes.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/index.rst:4:1: error: image \'img/dashboard.png\' has no alt text: add \':alt: ...\' saying what it shows [image-alt-missing]',
    '[WARNING] source/index.rst:6:1: warning: alt text \'icon\' of image \'img/settings.png\' is a placeholder: say what the image shows [image-alt-placeholder]',
]
assert log.contains('[WARNING] docslint: 1 error, 1 warning in 1 file (image-alt-missing: 1, image-alt-placeholder: 1)')
assert log.contains('BUILD SUCCESS')
assert !log.contains('in the documentation (see above)')
