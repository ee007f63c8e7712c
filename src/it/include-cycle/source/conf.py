project = 'Acme Backup'
author = 'Acme docs team'
exclude_patterns = ['parts']
