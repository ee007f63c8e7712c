// A placeholder alt text is a warning: the build passes.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[WARNING] source/index.rst:4:1: warning: alt text \'Screenshot\' of image \'img/settings.png\' is a placeholder: say what the image shows [image-alt-placeholder]',
]
assert log.contains('[WARNING] docslint: 0 errors, 1 warning in 1 file (image-alt-placeholder: 1)')
assert log.contains('BUILD SUCCESS')
