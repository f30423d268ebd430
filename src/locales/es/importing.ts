// The es messages of the import view and the importer (loaded with the view; the worker loads all).
import importMessages from '@/locales/es/import.json'

export default { import: importMessages }
