project = 'Acme Backup user guide'
