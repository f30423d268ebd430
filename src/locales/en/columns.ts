// The en headers of the file format's columns: the import view's format help and every export
// read them (loaded with the 'import' and 'export' groups, lib/i18n.ts).
import columns from '@/locales/en/columns.json'

export default { columns }
