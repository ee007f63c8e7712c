// Alt text starting with "image of" is a warning: the build passes.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[WARNING] source/index.rst:4:1: warning: alt text \'Image of the sign-in form with e-mail and password fields\' starts with \'image of\', which a screen reader already announces: describe the content directly [image-alt-redundant]',
]
assert log.contains('[WARNING] docslint: 0 errors, 1 warning in 1 file (image-alt-redundant: 1)')
assert log.contains('BUILD SUCCESS')
