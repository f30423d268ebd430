// The es messages of the import view and the importer (loaded with the view; the worker loads all),
// and of the document reader that lives on the same view.
import importMessages from '@/locales/es/import.json'
import documentMessages from '@/locales/es/documents.json'

export default { import: importMessages, documents: documentMessages }
