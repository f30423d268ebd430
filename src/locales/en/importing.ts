// The en messages of the import view and the importer (loaded with the view; the worker loads all),
// and of the document reader that lives on the same view.
import importMessages from '@/locales/en/import.json'
import documentMessages from '@/locales/en/documents.json'

export default { import: importMessages, documents: documentMessages }
