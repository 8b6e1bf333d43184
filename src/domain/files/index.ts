// Entry point of the file format: export envelope, import pipeline with preview, migrations of
// older files, passphrase encryption and CSV of answers.
export * from './envelope'
export * from './import'
export * from './migrations'
export * from './crypto'
export * from './csv'
