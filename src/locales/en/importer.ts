// The en messages of the importer at work (loaded when a file is chosen, the document reader
// reads, or imported figures are shown; the import worker loads all): a file's check and its
// report, the reader's review, the imported figures and publishing them.
import importMessages from '@/locales/en/import.json'
import documentMessages from '@/locales/en/documents.json'

export default { import: importMessages, documents: documentMessages }
