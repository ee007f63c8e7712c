// An image directive and a raw HTML <img> without alt text fail the build.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/index.rst:4:1: error: image \'img/dashboard.png\' has no alt text: add \':alt: ...\' saying what it shows [image-alt-missing]',
    '[ERROR] source/index.rst:8:7: error: <img src="_static/badge.png"> has no alt text: add alt="..." saying what it shows (alt="" if it is only decoration) [image-alt-missing]',
]
assert log.contains('[WARNING] docslint: 2 errors, 0 warnings in 1 file (image-alt-missing: 2)')
assert log.contains('docslint: 2 errors in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
