// Both Sphinx roots are checked; README.rst (outside every root), _build, node_modules, target and hidden folders are not.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[WARNING] docs/admin/index.rst:4:1: warning: alt text \'picture\' of image \'img/server.png\' is a placeholder: say what the image shows [image-alt-placeholder]',
    '[ERROR] docs/user/index.rst:4:1: error: image \'img/tray-icon.png\' has no alt text: add \':alt: ...\' saying what it shows [image-alt-missing]',
]
assert log.contains('[WARNING] docslint: 1 error, 1 warning in 2 files (image-alt-missing: 1, image-alt-placeholder: 1)')
assert log.contains('docslint: 1 error in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
