project = 'Acme Backup admin guide'
