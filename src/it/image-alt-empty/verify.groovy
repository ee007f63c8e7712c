// An empty alt text fails the build; the same image with :class: decorative passes.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/index.rst:4:1: error: image \'img/divider.png\' has empty alt text: describe the image, or mark it decorative with \':class: decorative\' [image-alt-empty]',
]
assert log.contains('[WARNING] docslint: 1 error, 0 warnings in 1 file (image-alt-empty: 1)')
assert log.contains('docslint: 1 error in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
