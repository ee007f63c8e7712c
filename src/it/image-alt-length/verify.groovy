// Alt text over 125 characters (two source lines joined) is a warning: the build passes.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[WARNING] source/index.rst:4:1: warning: alt text of image \'img/schedule.png\' is 154 characters long (limit 125): keep it short and move the details into the text or a caption [image-alt-length]',
]
assert log.contains('[WARNING] docslint: 0 errors, 1 warning in 1 file (image-alt-length: 1)')
assert log.contains('BUILD SUCCESS')
