project = 'Acme Backup'
author = 'Acme docs team'
