// The es messages of the import view's first view: the page, the file chooser, the list of
// imported files and the document reader's form (loaded with the view; the column headers of
// the format help with them, as the 'columns' group). What the check, its report, the reader's
// review and the imported figures say is in importer.ts.
import importView from '@/locales/es/import-view.json'

export default { importView }
