// The en messages of the import view and the importer (loaded with the view; the worker loads all).
import importMessages from '@/locales/en/import.json'

export default { import: importMessages }
