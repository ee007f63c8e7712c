def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] docslint: no findings in 2 files')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] .*:\d+:\d+: /)
assert log.contains('BUILD SUCCESS')
